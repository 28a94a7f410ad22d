package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.OrganisationContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The Organisation contract on the JPA adapter over Postgres. */
class PostgresOrganisationTest extends OrganisationContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "Organisation");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
