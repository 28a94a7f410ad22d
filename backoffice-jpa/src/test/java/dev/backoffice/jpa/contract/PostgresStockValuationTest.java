package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.StockValuationContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The StockValuation contract on the JPA adapter over Postgres. */
class PostgresStockValuationTest extends StockValuationContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "StockValuation");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
