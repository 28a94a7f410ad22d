package dev.backoffice.examples;

import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.BackOfficeMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What every runnable example does as a host: choose the database, bring its schema up to date,
 * run, and report a refusal by its code.
 *
 * <p>By default the data goes to an H2 file database under {@code target/} (created and migrated
 * on first run; the system property {@code backoffice.example.db} names another file). With {@code BACKOFFICE_JDBC_URL} (and {@code BACKOFFICE_JDBC_USER},
 * {@code BACKOFFICE_JDBC_PASSWORD}) set to a PostgreSQL URL it runs there instead. Every run
 * books into a tenant of its own, so runs never collide.
 */
final class ExampleHost {

    /** The system property naming the H2 file database (default {@code target/example-db/backoffice}). */
    static final String H2_FILE_PROPERTY = "backoffice.example.db";

    /** The body of an example, given the migrated database. */
    @FunctionalInterface
    interface Body {
        void run(DataSource dataSource, TenantId tenant);
    }

    private ExampleHost() {
    }

    /**
     * Runs an example: prints where the data goes, migrates the schema (the long step of a first
     * run), runs the body in a fresh tenant, and turns a failure into its code and message and a
     * non-zero exit status.
     */
    static void main(String tenantPrefix, Body body) {
        // Hibernate logs through JBoss Logging: send it to SLF4J like the rest of the application
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PrintStream out = System.out;
        int status = 0;
        try {
            DataSource dataSource = dataSource();
            migrate(dataSource, out);
            body.run(dataSource, TenantId.of(tenantPrefix + "-" + Instant.now().getEpochSecond()));
        } catch (BackOfficeException e) {
            System.err.println("Refused: " + e.code() + ": " + e.getMessage());
            status = 1;
        } catch (RuntimeException e) {
            System.err.println("Failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            status = 2;
        }
        out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The PostgreSQL database of {@code BACKOFFICE_JDBC_URL}, else an H2 file database under {@code target/}. */
    static DataSource dataSource() {
        return dataSource(System.getenv());
    }

    /** The database the given environment variables name (see {@link #dataSource()}). */
    static DataSource dataSource(Map<String, String> environment) {
        String url = environment.get("BACKOFFICE_JDBC_URL");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url);
            pg.setUser(environment.getOrDefault("BACKOFFICE_JDBC_USER", "postgres"));
            pg.setPassword(environment.getOrDefault("BACKOFFICE_JDBC_PASSWORD", ""));
            return pg;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url != null ? url : "jdbc:h2:file:" + Path.of(System.getProperty(H2_FILE_PROPERTY,
                Path.of("target", "example-db", "backoffice").toString())).toAbsolutePath());
        h2.setUser("sa");
        return h2;
    }

    /** Brings the schema up to date, saying what it does: on a first run this creates every table. */
    static int migrate(DataSource dataSource, PrintStream out) {
        BackOfficeMigrations.Database database = BackOfficeMigrations.detect(dataSource);
        out.print("Database: " + database + ", bringing the schema up to date... ");
        out.flush();
        long started = System.nanoTime();
        int applied = BackOfficeMigrations.migrate(dataSource, database);
        out.println(applied == 0 ? "already up to date."
                : applied + " migration(s) applied in " + Progress.elapsed(Duration.ofNanos(System.nanoTime() - started)) + ".");
        return applied;
    }
}
