package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.PendingEntriesContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The PendingEntries contract on the JPA adapter over H2. */
class H2PendingEntriesTest extends PendingEntriesContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.H2, "PendingEntries");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
