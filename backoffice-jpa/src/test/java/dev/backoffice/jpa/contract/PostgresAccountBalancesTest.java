package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.AccountBalancesContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The AccountBalances contract on the JPA adapter over Postgres. */
class PostgresAccountBalancesTest extends AccountBalancesContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "AccountBalances");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
