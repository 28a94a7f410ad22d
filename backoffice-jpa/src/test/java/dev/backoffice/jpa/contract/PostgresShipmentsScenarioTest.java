package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.ShipmentsScenarioContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The shipments scenario (purchase to delivery and return, stock and ledger agreeing) on the JPA adapter over Postgres. */
class PostgresShipmentsScenarioTest extends ShipmentsScenarioContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "ShipmentsScenario");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
