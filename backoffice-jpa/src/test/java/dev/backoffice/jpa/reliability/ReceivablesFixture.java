package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.ConfigureReceivables;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.TaxRounding;
import dev.backoffice.accounts.spi.TaxPolicy;
import dev.backoffice.common.Actor;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/** The set-up the receivables reliability tests share: a 20 % tax, the 2026 fiscal year and a configuration in EUR. */
final class ReceivablesFixture {

    static final Currency EUR = Currency.getInstance("EUR");

    /** A 20 % standard rate ("STD") on net prices, rounded per line. */
    static final TaxPolicy TAX = TaxPolicy.percentages(Map.of("STD", new BigDecimal("20")), false, TaxRounding.PER_LINE);

    private ReceivablesFixture() {
    }

    /** Opens the 2026 fiscal year and the accounts of the tenant, and configures receivables in EUR without approvals. */
    static void configure(BackOffice backOffice, Actor actor) {
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        backOffice.receivablesSettings().configure(actor, new ConfigureReceivables(EUR,
                open(backOffice, actor, "1200", AccountType.ASSET), open(backOffice, actor, "2210", AccountType.LIABILITY),
                open(backOffice, actor, "4000", AccountType.REVENUE), open(backOffice, actor, "2300", AccountType.LIABILITY),
                open(backOffice, actor, "2000", AccountType.LIABILITY), open(backOffice, actor, "1400", AccountType.ASSET),
                open(backOffice, actor, "6000", AccountType.EXPENSE), open(backOffice, actor, "1450", AccountType.ASSET),
                open(backOffice, actor, "1010", AccountType.ASSET), null, null));
    }

    private static AccountId open(BackOffice backOffice, Actor actor, String code, AccountType type) {
        return backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of(code, code, type, EUR)).id();
    }
}
