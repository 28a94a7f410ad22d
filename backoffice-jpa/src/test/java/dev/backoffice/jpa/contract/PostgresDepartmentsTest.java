package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.DepartmentsContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The Departments contract on the JPA adapter over Postgres. */
class PostgresDepartmentsTest extends DepartmentsContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "Departments");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
