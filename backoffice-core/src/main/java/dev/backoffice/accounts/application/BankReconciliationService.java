package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.BankReconciliation;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.ReconcileLines;
import dev.backoffice.accounts.api.ReconciliationSnapshot;
import dev.backoffice.accounts.api.UnreconciledLines;
import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLineRef;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.domain.Reconciliation;
import dev.backoffice.accounts.domain.ReconciliationId;
import dev.backoffice.accounts.domain.UnreconciledLine;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.accounts.spi.JournalEntries;
import dev.backoffice.accounts.spi.Reconciliations;
import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

final class BankReconciliationService implements BankReconciliation {

    private static final String SUBJECT = "Reconciliation";

    private final UseCases useCases;
    private final Accounts accounts;
    private final JournalEntries entries;
    private final Reconciliations reconciliations;

    BankReconciliationService(UseCases useCases, Accounts accounts, JournalEntries entries,
                              Reconciliations reconciliations) {
        this.useCases = useCases;
        this.accounts = accounts;
        this.entries = entries;
        this.reconciliations = reconciliations;
    }

    /** A reconciliation id argument as a validated command. */
    record ReconciliationRef(@NotNull ReconciliationId reconciliation) {
    }

    /** The arguments of {@link #unreconciledLines} as one validated query. */
    record UnreconciledQuery(@NotNull AccountId account, @NotNull LocalDate from, @NotNull LocalDate to,
                             @Min(0) int page, @Min(1) @Max(1000) int size) {
    }

    @Override
    public ReconciliationSnapshot reconcile(Actor actor, ReconcileLines command) {
        return useCases.create(actor, LedgerPermissions.RECONCILE, command, command == null ? null : command.idempotencyKey(),
                () -> {
                    TenantId tenant = actor.tenant();
                    Account account = account(tenant, command.account());
                    Reconciliation reconciliation = Reconciliation.reconcile(ReconciliationId.of(useCases.newId()),
                            tenant, account.id(), command.lines(), entriesOf(tenant, command.lines()), actor.id(),
                            useCases.now(), useCases::newId);
                    requireFree(tenant, command.lines());
                    reconciliations.add(reconciliation);
                    useCases.audit(actor, LedgerPermissions.RECONCILE, SUBJECT, reconciliation.id().value(),
                            "reconciled " + reconciliation.lines().size() + " lines of account " + account.code());
                    useCases.publish(reconciliation.pullEvents());
                    return ReconciliationSnapshot.of(reconciliation);
                },
                snapshot -> snapshot.id().value(),
                id -> ReconciliationSnapshot.of(load(actor.tenant(), ReconciliationId.of(id))));
    }

    /** The tenant's entries the lines point into; entries that do not exist are absent. */
    private Map<JournalEntryId, JournalEntry> entriesOf(TenantId tenant, List<JournalLineRef> lines) {
        Set<JournalEntryId> ids = new LinkedHashSet<>();
        lines.forEach(line -> ids.add(line.entry()));
        Map<JournalEntryId, JournalEntry> found = new HashMap<>(ids.size() * 2);
        for (JournalEntryId id : ids) {
            entries.find(tenant, id).ifPresent(entry -> found.put(id, entry));
        }
        return found;
    }

    private void requireFree(TenantId tenant, List<JournalLineRef> lines) {
        Map<JournalLineRef, ReconciliationId> taken = new TreeMap<>(reconciliations.findActive(tenant, lines));
        if (!taken.isEmpty()) {
            Map.Entry<JournalLineRef, ReconciliationId> first = taken.entrySet().iterator().next();
            throw new RuleViolationException(LedgerError.RECONCILIATION_LINE_ALREADY_RECONCILED,
                    "Line " + first.getKey() + " is already reconciled (reconciliation " + first.getValue()
                            + "); undo that reconciliation first.");
        }
    }

    @Override
    public ReconciliationSnapshot undo(Actor actor, ReconciliationId id) {
        return useCases.command(actor, LedgerPermissions.RECONCILE, new ReconciliationRef(id), () -> {
            Reconciliation reconciliation = load(actor.tenant(), id);
            reconciliation.undo(actor.id(), useCases.now(), useCases::newId);
            reconciliations.update(reconciliation);
            useCases.audit(actor, LedgerPermissions.RECONCILE, SUBJECT, id.value(), "undone");
            useCases.publish(reconciliation.pullEvents());
            return ReconciliationSnapshot.of(reconciliation);
        });
    }

    @Override
    public UnreconciledLines unreconciledLines(Actor actor, AccountId accountId, LocalDate from, LocalDate to, int page,
                                               int size) {
        return useCases.query(actor, LedgerPermissions.READ, new UnreconciledQuery(accountId, from, to, page, size), () -> {
            if (from.isAfter(to)) {
                throw new RuleViolationException(LedgerError.INVALID_DATE_RANGE,
                        "The range starts on " + from + ", after its end " + to + ".");
            }
            TenantId tenant = actor.tenant();
            Account account = account(tenant, accountId);
            long total = reconciliations.countUnreconciledLines(tenant, account.id(), from, to);
            List<UnreconciledLine> lines = reconciliations.unreconciledLines(tenant, account.id(), from, to,
                    Math.multiplyExact(page, size), size);
            return new UnreconciledLines(account.id(), from, to, lines.stream().map(BankReconciliationService::line).toList(),
                    page, size, total);
        });
    }

    private static UnreconciledLines.Line line(UnreconciledLine line) {
        return new UnreconciledLines.Line(line.ref(), line.accountingDate(), line.description(), line.memo(), line.side(),
                line.amount());
    }

    @Override
    public ReconciliationSnapshot reconciliation(Actor actor, ReconciliationId id) {
        return useCases.query(actor, LedgerPermissions.READ, new ReconciliationRef(id),
                () -> ReconciliationSnapshot.of(load(actor.tenant(), id)));
    }

    private Reconciliation load(TenantId tenant, ReconciliationId id) {
        return reconciliations.find(tenant, id).orElseThrow(() ->
                new NotFoundException(LedgerError.RECONCILIATION_NOT_FOUND, "Reconciliation " + id + " does not exist."));
    }

    private Account account(TenantId tenant, AccountId id) {
        return accounts.find(tenant, id).orElseThrow(() ->
                new NotFoundException(LedgerError.ACCOUNT_NOT_FOUND, "Account " + id + " does not exist."));
    }
}
