package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.FiscalPeriod;
import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.accounts.domain.FiscalYearId;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.PendingEntry;
import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.AccountEntity;
import dev.backoffice.jpa.entity.FiscalPeriodEmbeddable;
import dev.backoffice.jpa.entity.FiscalYearEntity;
import dev.backoffice.jpa.entity.JournalEntryEntity;
import dev.backoffice.jpa.entity.JournalLineEntity;
import dev.backoffice.jpa.entity.JournalLineKey;
import dev.backoffice.jpa.entity.PendingEntryEntity;
import dev.backoffice.jpa.entity.PendingLineEntity;
import dev.backoffice.jpa.entity.PendingLineKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hand-written mapping of the aggregates that guard invariants: they are rebuilt only through
 * their {@code restore(...)} factories, and their entities are updated in place so that Hibernate
 * writes only what changed (and checks the version).
 */
final class AggregateMapper {

    private static final RecordMapper RECORDS = RecordMapper.INSTANCE;

    private AggregateMapper() {
    }

    // ---- accounts

    static AccountEntity newEntity(Account account) {
        AccountEntity entity = new AccountEntity();
        entity.setId(account.id().value());
        entity.setTenantId(account.tenant().value());
        entity.setCode(account.code());
        entity.setType(account.type());
        entity.setCurrency(account.currency().getCurrencyCode());
        entity.setParentId(account.parentId().map(AccountId::value).orElse(null));
        entity.setCreatedAt(account.createdAt());
        entity.setVersion(account.version());
        copyChangeable(account, entity);
        return entity;
    }

    static void copyChangeable(Account account, AccountEntity entity) {
        entity.setName(account.name());
        entity.setStatus(account.status());
        entity.setLeaf(account.isLeaf());
        entity.setBalanceLimit(account.balanceLimit());
        entity.setBalanceBuckets(account.balanceBuckets());
    }

    static Account toDomain(AccountEntity e) {
        return Account.restore(AccountId.of(e.getId()), TenantId.of(e.getTenantId()), e.getCode(), e.getName(),
                e.getType(), Currency.getInstance(e.getCurrency()),
                e.getParentId() == null ? null : AccountId.of(e.getParentId()), e.getStatus(), e.isLeaf(),
                e.getBalanceLimit(), e.getBalanceBuckets(), e.getCreatedAt(), e.getVersion());
    }

    // ---- journal entries

    static JournalEntryEntity newEntity(JournalEntry entry) {
        JournalEntryEntity entity = new JournalEntryEntity();
        entity.setId(entry.id().value());
        entity.setTenantId(entry.tenant().value());
        entity.setReversalOf(entry.reversalOf().map(JournalEntryId::value).orElse(null));
        entity.setCreatedBy(entry.createdBy());
        entity.setCreatedAt(entry.createdAt());
        entity.setVersion(entry.version());
        copyChangeable(entry, entity);
        return entity;
    }

    /** Copies what can change (draft content, posting, reversal) and syncs the lines by number. */
    static void copyChangeable(JournalEntry entry, JournalEntryEntity entity) {
        entity.setAccountingDate(entry.accountingDate());
        entity.setDescription(entry.description());
        entity.setSourceReference(entry.sourceReference().orElse(null));
        entity.setStatus(entry.status());
        entity.setReversedBy(entry.reversedBy().map(JournalEntryId::value).orElse(null));
        entity.setPostedBy(entry.postedBy().orElse(null));
        entity.setPostedAt(entry.postedAt().orElse(null));

        Map<Integer, JournalLineEntity> existing = new HashMap<>();
        for (JournalLineEntity line : entity.getLines()) {
            existing.put(line.getId().getLineNo(), line);
        }
        for (JournalLine line : entry.lines()) {
            JournalLineEntity target = existing.remove(line.lineNo());
            if (target == null) {
                target = new JournalLineEntity();
                target.setId(new JournalLineKey(entity.getId(), line.lineNo()));
                target.setEntry(entity);
                entity.getLines().add(target);
            }
            RECORDS.copy(line, target);
            target.setTenantId(entity.getTenantId());
            target.setAccountingDate(entry.accountingDate());
            target.setPosted(entry.isPosted());
        }
        entity.getLines().removeAll(existing.values());
    }

    static JournalEntry toDomain(JournalEntryEntity e) {
        List<JournalLine> lines = new ArrayList<>(e.getLines().size());
        e.getLines().stream()
                .sorted(Comparator.comparingInt(line -> line.getId().getLineNo()))
                .forEach(line -> lines.add(RECORDS.toDomain(line)));
        return JournalEntry.restore(JournalEntryId.of(e.getId()), TenantId.of(e.getTenantId()), e.getAccountingDate(),
                e.getDescription(), e.getSourceReference(), lines, e.getStatus(), entryId(e.getReversalOf()),
                entryId(e.getReversedBy()), e.getCreatedBy(), e.getCreatedAt(), e.getPostedBy(), e.getPostedAt(),
                e.getVersion());
    }

    private static JournalEntryId entryId(UUID value) {
        return value == null ? null : JournalEntryId.of(value);
    }

    // ---- fiscal years

    static FiscalYearEntity newEntity(FiscalYear year) {
        FiscalYearEntity entity = new FiscalYearEntity();
        entity.setId(year.id().value());
        entity.setTenantId(year.tenant().value());
        entity.setName(year.name());
        entity.setStartDate(year.startDate());
        entity.setEndDate(year.endDate());
        entity.setLockDate(year.lockDate().orElse(null));
        entity.setVersion(year.version());
        for (FiscalPeriod period : year.periods()) {
            entity.getPeriods().add(RECORDS.toEmbeddable(period));
        }
        return entity;
    }

    /** Copies the period states and the lock date; the dates of a fiscal year never change. */
    static void copyChangeable(FiscalYear year, FiscalYearEntity entity) {
        Map<Integer, FiscalPeriod> byNumber = new HashMap<>();
        for (FiscalPeriod period : year.periods()) {
            byNumber.put(period.number(), period);
        }
        for (FiscalPeriodEmbeddable stored : entity.getPeriods()) {
            FiscalPeriod period = byNumber.get(stored.getNumber());
            if (period != null && period.status() != stored.getStatus()) {
                stored.setStatus(period.status());
            }
        }
        entity.setLockDate(year.lockDate().orElse(null));
    }

    static FiscalYear toDomain(FiscalYearEntity e) {
        return toDomain(e, e.getPeriods());
    }

    /** The year with periods read apart from the entity (its collection left unloaded). */
    static FiscalYear toDomain(FiscalYearEntity e, List<FiscalPeriodEmbeddable> stored) {
        List<FiscalPeriod> periods = stored.stream()
                .sorted(Comparator.comparingInt(FiscalPeriodEmbeddable::getNumber))
                .map(RECORDS::toDomain)
                .toList();
        return FiscalYear.restore(FiscalYearId.of(e.getId()), TenantId.of(e.getTenantId()), e.getName(), periods,
                e.getLockDate(), e.getVersion());
    }

    // ---- pending entries

    static PendingEntryEntity newEntity(PendingEntry entry) {
        PendingEntryEntity entity = new PendingEntryEntity();
        entity.setId(entry.id().value());
        entity.setTenantId(entry.tenant().value());
        entity.setAccountingDate(entry.accountingDate());
        entity.setDescription(entry.description());
        entity.setSourceReference(entry.sourceReference().orElse(null));
        entity.setExpiresAt(entry.expiresAt().orElse(null));
        entity.setCreatedBy(entry.createdBy());
        entity.setCreatedAt(entry.createdAt());
        entity.setVersion(entry.version());
        for (JournalLine line : entry.lines()) {
            PendingLineEntity target = new PendingLineEntity();
            target.setId(new PendingLineKey(entity.getId(), line.lineNo()));
            target.setEntry(entity);
            RECORDS.copy(line, target);
            entity.getLines().add(target);
        }
        copyChangeable(entry, entity);
        return entity;
    }

    /** Copies the resolution; the lines of a pending entry never change. */
    static void copyChangeable(PendingEntry entry, PendingEntryEntity entity) {
        entity.setStatus(entry.status());
        entity.setResolvedBy(entry.resolvedBy().orElse(null));
        entity.setResolvedAt(entry.resolvedAt().orElse(null));
        entity.setPostedEntryId(entry.postedEntry().map(JournalEntryId::value).orElse(null));
    }

    static PendingEntry toDomain(PendingEntryEntity e) {
        List<JournalLine> lines = new ArrayList<>(e.getLines().size());
        e.getLines().stream()
                .sorted(Comparator.comparingInt(line -> line.getId().getLineNo()))
                .forEach(line -> lines.add(RECORDS.toDomain(line)));
        return PendingEntry.restore(PendingEntryId.of(e.getId()), TenantId.of(e.getTenantId()), e.getAccountingDate(),
                e.getDescription(), e.getSourceReference(), lines, e.getExpiresAt(), e.getCreatedBy(),
                e.getCreatedAt(), e.getStatus(), e.getResolvedBy(), e.getResolvedAt(), entryId(e.getPostedEntryId()),
                e.getVersion());
    }
}
