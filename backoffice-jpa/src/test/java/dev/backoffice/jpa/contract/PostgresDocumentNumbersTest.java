package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.DocumentNumbersContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The DocumentNumbers contract on the JPA adapter over Postgres. */
class PostgresDocumentNumbersTest extends DocumentNumbersContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "DocumentNumbers");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
