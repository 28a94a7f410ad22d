package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.FiscalYearsContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The FiscalYears contract on the JPA adapter over H2. */
class H2FiscalYearsTest extends FiscalYearsContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.H2, "FiscalYears");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
