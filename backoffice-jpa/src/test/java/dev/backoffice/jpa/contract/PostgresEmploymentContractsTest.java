package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.EmploymentContractsContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The EmploymentContracts contract on the JPA adapter over Postgres. */
class PostgresEmploymentContractsTest extends EmploymentContractsContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "EmploymentContracts");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
