package dev.backoffice.jpa.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.StockValuationPortsContract;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;

/** The StockValuationPorts contract on the JPA adapter over H2. */
class H2StockValuationPortsTest extends StockValuationPortsContract {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.H2, "StockValuationPorts");

    @Override
    protected BackOfficeAdapters adapters() {
        return ADAPTERS.get();
    }

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }
}
