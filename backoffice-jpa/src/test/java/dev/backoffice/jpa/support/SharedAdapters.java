package dev.backoffice.jpa.support;

import dev.backoffice.jpa.JpaAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;

/**
 * Adapters on a fresh migrated database, made on first use and shared by the tests of one class
 * (the contracts work in tenants of their own per test). Close it after all tests of the class.
 */
public final class SharedAdapters implements AutoCloseable {

    private final Kind kind;
    private final String name;
    private JpaAdapters adapters;

    public SharedAdapters(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public synchronized JpaAdapters get() {
        if (adapters == null) {
            adapters = TestDatabases.newAdapters(kind, name);
        }
        return adapters;
    }

    @Override
    public synchronized void close() {
        if (adapters != null) {
            adapters.close();
            adapters = null;
        }
    }
}
