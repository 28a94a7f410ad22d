package dev.backoffice.jpa;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;

/**
 * The SQL migrations of the adapter's tables, shipped in the jar under
 * {@code dev/backoffice/jpa/migration/<database>}. They never run by themselves: a host calls
 * {@link #migrate(DataSource)} at start, or runs the same scripts with its own Flyway (location
 * {@link #location(Database)}). The library keeps its own history table,
 * {@value #HISTORY_TABLE}, so it never mixes with the host's migrations.
 */
public final class BackOfficeMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(BackOfficeMigrations.class);

    /** The Flyway history table of the library's migrations. */
    public static final String HISTORY_TABLE = "bo_schema_history";

    /** The databases the migrations are written for. */
    public enum Database {
        /** PostgreSQL, the database for production and for concurrent use by many instances. */
        POSTGRESQL("postgresql"),
        /** H2, embedded: the runnable examples and single-process tests. */
        H2("h2");

        private final String folder;

        Database(String folder) {
            this.folder = folder;
        }

        /**
         * Recognises the database from the product name its JDBC driver reports.
         *
         * @param productName the name from {@code DatabaseMetaData.getDatabaseProductName()}
         * @return the database; an {@code IllegalArgumentException} for a database the migrations are not
         *         written for
         */
        public static Database fromProductName(String productName) {
            String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
            if (name.contains("postgres")) {
                return POSTGRESQL;
            }
            if (name.contains("h2")) {
                return H2;
            }
            throw new IllegalArgumentException("The back office migrations support PostgreSQL and H2, not " + productName);
        }
    }

    private BackOfficeMigrations() {
    }

    /**
     * The classpath location of the migrations for a database, for a host's own Flyway.
     *
     * @param database the database
     * @return the Flyway location, for example {@code classpath:dev/backoffice/jpa/migration/postgresql}
     */
    public static String location(Database database) {
        return "classpath:dev/backoffice/jpa/migration/" + database.folder;
    }

    /**
     * Brings the schema up to date, recognising the database from the JDBC metadata. Returns the migrations
     * applied.
     *
     * @param dataSource a data source whose user may create and alter the library's tables
     * @return the number of migrations applied; 0 when the schema was up to date
     */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, detect(dataSource));
    }

    /**
     * Brings the schema of the given database up to date. Returns the number of migrations applied.
     *
     * @param dataSource a data source whose user may create and alter the library's tables
     * @param database   the database behind it
     * @return the number of migrations applied; 0 when the schema was up to date
     */
    public static int migrate(DataSource dataSource, Database database) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(database, "database");
        MigrateResult result = Flyway.configure(BackOfficeMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location(database))
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info("Back office schema on {}: {} migration(s) applied", database, result.migrationsExecuted);
        return result.migrationsExecuted;
    }

    /** The classpath resource of the optional row-level security policies (PostgreSQL). */
    public static final String ROW_LEVEL_SECURITY = "dev/backoffice/jpa/security/postgresql/row_level_security.sql";

    /**
     * Enables the optional PostgreSQL row-level security policies on every table of the library
     * that has a tenant column (see {@value #ROW_LEVEL_SECURITY}): a session sees and writes only
     * the rows of the tenant its transaction names, which the JPA adapter does when built with
     * {@link JpaAdapters.Builder#tenantScopedTransactions()}. Run it as the owner of the tables after
     * {@link #migrate(DataSource)} (again after a later migration adds tables); the application must
     * connect as a role that does not own them. Idempotent. Returns the number of tables covered.
     *
     * @param dataSource a data source connecting as the owner of the tables
     * @return the number of tables the policies cover
     */
    public static int enableRowLevelSecurity(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        if (detect(dataSource) != Database.POSTGRESQL) {
            throw new IllegalArgumentException("Row-level security is a PostgreSQL feature");
        }
        String script;
        try (InputStream in = BackOfficeMigrations.class.getClassLoader().getResourceAsStream(ROW_LEVEL_SECURITY)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + ROW_LEVEL_SECURITY + " is missing from the jar");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(script);
            try (ResultSet covered = statement.executeQuery("SELECT count(*) FROM pg_policies WHERE schemaname = "
                    + "current_schema() AND policyname = 'bo_tenant_isolation'")) {
                covered.next();
                int tables = covered.getInt(1);
                LOG.info("Row-level security enabled on {} back office tables", tables);
                return tables;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not enable row-level security: " + e.getMessage(), e);
        }
    }

    /**
     * The database behind the data source.
     *
     * @param dataSource the data source
     * @return the database, from the product name its driver reports
     */
    public static Database detect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Database.fromProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database product from the data source", e);
        }
    }
}
