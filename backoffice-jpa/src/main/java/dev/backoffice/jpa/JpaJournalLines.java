package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.accounts.domain.StatementLine;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * {@link JournalLines} by SQL over {@code bo_journal_lines} (index on tenant, account, date).
 * The statement's running sum is a window function computed before OFFSET/FETCH, so every page
 * carries the sum from the first line of the range. The SQL runs unchanged on PostgreSQL and H2.
 */
final class JpaJournalLines implements JournalLines {

    private static final String STATEMENT_SQL = """
            select l.entry_id, l.accounting_date, l.line_no, e.description, l.memo, l.side, l.amount_minor, l.currency,
                   sum(case when l.side = 'DEBIT' then l.amount_minor else -l.amount_minor end)
                       over (order by l.accounting_date, l.entry_id, l.line_no
                             rows between unbounded preceding and current row) as running_net
            from bo_journal_lines l
            join bo_journal_entries e on e.id = l.entry_id
            where l.tenant_id = :tenant and l.account_id = :account and l.posted = true
              and l.accounting_date >= :fromDate and l.accounting_date <= :toDate
            order by l.accounting_date, l.entry_id, l.line_no
            offset :skip rows fetch next :take rows only
            """;

    private static final String COUNT_SQL = """
            select count(*) from bo_journal_lines l
            where l.tenant_id = :tenant and l.account_id = :account and l.posted = true
              and l.accounting_date >= :fromDate and l.accounting_date <= :toDate
            """;

    private static final String ACCOUNT_TOTALS_SQL = """
            select coalesce(sum(case when l.side = 'DEBIT' then l.amount_minor else 0 end), 0),
                   coalesce(sum(case when l.side = 'CREDIT' then l.amount_minor else 0 end), 0)
            from bo_journal_lines l
            where l.tenant_id = :tenant and l.account_id = :account and l.currency = :currency and l.posted = true
              and l.accounting_date <= :asOf
            """;

    /**
     * Debit and credit sums per account of posted lines, of the amount in {@code amount} grouped
     * by the currency in {@code currency} (the line's own, or its functional value), over the lines
     * that pass {@code where}; with {@code byReference} only of entries with the source reference.
     */
    private static String totalsSql(String amount, String currency, String where, boolean byReference) {
        return "select l.account_id, l." + currency + ",\n"
                + "       sum(case when l.side = 'DEBIT' then l." + amount + " else 0 end),\n"
                + "       sum(case when l.side = 'CREDIT' then l." + amount + " else 0 end)\n"
                + "from bo_journal_lines l\n"
                + (byReference ? "join bo_journal_entries e on e.id = l.entry_id and e.tenant_id = l.tenant_id\n" : "")
                + "where l.tenant_id = :tenant and l.posted = true and " + where + "\n"
                + (byReference ? "  and e.source_reference = :reference\n" : "")
                + "  and l." + amount + " is not null\n"
                + "group by l.account_id, l." + currency + "\n"
                + "order by l.account_id";
    }

    private static final String AS_OF = "l.accounting_date <= :asOf";
    private static final String BETWEEN = "l.accounting_date >= :fromDate and l.accounting_date <= :toDate";

    private static final String ALL_TOTALS_SQL = totalsSql("amount_minor", "currency", AS_OF, false);
    private static final String TOTALS_BETWEEN_SQL = totalsSql("amount_minor", "currency", BETWEEN, false);
    private static final String REFERENCE_TOTALS_BETWEEN_SQL = totalsSql("amount_minor", "currency", BETWEEN, true);
    private static final String FUNCTIONAL_TOTALS_AS_OF_SQL = totalsSql("functional_minor", "functional_currency", AS_OF, false);
    private static final String FUNCTIONAL_TOTALS_BETWEEN_SQL = totalsSql("functional_minor", "functional_currency", BETWEEN, false);
    private static final String FUNCTIONAL_REFERENCE_TOTALS_BETWEEN_SQL =
            totalsSql("functional_minor", "functional_currency", BETWEEN, true);

    private static final String HAS_POSTED_LINES_SQL = """
            select l.line_no from bo_journal_lines l where l.tenant_id = :tenant and l.posted = true
            fetch first 1 rows only
            """;

    private static final String HAS_LINES_SQL = """
            select l.line_no from bo_journal_lines l where l.tenant_id = :tenant and l.account_id = :account
            fetch first 1 rows only
            """;

    private final JpaUnitOfWork uow;

    JpaJournalLines(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public boolean hasLines(TenantId tenant, AccountId account) {
        return uow.readWithEntityManager(em -> !em.createNativeQuery(HAS_LINES_SQL)
                .setParameter("tenant", tenant.value())
                .setParameter("account", account.value())
                .getResultList()
                .isEmpty());
    }

    @Override
    public AccountBalance totalsAsOf(TenantId tenant, AccountId account, Currency currency, LocalDate asOf) {
        return uow.readWithEntityManager(em -> {
            Object[] row = (Object[]) em.createNativeQuery(ACCOUNT_TOTALS_SQL)
                    .setParameter("tenant", tenant.value())
                    .setParameter("account", account.value())
                    .setParameter("currency", currency.getCurrencyCode())
                    .setParameter("asOf", asOf)
                    .getSingleResult();
            return new AccountBalance(account, Money.ofMinor(NativeValues.longValue(row[0]), currency),
                    Money.ofMinor(NativeValues.longValue(row[1]), currency));
        });
    }

    @Override
    public List<AccountBalance> totalsAsOf(TenantId tenant, LocalDate asOf) {
        return uow.readWithEntityManager(em -> totals(em.createNativeQuery(ALL_TOTALS_SQL)
                .setParameter("tenant", tenant.value())
                .setParameter("asOf", asOf)
                .getResultList()));
    }

    @Override
    public List<AccountBalance> totalsBetween(TenantId tenant, LocalDate from, LocalDate to) {
        return uow.readWithEntityManager(em -> totals(em.createNativeQuery(TOTALS_BETWEEN_SQL)
                .setParameter("tenant", tenant.value())
                .setParameter("fromDate", from)
                .setParameter("toDate", to)
                .getResultList()));
    }

    @Override
    public List<AccountBalance> totalsBetween(TenantId tenant, LocalDate from, LocalDate to, String sourceReference) {
        return uow.readWithEntityManager(em -> totals(em.createNativeQuery(REFERENCE_TOTALS_BETWEEN_SQL)
                .setParameter("tenant", tenant.value())
                .setParameter("fromDate", from)
                .setParameter("toDate", to)
                .setParameter("reference", sourceReference)
                .getResultList()));
    }

    @Override
    public boolean hasPostedLines(TenantId tenant) {
        return uow.readWithEntityManager(em -> !em.createNativeQuery(HAS_POSTED_LINES_SQL)
                .setParameter("tenant", tenant.value())
                .getResultList()
                .isEmpty());
    }

    @Override
    public List<AccountBalance> functionalTotalsAsOf(TenantId tenant, LocalDate asOf) {
        return uow.readWithEntityManager(em -> totals(em.createNativeQuery(FUNCTIONAL_TOTALS_AS_OF_SQL)
                .setParameter("tenant", tenant.value())
                .setParameter("asOf", asOf)
                .getResultList()));
    }

    @Override
    public List<AccountBalance> functionalTotalsBetween(TenantId tenant, LocalDate from, LocalDate to,
                                                        String sourceReference) {
        return uow.readWithEntityManager(em -> {
            jakarta.persistence.Query query = em.createNativeQuery(sourceReference == null
                            ? FUNCTIONAL_TOTALS_BETWEEN_SQL : FUNCTIONAL_REFERENCE_TOTALS_BETWEEN_SQL)
                    .setParameter("tenant", tenant.value())
                    .setParameter("fromDate", from)
                    .setParameter("toDate", to);
            if (sourceReference != null) {
                query.setParameter("reference", sourceReference);
            }
            return totals(query.getResultList());
        });
    }

    /** Rows of (account id, currency, debit total, credit total) as account totals. */
    private static List<AccountBalance> totals(List<?> rows) {
        List<AccountBalance> totals = new ArrayList<>(rows.size());
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            Currency currency = currency(row[1]);
            totals.add(new AccountBalance(AccountId.of(NativeValues.uuid(row[0])), Money.ofMinor(NativeValues.longValue(row[2]), currency),
                    Money.ofMinor(NativeValues.longValue(row[3]), currency)));
        }
        return totals;
    }

    @Override
    public List<StatementLine> statement(TenantId tenant, AccountId account, LocalDate from, LocalDate to, int offset,
                                         int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return uow.readWithEntityManager(em -> {
            List<?> rows = em.createNativeQuery(STATEMENT_SQL)
                    .setParameter("tenant", tenant.value())
                    .setParameter("account", account.value())
                    .setParameter("fromDate", from)
                    .setParameter("toDate", to)
                    .setParameter("skip", Math.max(0, offset))
                    .setParameter("take", limit)
                    .getResultList();
            List<StatementLine> lines = new ArrayList<>(rows.size());
            for (Object result : rows) {
                Object[] row = (Object[]) result;
                Currency currency = currency(row[7]);
                lines.add(new StatementLine(JournalEntryId.of(NativeValues.uuid(row[0])), NativeValues.localDate(row[1]),
                        ((Number) row[2]).intValue(), (String) row[3], (String) row[4], Side.valueOf(((String) row[5]).strip()),
                        Money.ofMinor(NativeValues.longValue(row[6]), currency), Money.ofMinor(NativeValues.longValue(row[8]), currency)));
            }
            return lines;
        });
    }

    @Override
    public long countStatementLines(TenantId tenant, AccountId account, LocalDate from, LocalDate to) {
        return uow.readWithEntityManager(em -> NativeValues.longValue(em.createNativeQuery(COUNT_SQL)
                .setParameter("tenant", tenant.value())
                .setParameter("account", account.value())
                .setParameter("fromDate", from)
                .setParameter("toDate", to)
                .getSingleResult()));
    }

    private static Currency currency(Object value) {
        return Currency.getInstance(value.toString().strip());
    }
}
