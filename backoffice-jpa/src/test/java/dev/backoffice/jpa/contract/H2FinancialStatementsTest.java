package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.FinancialStatementsContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The FinancialStatements contract (statements and year-end close) on the JPA adapter over H2. */
class H2FinancialStatementsTest extends FinancialStatementsContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.H2, "FinancialStatements");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
