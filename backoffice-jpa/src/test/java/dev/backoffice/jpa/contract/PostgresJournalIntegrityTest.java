package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.JournalIntegrityContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The JournalIntegrity contract on the JPA adapter over Postgres. */
class PostgresJournalIntegrityTest extends JournalIntegrityContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "JournalIntegrity");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
