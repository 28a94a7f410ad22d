package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.LeaveRequestsContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The LeaveRequests contract on the JPA adapter over Postgres. */
class PostgresLeaveRequestsTest extends LeaveRequestsContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "LeaveRequests");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
