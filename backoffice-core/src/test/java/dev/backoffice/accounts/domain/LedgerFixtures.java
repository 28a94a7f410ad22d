package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Small builders shared by the ledger domain tests. */
final class LedgerFixtures {

    static final TenantId ACME = TenantId.of("acme");
    static final TenantId GLOBEX = TenantId.of("globex");
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");

    private LedgerFixtures() {
    }

    static Money eur(String amount) {
        return Money.of(amount, EUR);
    }

    static Money usd(String amount) {
        return Money.of(amount, USD);
    }

    static AccountId newAccountId() {
        return AccountId.of(UUID.randomUUID());
    }

    static JournalEntryId newEntryId() {
        return JournalEntryId.of(UUID.randomUUID());
    }

    /** Event ids that are all distinct. */
    static Supplier<UUID> eventIds() {
        return UUID::randomUUID;
    }

    static JournalLine debit(int lineNo, AccountId account, Money amount) {
        return new JournalLine(lineNo, account, Side.DEBIT, amount, null, Map.of());
    }

    static JournalLine credit(int lineNo, AccountId account, Money amount) {
        return new JournalLine(lineNo, account, Side.CREDIT, amount, null, Map.of());
    }

    static Account account(String code, AccountType type, Currency currency) {
        return Account.open(newAccountId(), ACME, code, "Account " + code, type, currency, null, NOW);
    }
}
