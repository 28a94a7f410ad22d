package dev.backoffice.jpa.support;

import dev.backoffice.jpa.BackOfficeMigrations;
import dev.backoffice.jpa.JpaAdapters;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Databases for tests: one embedded PostgreSQL server per test JVM (started on first use, stopped
 * by a shutdown hook) with a fresh database per call, and a fresh in-memory H2 database per call.
 */
public final class TestDatabases {

    /** The kinds of database the adapter runs on. */
    public enum Kind {
        H2, POSTGRES
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** A new empty database of the kind. */
    public static DataSource newDatabase(Kind kind, String name) {
        return kind == Kind.H2 ? newH2(name) : newPostgres(name);
    }

    /** A new database of the kind with the migrations applied. */
    public static DataSource newMigratedDatabase(Kind kind, String name) {
        DataSource dataSource = newDatabase(kind, name);
        BackOfficeMigrations.migrate(dataSource);
        return dataSource;
    }

    /** Adapters on a new migrated database of the kind. */
    public static JpaAdapters newAdapters(Kind kind, String name) {
        return JpaAdapters.create(newMigratedDatabase(kind, name));
    }

    /** A new in-memory H2 database (plain H2 mode), kept until the JVM ends. */
    public static DataSource newH2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + uniqueName(name) + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    /** A new database on the embedded PostgreSQL server of this JVM. */
    public static DataSource newPostgres(String name) {
        EmbeddedPostgres server = postgres();
        String database = uniqueName(name);
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {server.getPort()});
        dataSource.setDatabaseName(database);
        dataSource.setUser("postgres");
        return dataSource;
    }

    private static String uniqueName(String name) {
        String clean = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        if (clean.length() > 40) {
            clean = clean.substring(0, 40);
        }
        return "bo_" + clean + "_" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid();
    }

    private static EmbeddedPostgres postgres() {
        EmbeddedPostgres server = postgres;
        if (server == null) {
            synchronized (TestDatabases.class) {
                server = postgres;
                if (server == null) {
                    try {
                        server = EmbeddedPostgres.builder()
                                .setServerConfig("max_connections", "100")
                                .setServerConfig("fsync", "off")
                                .setServerConfig("synchronous_commit", "off")
                                .setServerConfig("full_page_writes", "off")
                                .start();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
                    }
                    EmbeddedPostgres started = server;
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            started.close();
                        } catch (IOException e) {
                            // the JVM is ending; nothing more to do
                        }
                    }, "embedded-postgres-stop"));
                    postgres = server;
                }
            }
        }
        return server;
    }
}
