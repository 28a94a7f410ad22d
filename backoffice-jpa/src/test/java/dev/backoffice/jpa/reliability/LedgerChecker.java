package dev.backoffice.jpa.reliability;

import dev.backoffice.accounts.domain.AccountId;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The invariants of a tenant's ledger, read straight from the tables in one snapshot: every
 * stored balance equals the replay of its posted journal lines; the watched accounts (which may
 * not go below zero) hold exactly {@code expectedTotal} between them and none is below zero.
 * Returns one line per anomaly found; empty when the ledger is right.
 */
final class LedgerChecker {

    private static final String REPLAY_SQL = """
            select b.account_id, b.debits, b.credits, coalesce(l.debits, 0), coalesce(l.credits, 0)
            from (select account_id, sum(debit_minor) debits, sum(credit_minor) credits
                  from bo_account_balances where tenant_id = ? group by account_id) b
            left join (select account_id,
                              sum(case when side = 'DEBIT' then amount_minor else 0 end) debits,
                              sum(case when side = 'CREDIT' then amount_minor else 0 end) credits
                       from bo_journal_lines where tenant_id = ? and posted group by account_id) l
              on l.account_id = b.account_id
            """;

    private LedgerChecker() {
    }

    static List<String> check(DataSource dataSource, String tenant, List<AccountId> watched, long expectedTotal)
            throws SQLException {
        Set<UUID> watchedIds = new HashSet<>();
        watched.forEach(id -> watchedIds.add(id.value()));
        List<String> anomalies = new ArrayList<>();
        long storedTotal = 0;
        long replayedTotal = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (PreparedStatement replay = connection.prepareStatement(REPLAY_SQL)) {
                replay.setString(1, tenant);
                replay.setString(2, tenant);
                try (ResultSet rows = replay.executeQuery()) {
                    while (rows.next()) {
                        UUID account = rows.getObject(1, UUID.class);
                        long storedDebits = rows.getLong(2);
                        long storedCredits = rows.getLong(3);
                        long lineDebits = rows.getLong(4);
                        long lineCredits = rows.getLong(5);
                        if (storedDebits != lineDebits || storedCredits != lineCredits) {
                            anomalies.add("account " + account + " stores " + storedDebits + "/" + storedCredits
                                    + " but its lines replay to " + lineDebits + "/" + lineCredits);
                        }
                        if (watchedIds.contains(account)) {
                            storedTotal += storedDebits - storedCredits;
                            replayedTotal += lineDebits - lineCredits;
                            if (storedDebits < storedCredits || lineDebits < lineCredits) {
                                anomalies.add("account " + account + " is below zero");
                            }
                        }
                    }
                }
            }
            connection.commit();
        }
        if (storedTotal != expectedTotal) {
            anomalies.add("the stored balances hold " + storedTotal + " instead of " + expectedTotal);
        }
        if (replayedTotal != expectedTotal) {
            anomalies.add("the journal lines hold " + replayedTotal + " instead of " + expectedTotal);
        }
        return anomalies;
    }
}
