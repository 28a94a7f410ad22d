package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.PartiesUseCasesContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The PartiesUseCases contract on the JPA adapter over Postgres. */
class PostgresPartiesUseCasesTest extends PartiesUseCasesContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "PartiesUseCases");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
