package dev.backoffice.jpa.reliability;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A login role for the application that may read and write every table of the schema but owns
 * none, as a host would run the library in production: the append-only triggers and the
 * row-level security policies bind it, while the owner runs the migrations.
 */
final class ApplicationRole {

    private ApplicationRole() {
    }

    /** Creates the role if needed, grants it every table of the owner's database, and returns a data source logging in as it. */
    static DataSource connect(DataSource owner, String role) throws SQLException {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN CREATE ROLE " + role + " LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
        }
        PGSimpleDataSource base = (PGSimpleDataSource) owner;
        PGSimpleDataSource application = new PGSimpleDataSource();
        application.setServerNames(base.getServerNames());
        application.setPortNumbers(base.getPortNumbers());
        application.setDatabaseName(base.getDatabaseName());
        application.setUser(role);
        return application;
    }
}
