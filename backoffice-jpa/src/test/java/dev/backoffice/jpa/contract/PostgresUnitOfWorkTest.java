package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.UnitOfWorkContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The UnitOfWork contract on the JPA adapter over Postgres. */
class PostgresUnitOfWorkTest extends UnitOfWorkContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "UnitOfWork");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
