package dev.backoffice.contract;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.JournalIntegrity;
import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.JournalVerification;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.ReverseJournalEntry;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.EntryStatus;
import dev.backoffice.accounts.domain.JournalChainHead;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalSeal;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.audit.api.AuditQuery;
import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.spi.AccessPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tamper evidence through the public api ({@link JournalIntegrity}), over the adapters under
 * test: sealing posted entries into each tenant's hash chain, continuing the chain, idempotent
 * sealing, reversals after sealing, tenant isolation, access; and the {@code JournalSeals} port's
 * reads. Runs on the system clock, so posting times carry sub-microsecond digits where the JVM has
 * them and pass through the store's own precision.
 */
public abstract class JournalIntegrityContract extends AdapterContract {

    protected static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);
    protected static final LocalDate FEB_10 = LocalDate.of(2026, 2, 10);

    protected BackOffice backOffice;
    protected JournalIntegrity integrity;
    protected Actor alice;
    protected Actor mallory;
    protected AccountSnapshot cash;
    protected AccountSnapshot revenue;
    protected AccountSnapshot foreignCash;
    protected AccountSnapshot foreignRevenue;

    @BeforeEach
    void ledger() {
        backOffice = backOffice(AccessPolicy.allowAll());
        integrity = backOffice.journalIntegrity();
        alice = Actor.of(tenant, "alice");
        mallory = Actor.of(otherTenant, "mallory");
        backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2026));
        cash = backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        revenue = backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));
        backOffice.fiscalCalendar().openFiscalYear(mallory, OpenFiscalYear.calendarYear(2026));
        foreignCash = backOffice.chartOfAccounts().openAccount(mallory, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        foreignRevenue = backOffice.chartOfAccounts().openAccount(mallory,
                OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));
    }

    protected BackOffice backOffice(AccessPolicy policy) {
        return BackOffice.builder(adapters()).accessPolicy(policy).build();
    }

    protected JournalEntrySnapshot sale(String amount) {
        return backOffice.ledger().post(alice, saleOf(cash, revenue, amount));
    }

    protected static NewJournalEntry saleOf(AccountSnapshot debit, AccountSnapshot credit, String amount) {
        return NewJournalEntry.on(JAN_15, "Cash sale").reference("INV-" + amount)
                .line(new JournalLineInput(debit.id(), Side.DEBIT, eur(amount), "till 1", Map.of("department", "shop")))
                .credit(credit.id(), eur(amount)).build();
    }

    private List<JournalSeal> allSeals(Actor actor) {
        return adapters().unitOfWork().read(() -> adapters().journalSeals().seals(actor.tenant(), 0, 100_000));
    }

    @Test
    void sealsThePostedEntriesAndVerifiesTheChainIntact() {
        List<JournalEntrySnapshot> posted = List.of(sale("10.00"), sale("20.00"), sale("30.00"));
        backOffice.ledger().saveDraft(alice, saleOf(cash, revenue, "5.00"));

        assertThat(integrity.seal(alice)).isEqualTo(3);

        JournalVerification verification = integrity.verify(alice);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.firstBreak()).isNull();
        assertThat(verification.entriesChecked()).isEqualTo(3);
        assertThat(verification.headSequence()).isEqualTo(3);
        assertThat(verification.headChainHash()).matches("[0-9a-f]{64}");
        List<JournalSeal> seals = allSeals(alice);
        assertThat(seals).extracting(JournalSeal::sequence).containsExactly(1L, 2L, 3L);
        assertThat(seals).extracting(JournalSeal::entryId)
                .containsExactlyInAnyOrderElementsOf(posted.stream().map(JournalEntrySnapshot::id).toList());
        assertThat(seals.get(2).chainHash()).isEqualTo(verification.headChainHash());
    }

    @Test
    void sealingAgainContinuesTheChain() {
        sale("1.00");
        sale("2.00");
        assertThat(integrity.seal(alice)).isEqualTo(2);
        String firstHead = integrity.verify(alice).headChainHash();

        sale("3.00");
        JournalEntrySnapshot draft = backOffice.ledger().saveDraft(alice, saleOf(cash, revenue, "4.00"));
        backOffice.ledger().postDraft(alice, draft.id());
        backOffice.ledger().postAll(alice, List.of(saleOf(cash, revenue, "5.00"), saleOf(cash, revenue, "6.00")));
        assertThat(integrity.seal(alice)).isEqualTo(4);

        JournalVerification verification = integrity.verify(alice);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(6);
        assertThat(verification.headSequence()).isEqualTo(6);
        assertThat(verification.headChainHash()).isNotEqualTo(firstHead);
        List<JournalSeal> seals = allSeals(alice);
        assertThat(seals).extracting(JournalSeal::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(seals.get(1).chainHash()).isEqualTo(firstHead);
        assertThat(seals).extracting(JournalSeal::entryId).contains(draft.id()).doesNotHaveDuplicates();
    }

    @Test
    void sealingIsIdempotent() {
        sale("1.00");
        sale("2.00");
        assertThat(integrity.seal(alice)).isEqualTo(2);
        int auditRecords = backOffice.auditTrail().records(alice, AuditQuery.all()).size();

        assertThat(integrity.seal(alice)).isZero();
        assertThat(integrity.seal(alice)).isZero();

        assertThat(allSeals(alice)).hasSize(2);
        assertThat(backOffice.auditTrail().records(alice, AuditQuery.all())).as("a call that seals nothing writes nothing")
                .hasSize(auditRecords);
        assertThat(integrity.verify(alice).entriesChecked()).isEqualTo(2);
    }

    @Test
    void aReversalAfterSealingDoesNotBreakTheChain() {
        JournalEntrySnapshot original = sale("75.00");
        sale("5.00");
        assertThat(integrity.seal(alice)).isEqualTo(2);

        JournalEntrySnapshot reversal = backOffice.ledger().reverse(alice,
                ReverseJournalEntry.of(original.id(), FEB_10, "Wrong customer"));
        assertThat(backOffice.ledger().entry(alice, original.id()).status()).isEqualTo(EntryStatus.REVERSED);

        JournalVerification afterReversal = integrity.verify(alice);
        assertThat(afterReversal.intact()).as("the status change is not content: %s", afterReversal).isTrue();
        assertThat(integrity.seal(alice)).as("only the reversing entry is new").isEqualTo(1);
        JournalVerification verification = integrity.verify(alice);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(3);
        assertThat(allSeals(alice).get(2).entryId()).isEqualTo(reversal.id());
    }

    @Test
    void sealsInBatchesAcrossOneCall() {
        int count = 1_203;
        List<NewJournalEntry> batch = new ArrayList<>(count);
        IntStream.range(0, count).forEach(i -> batch.add(saleOf(cash, revenue, (i + 1) + ".00")));
        backOffice.ledger().postAll(alice, batch);

        assertThat(integrity.seal(alice)).isEqualTo(count);

        JournalVerification verification = integrity.verify(alice);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(count);
        assertThat(allSeals(alice)).extracting(JournalSeal::sequence)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, count).mapToObj(i -> (long) i).toList());
    }

    @Test
    void eachTenantHasItsOwnChain() {
        sale("1.00");
        sale("2.00");
        backOffice.ledger().post(mallory, saleOf(foreignCash, foreignRevenue, "9.00"));

        assertThat(integrity.seal(alice)).isEqualTo(2);
        JournalVerification untouched = integrity.verify(mallory);
        assertThat(untouched.intact()).isTrue();
        assertThat(untouched.entriesChecked()).isZero();
        assertThat(untouched.headSequence()).isZero();

        assertThat(integrity.seal(mallory)).isEqualTo(1);
        assertThat(allSeals(mallory)).singleElement().satisfies(seal -> {
            assertThat(seal.sequence()).isEqualTo(1);
            assertThat(seal.tenant()).isEqualTo(otherTenant);
        });
        assertThat(integrity.verify(alice).entriesChecked()).isEqualTo(2);
        assertThat(integrity.verify(mallory).entriesChecked()).isEqualTo(1);
    }

    @Test
    void aTenantWithoutEntriesHasAnIntactEmptyChain() {
        assertThat(integrity.seal(alice)).isZero();
        JournalVerification verification = integrity.verify(alice);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isZero();
        assertThat(verification.headSequence()).isZero();
    }

    @Test
    void sealingIsAuditedAndNeedsItsPermission() {
        sale("1.00");
        AccessPolicy readOnly = (actor, permission) -> permission.equals(LedgerPermissions.READ);
        JournalIntegrity restricted = backOffice(readOnly).journalIntegrity();
        assertRefused("access.denied", () -> restricted.seal(alice));
        assertThat(restricted.verify(alice).intact()).isTrue();

        AccessPolicy sealOnly = (actor, permission) -> permission.equals(LedgerPermissions.SEAL);
        JournalIntegrity sealer = backOffice(sealOnly).journalIntegrity();
        assertThat(sealer.seal(alice)).isEqualTo(1);
        assertRefused("access.denied", () -> sealer.verify(alice));

        List<AuditRecord> audit = backOffice.auditTrail().records(alice, AuditQuery.all());
        assertThat(audit).filteredOn(r -> r.action().equals(LedgerPermissions.SEAL)).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("sealed 1 entries"));
    }

    @Test
    void thePortReadsOnlyTheTenantsData() {
        JournalEntrySnapshot mine = sale("1.00");
        JournalEntrySnapshot theirs = backOffice.ledger().post(mallory, saleOf(foreignCash, foreignRevenue, "9.00"));

        inTx(() -> {
            assertThat(adapters().journalSeals().unsealedEntries(tenant, 10)).extracting(e -> e.id()).containsExactly(mine.id());
            assertThat(adapters().journalSeals().entries(tenant, List.of(mine.id(), theirs.id()))).containsOnlyKeys(mine.id());
            assertThat(adapters().journalSeals().entries(tenant, List.of(JournalEntryId.of(newId())))).isEmpty();
            assertThat(adapters().journalSeals().head(tenant)).isEqualTo(JournalChainHead.genesis(tenant));
        });
        assertThat(integrity.seal(alice)).isEqualTo(1);
        inTx(() -> {
            assertThat(adapters().journalSeals().unsealedEntries(tenant, 10)).isEmpty();
            assertThat(adapters().journalSeals().unsealedEntries(otherTenant, 10)).extracting(e -> e.id())
                    .containsExactly(theirs.id());
            assertThat(adapters().journalSeals().seals(otherTenant, 0, 10)).isEmpty();
            assertThat(adapters().journalSeals().seals(tenant, 1, 10)).isEmpty();
            assertThat(adapters().journalSeals().head(tenant).sequence()).isEqualTo(1);
        });
    }

    @Test
    void thePortReadsEntriesWholeAsStored() {
        List<JournalEntrySnapshot> posted = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            posted.add(sale(i + ".00"));
        }
        List<JournalEntryId> ids = posted.stream().map(JournalEntrySnapshot::id).toList();
        var read = adapters().unitOfWork().read(() -> adapters().journalSeals().entries(tenant, ids));
        var unsealed = adapters().unitOfWork().read(() -> adapters().journalSeals().unsealedEntries(tenant, 100));
        assertThat(read).hasSize(30);
        assertThat(unsealed).hasSize(30);
        for (var entry : unsealed) {
            JournalEntrySnapshot stored = backOffice.ledger().entry(alice, entry.id());
            assertThat(JournalEntrySnapshot.of(entry)).isEqualTo(stored);
            assertThat(JournalEntrySnapshot.of(read.get(entry.id()))).isEqualTo(stored);
            assertThat(entry.lines()).hasSize(2);
        }
    }

    @Test
    void unsealedEntriesComeInPostingOrderAndSealsPageBySequence() {
        List<JournalEntrySnapshot> posted = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            posted.add(sale(i + ".00"));
        }
        List<JournalEntryId> expected = posted.stream()
                .sorted(java.util.Comparator.comparing(JournalEntrySnapshot::postedAt))
                .map(JournalEntrySnapshot::id).toList();
        List<JournalEntryId> unsealed = adapters().unitOfWork().read(() -> adapters().journalSeals()
                .unsealedEntries(tenant, 3)).stream().map(e -> e.id()).toList();
        assertThat(unsealed).hasSize(3);
        if (posted.stream().map(JournalEntrySnapshot::postedAt).distinct().count() == posted.size()) {
            assertThat(unsealed).containsExactlyElementsOf(expected.subList(0, 3));
        }
        assertThat(integrity.seal(alice)).isEqualTo(5);
        List<JournalSeal> page = adapters().unitOfWork().read(() -> adapters().journalSeals().seals(tenant, 2, 2));
        assertThat(page).extracting(JournalSeal::sequence).containsExactly(3L, 4L);
    }
}
