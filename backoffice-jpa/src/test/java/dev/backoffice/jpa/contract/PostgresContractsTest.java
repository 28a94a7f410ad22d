package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.ContractsContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The Contracts contract on the JPA adapter over Postgres. */
class PostgresContractsTest extends ContractsContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "Contracts");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
