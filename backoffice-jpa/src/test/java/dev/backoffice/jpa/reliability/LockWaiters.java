package dev.backoffice.jpa.reliability;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * The backends of a PostgreSQL database that wait on a lock, for fault tests that hold a row lock
 * and kill ({@code pg_terminate_backend}) the unit of work waiting behind it.
 */
final class LockWaiters {

    private LockWaiters() {
    }

    /** Terminates one backend waiting on a lock, if there is one; returns how many it terminated (0 or 1). */
    static int terminateOne(DataSource dataSource) throws SQLException {
        try (Connection admin = dataSource.getConnection();
             PreparedStatement find = admin.prepareStatement("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                     + " AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()");
             ResultSet waiting = find.executeQuery()) {
            if (!waiting.next()) {
                return 0;
            }
            try (PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                kill.setInt(1, waiting.getInt(1));
                kill.executeQuery().close();
            }
            return 1;
        }
    }

    /** Waits until a backend waits on a lock, terminates it, and returns 1 (fails after 30 s). */
    static int awaitAndTerminate(DataSource dataSource) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (terminateOne(dataSource) == 1) {
                return 1;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no backend waited on the lock");
    }
}
