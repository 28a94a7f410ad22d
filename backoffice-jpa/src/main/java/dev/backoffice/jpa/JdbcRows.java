package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.AccountStatus;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.accounts.domain.PeriodStatus;
import dev.backoffice.jpa.entity.AccountEntity;
import dev.backoffice.jpa.entity.AuditRecordEntity;
import dev.backoffice.jpa.entity.FiscalPeriodEmbeddable;
import dev.backoffice.jpa.entity.FiscalYearEntity;
import dev.backoffice.jpa.entity.JournalEntryEntity;
import dev.backoffice.jpa.entity.JournalLineEntity;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Appends rows that are written once and never changed by the unit of work that writes them (new
 * journal entries with their lines and dimensions, audit records) as plain JDBC batches on the
 * unit of work's connection, instead of as entities. The rows are built by the same mappers as the
 * entities ({@link AggregateMapper}, {@link RecordMapper}) and read back as entities; only the
 * writing skips Hibernate, whose persist, cascade and flush of thousands of new entities cost more
 * than the statements (P3 in docs/benchmarks.md). Values are bound as Hibernate binds them: UUIDs,
 * dates and numbers as they are, instants as UTC offset date-times.
 *
 * <p>The entity manager is flushed first (when anything can be pending), so that rows these refer to
 * (an account opened, an entry reversed, earlier in the same unit of work) are in the database
 * before them; audit records refer to no row and are written without that flush. On PostgreSQL,
 * statements that follow each other in one posting travel together where the driver allows it
 * (several statements in one prepared statement, one round trip). A failed statement surfaces as
 * Hibernate's {@code JDBCException} (converted by the session like any other), so that the unit of
 * work treats it as it treats a failed flush.
 */
final class JdbcRows {

    private static final String INSERT_ENTRY = "insert into bo_journal_entries (id, tenant_id, accounting_date, "
            + "description, source_reference, status, reversal_of, reversed_by, created_by, created_at, posted_by, "
            + "posted_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINE = "insert into bo_journal_lines (entry_id, line_no, tenant_id, account_id, "
            + "accounting_date, posted, side, amount_minor, currency, memo, functional_minor, functional_currency, "
            + "exchange_rate, rate_date, rate_source) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_DIMENSION = "insert into bo_journal_line_dimensions (entry_id, line_no, "
            + "dim_name, dim_value) values (?, ?, ?, ?)";
    private static final String INSERT_AUDIT = "insert into bo_audit_records (id, tenant_id, actor_id, occurred_at, "
            + "action, subject_type, subject_id, detail) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String SELECT_ACCOUNTS = "select id, tenant_id, code, name, account_type, currency, parent_id, "
            + "status, leaf, balance_limit, balance_buckets, created_at, version from bo_accounts where id = any(?)";

    private static final String SELECT_YEAR_WITH_PERIODS = "select y.id, y.tenant_id, y.name, y.start_date, y.end_date, "
            + "y.lock_date, y.version, p.period_no, p.start_date, p.end_date, p.status from bo_fiscal_years y "
            + "join bo_fiscal_periods p on p.fiscal_year_id = y.id "
            + "where y.tenant_id = ? and y.start_date <= ? and y.end_date >= ? order by y.start_date, p.period_no";

    /** The most lines an entry sent in one round trip has; larger entries go as batches. */
    private static final int MAX_LINES_IN_ONE_ROUND_TRIP = 16;

    /** The one-round-trip insert of an entry with n lines, by n (made once per line count). */
    private static final java.util.concurrent.ConcurrentMap<Integer, String> ENTRY_WITH_LINES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final String LOCK_SHARED_THEN_SELECT_YEAR = "select pg_advisory_xact_lock_shared(?, ?); "
            + SELECT_YEAR_WITH_PERIODS;

    private JdbcRows() {
    }

    /**
     * On PostgreSQL: takes the tenant calendar's shared advisory lock and then reads the tenant's
     * fiscal year that holds the date, with its periods, in one round trip: the two statements are
     * sent together ({@code select pg_advisory_xact_lock_shared(?, ?); select ... from bo_fiscal_years
     * ...}) and the server runs the second only once the first has returned, that is once the lock
     * is granted; the read, a statement of its own, takes its own snapshot then, so it sees a close
     * that committed while the posting waited, as when the two were sent one after the other. The
     * year comes back as an entity object that no persistence context holds, its periods beside it
     * (empty when no year holds the date): what a posting reads and only reads. The entity manager
     * is flushed first, so a year added or changed earlier in the unit of work is read as it is now.
     */
    static Optional<Map.Entry<FiscalYearEntity, List<FiscalPeriodEmbeddable>>> fiscalYearUnderSharedLock(
            EntityManager em, int lockClass, int lockKey, String tenant, LocalDate date) {
        return returningWork(em, connection -> {
            FiscalYearEntity year = null;
            List<FiscalPeriodEmbeddable> periods = new ArrayList<>(12);
            try (PreparedStatement select = connection.prepareStatement(LOCK_SHARED_THEN_SELECT_YEAR)) {
                select.setInt(1, lockClass);
                select.setInt(2, lockKey);
                select.setString(3, tenant);
                select.setObject(4, date);
                select.setObject(5, date);
                select.execute(); // the lock's result first
                if (!select.getMoreResults()) {
                    throw new IllegalStateException("The fiscal year read after the calendar lock returned no result.");
                }
                try (ResultSet rows = select.getResultSet()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        if (year == null) {
                            year = new FiscalYearEntity();
                            year.setId(id);
                            year.setTenantId(rows.getString(2));
                            year.setName(rows.getString(3));
                            year.setStartDate(rows.getObject(4, LocalDate.class));
                            year.setEndDate(rows.getObject(5, LocalDate.class));
                            year.setLockDate(rows.getObject(6, LocalDate.class));
                            year.setVersion(rows.getLong(7));
                        } else if (!year.getId().equals(id)) {
                            break; // years do not overlap; the first one is the year of the date
                        }
                        FiscalPeriodEmbeddable period = new FiscalPeriodEmbeddable();
                        period.setNumber(rows.getInt(8));
                        period.setStartDate(rows.getObject(9, LocalDate.class));
                        period.setEndDate(rows.getObject(10, LocalDate.class));
                        period.setStatus(PeriodStatus.valueOf(rows.getString(11)));
                        periods.add(period);
                    }
                }
            }
            return year == null ? Optional.empty() : Optional.of(Map.entry(year, periods));
        });
    }

    /**
     * Reads the accounts of the ids (in no particular order) with one statement and an array of ids,
     * as entity objects that no persistence context holds: what a posting reads and only reads. The
     * entity manager is flushed first, so an account opened or changed earlier in the unit of work
     * is read as it is now.
     */
    static List<AccountEntity> accounts(EntityManager em, List<UUID> ids) {
        return returningWork(em, connection -> {
            List<AccountEntity> accounts = new ArrayList<>(ids.size());
            try (PreparedStatement select = connection.prepareStatement(SELECT_ACCOUNTS)) {
                select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        AccountEntity account = new AccountEntity();
                        account.setId(rows.getObject(1, UUID.class));
                        account.setTenantId(rows.getString(2));
                        account.setCode(rows.getString(3));
                        account.setName(rows.getString(4));
                        account.setType(AccountType.valueOf(rows.getString(5)));
                        account.setCurrency(rows.getString(6));
                        account.setParentId(rows.getObject(7, UUID.class));
                        account.setStatus(AccountStatus.valueOf(rows.getString(8)));
                        account.setLeaf(rows.getBoolean(9));
                        account.setBalanceLimit(BalanceLimit.valueOf(rows.getString(10)));
                        account.setBalanceBuckets(rows.getInt(11));
                        account.setCreatedAt(instant(rows, 12));
                        account.setVersion(rows.getLong(13));
                        accounts.add(account);
                    }
                }
            }
            return accounts;
        });
    }

    /**
     * Inserts new journal entries, then all their lines, then all their dimensions: three batches at
     * most. On PostgreSQL ({@code composite}) one entry of a few lines without dimensions goes in one
     * round trip instead: its insert and its lines' inserts sent as one prepared statement of several
     * statements, which the server runs in order in the same transaction (P4 in docs/benchmarks.md).
     */
    static void insertEntries(EntityManager em, List<JournalEntryEntity> entries, boolean composite) {
        if (composite && entries.size() == 1 && entries.get(0).getLines().size() <= MAX_LINES_IN_ONE_ROUND_TRIP
                && entries.get(0).getLines().stream().allMatch(line -> line.getDimensions().isEmpty())) {
            insertEntryInOneRoundTrip(em, entries.get(0));
            return;
        }
        work(em, connection -> {
            boolean anyDimension = false;
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTRY)) {
                for (JournalEntryEntity entry : entries) {
                    bindEntry(insert, 0, entry);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_LINE)) {
                for (JournalEntryEntity entry : entries) {
                    for (JournalLineEntity line : entry.getLines()) {
                        bindLine(insert, 0, entry, line);
                        insert.addBatch();
                        anyDimension |= !line.getDimensions().isEmpty();
                    }
                }
                insert.executeBatch();
            }
            if (anyDimension) {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_DIMENSION)) {
                    for (JournalEntryEntity entry : entries) {
                        for (JournalLineEntity line : entry.getLines()) {
                            for (Map.Entry<String, String> dimension : line.getDimensions().entrySet()) {
                                insert.setObject(1, entry.getId());
                                insert.setInt(2, line.getId().getLineNo());
                                insert.setString(3, dimension.getKey());
                                insert.setString(4, dimension.getValue());
                                insert.addBatch();
                            }
                        }
                    }
                    insert.executeBatch();
                }
            }
        });
    }

    private static void insertEntryInOneRoundTrip(EntityManager em, JournalEntryEntity entry) {
        int lines = entry.getLines().size();
        String sql = ENTRY_WITH_LINES.get(lines);
        if (sql == null) {
            sql = INSERT_ENTRY + (";" + INSERT_LINE).repeat(lines);
            ENTRY_WITH_LINES.putIfAbsent(lines, sql);
        }
        String statements = sql;
        work(em, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(statements)) {
                int offset = bindEntry(insert, 0, entry);
                for (JournalLineEntity line : entry.getLines()) {
                    offset = bindLine(insert, offset, entry, line);
                }
                insert.execute();
            }
        });
    }

    /** Binds the entry's columns from parameter {@code offset + 1} on; returns the offset after them. */
    private static int bindEntry(PreparedStatement insert, int offset, JournalEntryEntity entry) throws SQLException {
        insert.setObject(offset + 1, entry.getId());
        insert.setString(offset + 2, entry.getTenantId());
        insert.setObject(offset + 3, entry.getAccountingDate());
        insert.setString(offset + 4, entry.getDescription());
        insert.setString(offset + 5, entry.getSourceReference());
        insert.setString(offset + 6, entry.getStatus().name());
        setUuid(insert, offset + 7, entry.getReversalOf());
        setUuid(insert, offset + 8, entry.getReversedBy());
        insert.setString(offset + 9, entry.getCreatedBy());
        setInstant(insert, offset + 10, entry.getCreatedAt());
        insert.setString(offset + 11, entry.getPostedBy());
        setInstant(insert, offset + 12, entry.getPostedAt());
        insert.setLong(offset + 13, entry.getVersion());
        return offset + 13;
    }

    /** Binds the line's columns from parameter {@code offset + 1} on; returns the offset after them. */
    private static int bindLine(PreparedStatement insert, int offset, JournalEntryEntity entry, JournalLineEntity line)
            throws SQLException {
        insert.setObject(offset + 1, entry.getId());
        insert.setInt(offset + 2, line.getId().getLineNo());
        insert.setString(offset + 3, line.getTenantId());
        insert.setObject(offset + 4, line.getAccountId());
        insert.setObject(offset + 5, line.getAccountingDate());
        insert.setBoolean(offset + 6, line.isPosted());
        insert.setString(offset + 7, line.getSide().name());
        insert.setLong(offset + 8, line.getAmountMinor());
        insert.setString(offset + 9, line.getCurrency());
        insert.setString(offset + 10, line.getMemo());
        if (line.getFunctionalMinor() == null) {
            insert.setNull(offset + 11, Types.BIGINT);
        } else {
            insert.setLong(offset + 11, line.getFunctionalMinor());
        }
        insert.setString(offset + 12, line.getFunctionalCurrency());
        insert.setBigDecimal(offset + 13, line.getExchangeRate());
        if (line.getRateDate() == null) {
            insert.setNull(offset + 14, Types.DATE);
        } else {
            insert.setObject(offset + 14, line.getRateDate());
        }
        insert.setString(offset + 15, line.getRateSource());
        return offset + 15;
    }

    /**
     * Inserts audit records in one batch, without flushing the entity manager first: an audit record
     * refers to no other row, so nothing the unit of work holds has to reach the database before it.
     */
    static void insertAuditRecords(EntityManager em, List<AuditRecordEntity> records) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_AUDIT)) {
                for (AuditRecordEntity record : records) {
                    insert.setObject(1, record.getId());
                    insert.setString(2, record.getTenantId());
                    insert.setString(3, record.getActorId());
                    setInstant(insert, 4, record.getAt());
                    insert.setString(5, record.getAction());
                    insert.setString(6, record.getSubjectType());
                    insert.setObject(7, record.getSubjectId());
                    insert.setString(8, record.getDetail());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Flushes the entity manager when something may be pending ({@link #flush}), then runs the work on its connection. */
    static void work(EntityManager em, org.hibernate.jdbc.Work work) {
        flush(em);
        em.unwrap(Session.class).doWork(work);
    }

    /** Like {@link #work}, for work that returns a result (a read, or a row count). */
    static <T> T returningWork(EntityManager em, org.hibernate.jdbc.ReturningWork<T> work) {
        flush(em);
        return em.unwrap(Session.class).doReturningWork(work);
    }

    /**
     * Flushes what the unit of work changed through the entity manager before a plain JDBC statement,
     * and nothing when nothing can be pending: no entity is managed and no action is queued (a posting
     * on this adapter manages no entity, and a flush costs its fixed work even when empty).
     *
     * @param em the unit of work's entity manager
     */
    static void flush(EntityManager em) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        if (session.getPersistenceContextInternal().getNumberOfManagedEntities() > 0
                || session.getActionQueue().hasAnyQueuedActions()) {
            em.flush();
        }
    }

    static void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }

    /** The instant of a timestamp-with-time-zone column, null when the column is. */
    static Instant instant(ResultSet rows, int index) throws SQLException {
        OffsetDateTime value = rows.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
