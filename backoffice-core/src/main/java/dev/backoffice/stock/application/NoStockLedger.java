package dev.backoffice.stock.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.stock.domain.StockAccountSet;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockValueEntry;
import dev.backoffice.stock.spi.StockLedger;

import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/** A stock context without a ledger: stock is valued, but posting cannot be turned on. */
final class NoStockLedger implements StockLedger {

    static final NoStockLedger INSTANCE = new NoStockLedger();

    private NoStockLedger() {
    }

    @Override
    public Optional<Currency> functionalCurrency(Actor actor) {
        return Optional.empty();
    }

    @Override
    public void checkAccounts(Actor actor, StockAccountSet accounts, Currency currency) {
        throw unavailable();
    }

    @Override
    public void checkAccount(Actor actor, UUID account, Currency currency) {
        throw unavailable();
    }

    @Override
    public Optional<UUID> post(Actor actor, StockAccountSet accounts, StockValueEntry entry, String description) {
        throw unavailable();
    }

    private static RuleViolationException unavailable() {
        return new RuleViolationException(StockError.VALUATION_POSTING_UNAVAILABLE,
                "This stock context has no ledger to post stock value to.");
    }
}
