package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.StockHistoryContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The StockHistory contract on the JPA adapter over Postgres. */
class PostgresStockHistoryTest extends StockHistoryContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "StockHistory");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
