package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.ReceivablesConcurrencyContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The ReceivablesConcurrency contract on the JPA adapter over Postgres. */
class PostgresReceivablesConcurrencyTest extends ReceivablesConcurrencyContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "ReceivablesConcurrency");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
