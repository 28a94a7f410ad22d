package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.TimesheetRecordsContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The TimesheetRecords contract on the JPA adapter over Postgres. */
class PostgresTimesheetRecordsTest extends TimesheetRecordsContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.POSTGRES, "TimesheetRecords");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
