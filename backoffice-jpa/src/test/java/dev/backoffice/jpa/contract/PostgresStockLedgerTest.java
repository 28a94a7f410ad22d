package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.StockLedgerContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The StockLedger contract on the JPA adapter over Postgres. */
class PostgresStockLedgerTest extends StockLedgerContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "StockLedger");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
