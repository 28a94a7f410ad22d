package dev.backoffice.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.backoffice.BackOffice;
import dev.backoffice.jpa.BackOfficeMigrations;
import dev.backoffice.jpa.JpaAdapters;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh, migrated database on an embedded PostgreSQL server (started once per JVM from Maven
 * artifacts, durable: {@code fsync} and {@code synchronous_commit} on), a connection pool of
 * {@value #POOL_SIZE} connections, and the library on the JPA adapter over that pool.
 */
final class EmbeddedLedgerDatabase implements AutoCloseable {

    /** Connections of the pool: one per benchmark thread, for the library and the JDBC baseline alike. */
    static final int POOL_SIZE = 8;

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private final String database;
    private final HikariDataSource pool;
    private final JpaAdapters adapters;
    private final BackOffice backOffice;

    EmbeddedLedgerDatabase(String name) {
        this(name, java.util.Map.of());
    }

    /** As {@link #EmbeddedLedgerDatabase(String)}, the pool's connections opened with the given driver settings. */
    EmbeddedLedgerDatabase(String name, java.util.Map<String, String> driverProperties) {
        database = name + "_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + database, e);
        }
        HikariConfig config = new HikariConfig();
        config.setDataSource(server().getDatabase("postgres", database, driverProperties));
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(POOL_SIZE);
        config.setPoolName(database);
        pool = new HikariDataSource(config);
        requireDurable(pool);
        BackOfficeMigrations.migrate(pool);
        adapters = JpaAdapters.create(pool);
        backOffice = BackOffice.builder(adapters).build();
    }

    /**
     * The embedded server of this JVM, started on first use and stopped when the JVM ends. Durable
     * settings are given explicitly: the embedded server's defaults turn {@code synchronous_commit} off.
     */
    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setServerConfig("max_connections", "60")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending; nothing more to do
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /**
     * Starts the server alone, with the settings the benchmarks use, prints its port and keeps it
     * until Enter is pressed: to run {@code pgbench} against the same server.
     */
    public static void main(String[] args) throws IOException {
        EmbeddedPostgres started = server();
        System.out.println("embedded PostgreSQL on port " + started.getPort() + ", user postgres; Enter stops it");
        System.in.read();
    }

    private static void requireDurable(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit"}) {
                try (ResultSet row = statement.executeQuery("SHOW " + setting)) {
                    row.next();
                    if (!"on".equals(row.getString(1))) {
                        throw new IllegalStateException(setting + " is " + row.getString(1) + ", not on");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the server's settings", e);
        }
    }

    BackOffice backOffice() {
        return backOffice;
    }

    JpaAdapters adapters() {
        return adapters;
    }

    DataSource pool() {
        return pool;
    }

    /**
     * Fails loudly unless every account's balance (the sum of its buckets) equals the sum of its
     * posted journal lines and all debits equal all credits: zero drift.
     */
    void requireNoDrift() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            long drifting = single(statement, """
                    select count(*) from (
                        select account_id, sum(debit_minor) as debits, sum(credit_minor) as credits
                        from bo_account_balances group by account_id) b
                    left join (
                        select account_id,
                               sum(case when side = 'DEBIT' then amount_minor else 0 end) as debits,
                               sum(case when side = 'CREDIT' then amount_minor else 0 end) as credits
                        from bo_journal_lines where posted group by account_id) l on l.account_id = b.account_id
                    where b.debits <> coalesce(l.debits, 0) or b.credits <> coalesce(l.credits, 0)
                    """);
            long imbalance = single(statement,
                    "select coalesce(sum(debit_minor), 0) - coalesce(sum(credit_minor), 0) from bo_account_balances");
            if (drifting != 0 || imbalance != 0) {
                throw new IllegalStateException("BALANCE DRIFT: " + drifting + " accounts differ from their journal lines, "
                        + "debits minus credits over all balances = " + imbalance + " minor units");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the balances", e);
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public void close() {
        try {
            adapters.close();
        } finally {
            pool.close();
        }
    }
}
