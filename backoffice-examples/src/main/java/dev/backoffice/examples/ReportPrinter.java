package dev.backoffice.examples;

import dev.backoffice.accounts.api.AccountStatement;
import dev.backoffice.accounts.api.AgingReport;
import dev.backoffice.accounts.api.BalanceSheet;
import dev.backoffice.accounts.api.IncomeStatement;
import dev.backoffice.accounts.api.StatementRow;
import dev.backoffice.accounts.api.StatementSection;
import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.common.Money;
import dev.backoffice.personnel.api.PayrollRunSnapshot;
import dev.backoffice.personnel.domain.PayComponent;
import dev.backoffice.personnel.domain.Payslip;
import dev.backoffice.stock.api.ItemValuationSnapshot;
import dev.backoffice.stock.api.ValuationReport;
import dev.backoffice.stock.domain.CostLayer;
import dev.backoffice.stock.domain.ValuationMethod;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** Prints what the back office answers as plain-text reports, the way a host would show them. */
final class ReportPrinter {

    private final PrintStream out;

    ReportPrinter(PrintStream out) {
        this.out = out;
    }

    /** A heading for the next step of the story. */
    void step(String text) {
        out.println();
        out.println("== " + text);
    }

    /** A line of the story, indented under its step. */
    void say(String text) {
        out.println("  " + text);
    }

    void trialBalance(TrialBalance trialBalance) {
        step("Trial balance" + (trialBalance.asOf() == null ? "" : " as of " + trialBalance.asOf()));
        out.printf("  %-8s %-30s %12s %12s%n", "Code", "Account", "Debit", "Credit");
        for (TrialBalance.Row row : trialBalance.rows()) {
            out.printf("  %-8s %-30s %12s %12s%n", row.code(), row.name(), blankIfZero(row.debit()), blankIfZero(row.credit()));
        }
        for (TrialBalance.Total total : trialBalance.totals()) {
            out.printf("  %-8s %-30s %12s %12s%n", "", "Total " + total.currency(), amount(total.debit()), amount(total.credit()));
        }
        out.println("  Balanced: " + trialBalance.isBalanced());
    }

    void statement(AccountStatement statement) {
        step("Statement of " + statement.code() + " " + statement.name() + ", " + statement.from() + " to " + statement.to());
        out.printf("  %-10s %-34s %10s %10s %12s%n", "Date", "Description", "Debit", "Credit", "Balance");
        out.printf("  %-10s %-34s %10s %10s %12s%n", "", "Opening balance", "", "", amount(statement.openingBalance()));
        for (AccountStatement.Line line : statement.lines()) {
            out.printf("  %-10s %-34s %10s %10s %12s%n", line.date(), line.description(), blankIfZero(line.debit()),
                    blankIfZero(line.credit()), amount(line.balance()));
        }
        out.printf("  %-10s %-34s %10s %10s %12s%n", "", "Closing balance", "", "", amount(statement.closingBalance()));
    }

    void balanceSheet(BalanceSheet sheet) {
        for (BalanceSheet.InCurrency in : sheet.currencies()) {
            step("Balance sheet at " + sheet.asOf() + " (" + in.currency() + "), beside " + sheet.comparedTo());
            section("Assets", in.assets());
            section("Liabilities", in.liabilities());
            section("Equity", in.equity());
            out.printf("  %-44s %12s %12s%n", "Total liabilities and equity", amount(in.liabilitiesAndEquity()),
                    amount(in.comparisonLiabilitiesAndEquity()));
            out.println("  Balanced: " + in.isBalanced());
        }
    }

    void incomeStatement(IncomeStatement statement) {
        for (IncomeStatement.InCurrency in : statement.currencies()) {
            step("Income statement " + statement.from() + " to " + statement.to() + " (" + in.currency() + "), beside "
                    + statement.previousFrom() + " to " + statement.previousTo());
            section("Revenue", in.revenue());
            section("Expenses", in.expenses());
            out.printf("  %-44s %12s %12s%n", "Net income", amount(in.netIncome()), amount(in.comparisonNetIncome()));
        }
    }

    private void section(String title, StatementSection section) {
        out.println("  " + title);
        for (StatementRow row : section.rows()) {
            String label = "  ".repeat(row.level() + 1) + (row.code() == null ? "" : row.code() + " ") + row.name();
            out.printf("  %-44s %12s %12s%n", label, amount(row.amount()), amount(row.comparison()));
        }
        out.printf("  %-44s %12s %12s%n", "Total " + title.toLowerCase(java.util.Locale.ROOT), amount(section.total()),
                amount(section.comparisonTotal()));
    }

    void aging(AgingReport aging) {
        step((aging.role() == dev.backoffice.accounts.domain.PartyRole.CUSTOMER ? "Receivables" : "Payables")
                + " aging as of " + aging.asOf());
        out.printf("  %-22s %10s %10s %10s %10s %10s %10s %11s%n", "Party", "Current", "1-30", "31-60", "61-90", "Over 90",
                "Total", "Unallocated");
        for (AgingReport.Row row : aging.rows()) {
            agingRow(row.name(), row);
        }
        agingRow("Total", aging.total());
    }

    private void agingRow(String name, AgingReport.Row row) {
        out.printf("  %-22s %10s %10s %10s %10s %10s %10s %11s%n", name, amount(row.current()), amount(row.days1To30()),
                amount(row.days31To60()), amount(row.days61To90()), amount(row.over90()), amount(row.total()),
                amount(row.unallocated()));
    }

    /** Each payslip of a run, with the employee's name from {@code names} (by employee number). */
    void payslips(PayrollRunSnapshot run, Map<String, String> names) {
        step("Payslips " + run.period() + " (run " + run.status() + ", prepared by " + run.preparedBy() + ", approved by "
                + run.approvedBy() + ")");
        for (Payslip slip : run.payslips()) {
            out.println("  " + slip.employeeNumber() + " " + names.getOrDefault(slip.employeeNumber(), "") + ", cost centre "
                    + slip.costCentre());
            payslipLine("Base pay", slip.basePay());
            if (!slip.unpaidLeave().isZero()) {
                payslipLine("Unpaid leave", slip.unpaidLeave().negate());
            }
            payslipLine("Gross pay", slip.gross());
            for (PayComponent deduction : slip.deductions()) {
                payslipLine("  less " + deduction.code(), deduction.amount().negate());
            }
            payslipLine("Net pay", slip.net());
            for (PayComponent contribution : slip.employerContributions()) {
                payslipLine("  employer's " + contribution.code(), contribution.amount());
            }
        }
        out.printf("  %-12s gross %s, deductions %s, employer contributions %s, net %s%n", "Run total", amount(run.totalGross()),
                amount(run.totalDeductions()), amount(run.totalEmployerContributions()), amount(run.totalNet()));
    }

    private void payslipLine(String label, Money money) {
        out.printf("      %-42s %12s%n", label, amount(money));
    }

    void valuation(ValuationReport report) {
        step("Stock valuation (" + report.items().size() + " items)");
        out.printf("  %-8s %-16s %10s %12s %12s%n", "Item", "Method", "Quantity", "Unit cost", "Value");
        for (ItemValuationSnapshot item : report.items()) {
            out.printf("  %-8s %-16s %10s %12s %12s%n", item.sku(), item.method(), item.quantity().value().toPlainString(),
                    item.unitCost() == null ? "" : cost(item.unitCost()), amount(item.value()));
            if (item.method() == ValuationMethod.FIFO) {
                for (CostLayer layer : item.layers()) {
                    out.printf("  %-36s %12s %12s%n", "  layer " + LocalDate.ofInstant(layer.receivedAt(), ZoneOffset.UTC)
                            + ": " + plain(layer.remaining()) + " of " + plain(layer.received()) + " left", "",
                            amount(layer.value()));
                }
            }
        }
        out.printf("  %-8s %-16s %10s %12s %12s%n", "Total", "", "", "", amount(report.total()));
    }

    /** A unit cost with at least the cents and no trailing zeros beyond them. */
    private static String cost(BigDecimal unitCost) {
        BigDecimal stripped = unitCost.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    static String amount(Money money) {
        return money.amount().toPlainString();
    }

    static String blankIfZero(Money money) {
        return money.isZero() ? "" : amount(money);
    }
}
