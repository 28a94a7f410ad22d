package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.ReceivablesScenarioContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The ReceivablesScenario contract on the JPA adapter over Postgres. */
class PostgresReceivablesScenarioTest extends ReceivablesScenarioContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "ReceivablesScenario");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
