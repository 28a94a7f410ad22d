package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.StockReorderRulesContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The StockReorderRules contract on the JPA adapter over H2. */
class H2StockReorderRulesTest extends StockReorderRulesContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.H2, "StockReorderRules");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
