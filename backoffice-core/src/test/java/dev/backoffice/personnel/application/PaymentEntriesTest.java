package dev.backoffice.personnel.application;

import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.PayComponent;
import dev.backoffice.personnel.domain.PayrollRun;
import dev.backoffice.personnel.domain.PayrollRunId;
import dev.backoffice.personnel.domain.Payslip;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The payment entries of a run: per employee, balanced, within the ledger's 1,000 lines an entry. */
class PaymentEntriesTest {

    private static final UUID NET_PAY = UUID.randomUUID();
    private static final UUID BANK = UUID.randomUUID();

    private static PayrollRun run(int employees) {
        List<Payslip> payslips = new ArrayList<>();
        for (int i = 1; i <= employees; i++) {
            Money base = Money.of(new BigDecimal("1000.00").add(BigDecimal.valueOf(i)), "EUR");
            // every hundredth employee has everything withheld: no net pay, no payment line
            Money withheld = i % 100 == 0 ? base : Money.of("100.00", "EUR");
            payslips.add(Payslip.of(EmployeeId.of(UUID.randomUUID()), "E-" + i, "CC", base, Money.zero(base.currency()),
                    BigDecimal.ZERO, List.of(new PayComponent("income_tax", withheld)), List.of()));
        }
        return PayrollRun.prepare(PayrollRunId.of(UUID.randomUUID()), TenantId.of("acme"), YearMonth.of(2026, 6),
                payslips, "clerk", Instant.parse("2026-06-30T12:00:00Z"));
    }

    @Test
    void aLargeRunIsPaidInBalancedEntriesOfAtMost998LinesWithTwoLinesPerEmployeePaid() {
        PayrollRun run = run(1_200); // 12 without net pay: 1,188 paid, so 499 + 499 + 190
        List<NewJournalEntry> entries = PayrollService.paymentEntries(run, NET_PAY, BANK, LocalDate.of(2026, 6, 30));

        assertThat(entries).extracting(e -> e.lines().size()).containsExactly(998, 998, 380);
        assertThat(entries).extracting(NewJournalEntry::idempotencyKey).doesNotHaveDuplicates();
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.accountingDate()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(total(e, Side.DEBIT)).isEqualTo(total(e, Side.CREDIT));
        });
        Money paid = entries.stream().map(e -> total(e, Side.DEBIT)).reduce(Money.zero(run.currency()), Money::plus);
        assertThat(paid).isEqualTo(run.totalNet());
        List<String> employeesPaid = entries.stream().flatMap(e -> e.lines().stream())
                .filter(l -> l.side() == Side.CREDIT).map(l -> l.dimensions().get("employee")).toList();
        assertThat(employeesPaid).hasSize(1_188).doesNotHaveDuplicates().doesNotContain("E-100", "E-1200");
    }

    @Test
    void aRunWithoutNetPayHasNoPaymentEntry() {
        PayrollRun run = PayrollRun.prepare(PayrollRunId.of(UUID.randomUUID()), TenantId.of("acme"),
                YearMonth.of(2026, 6), List.of(Payslip.of(EmployeeId.of(UUID.randomUUID()), "E-1", "CC",
                        Money.of("100.00", "EUR"), Money.of("0.00", "EUR"), BigDecimal.ZERO,
                        List.of(new PayComponent("income_tax", Money.of("100.00", "EUR"))), List.of())),
                "clerk", Instant.parse("2026-06-30T12:00:00Z"));
        assertThat(PayrollService.paymentEntries(run, NET_PAY, BANK, LocalDate.of(2026, 6, 30))).isEmpty();
    }

    private static Money total(NewJournalEntry entry, Side side) {
        return entry.lines().stream().filter(l -> l.side() == side).map(JournalLineInput::amount)
                .reduce(Money.zero(entry.lines().get(0).amount().currency()), Money::plus);
    }
}
