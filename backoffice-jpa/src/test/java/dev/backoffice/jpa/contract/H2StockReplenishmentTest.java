package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.StockReplenishmentContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The StockReplenishment contract on the JPA adapter over H2. */
class H2StockReplenishmentTest extends StockReplenishmentContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.H2, "StockReplenishment");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
