package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.PayrollContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The Payroll contract on the JPA adapter over Postgres. */
class PostgresPayrollTest extends PayrollContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "Payroll");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
