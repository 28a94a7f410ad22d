package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.jpa.JpaAdapters;
import dev.backoffice.jpa.support.TestDatabases;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What the R5 model property tests share: the PostgreSQL back office of one test class, built on
 * first use and kept for all its tries, and the figures of its summary line
 * ({@code RELIABILITY R5 <name> threads=1 operations=<steps> chains=<n> anomalies=<n>}), printed when
 * the class is done.
 */
final class ModelRun {

    /** Steps applied to both sides, over all chains. */
    final AtomicInteger steps = new AtomicInteger();
    /** Chains started. */
    final AtomicInteger chains = new AtomicInteger();
    /** Chains in which the two sides disagreed or an invariant broke. */
    final AtomicInteger anomalies = new AtomicInteger();

    private final String name;
    private final String database;
    private final Function<BackOfficeAdapters, BackOffice> build;
    private JpaAdapters adapters;
    private BackOffice postgres;

    /**
     * @param name     the name in the summary line ({@code ledger-model}, ...)
     * @param database the name of the PostgreSQL database the test class gets
     * @param build    builds the back office over adapters, the same way for both sides
     */
    ModelRun(String name, String database, Function<BackOfficeAdapters, BackOffice> build) {
        this.name = name;
        this.database = database;
        this.build = build;
    }

    /** {@return a back office built as the PostgreSQL one is, over the given adapters} */
    BackOffice backOffice(BackOfficeAdapters over) {
        return build.apply(over);
    }

    /** {@return the PostgreSQL side, started on first use} */
    synchronized BackOffice postgres() {
        if (postgres == null) {
            adapters = TestDatabases.newAdapters(TestDatabases.Kind.POSTGRES, database);
            postgres = build.apply(adapters);
        }
        return postgres;
    }

    /** Prints the summary line and stops the database, if the class used it; for its {@code @AfterContainer}. */
    synchronized void finish() {
        if (adapters != null) {
            System.out.println("RELIABILITY R5 " + name + " threads=1 operations=" + steps.get() + " chains="
                    + chains.get() + " anomalies=" + anomalies.get());
            adapters.close();
            adapters = null;
            postgres = null;
        }
    }
}
