package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.PaymentsUseCasesContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The PaymentsUseCases contract on the JPA adapter over Postgres. */
class PostgresPaymentsUseCasesTest extends PaymentsUseCasesContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "PaymentsUseCases");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
