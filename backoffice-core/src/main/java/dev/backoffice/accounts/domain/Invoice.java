package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.RecordedEvents;
import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A customer invoice, customer credit note, supplier bill or supplier debit note.
 *
 * <p>A draft has no number and posts nothing; it can be revised. Issuing numbers it, fixes its
 * dates and totals and records its journal entry; from then on its lines and amounts never
 * change. What changes is what is settled on it (payment allocations, notes applied, allocations
 * undone), kept as a list of {@link Settlement}s, and what notes corrected of it. A note links to
 * the document it corrects; the notes of a document never credit more than its gross total.
 */
public final class Invoice {

    private final InvoiceId id;
    private final TenantId tenant;
    private final InvoiceKind kind;
    private final PartyId party;
    private final Currency currency;
    private final InvoiceId correctionOf;
    private List<InvoiceLine> lines;
    private DocumentTotals totals;
    private String reference;
    private InvoiceStatus status;
    private String number;
    private LocalDate issueDate;
    private LocalDate dueDate;
    private JournalEntryId journalEntry;
    private final List<Settlement> settlements;
    private Money credited;
    private final String createdBy;
    private final Instant createdAt;
    private String issuedBy;
    private Instant issuedAt;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private Invoice(InvoiceId id, TenantId tenant, InvoiceKind kind, PartyId party, Currency currency,
                    InvoiceId correctionOf, List<InvoiceLine> lines, DocumentTotals totals, String reference,
                    InvoiceStatus status, String number, LocalDate issueDate, LocalDate dueDate,
                    JournalEntryId journalEntry, List<Settlement> settlements, Money credited, String createdBy,
                    Instant createdAt, String issuedBy, Instant issuedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.party = Objects.requireNonNull(party, "party");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.correctionOf = correctionOf;
        this.lines = List.copyOf(lines);
        this.totals = Objects.requireNonNull(totals, "totals");
        this.reference = reference;
        this.status = Objects.requireNonNull(status, "status");
        this.number = number;
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.journalEntry = journalEntry;
        this.settlements = new ArrayList<>(settlements);
        this.credited = Objects.requireNonNull(credited, "credited");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.version = version;
    }

    /**
     * Drafts a document. A note must name the document it corrects, and only a note may; the
     * lines are checked and priced by {@code totals}, in the document's currency.
     *
     * @param id           the new document's id
     * @param tenant       the tenant
     * @param kind         invoice, bill or note
     * @param party        the customer or supplier
     * @param currency     the document's currency, the party's
     * @param correctionOf the document a note corrects, or null
     * @param lines        the lines, at least one
     * @param totals       the totals of the lines
     * @param reference    an outside reference, or null
     * @param createdBy    the id of the actor who drafts it
     * @param now          the current instant
     * @param eventIds     makes the ids of the events recorded
     * @return the draft
     */
    public static Invoice draft(InvoiceId id, TenantId tenant, InvoiceKind kind, PartyId party, Currency currency,
                                InvoiceId correctionOf, List<InvoiceLine> lines, DocumentTotals totals,
                                String reference, String createdBy, Instant now, Supplier<UUID> eventIds) {
        if (kind.isCorrection() != (correctionOf != null)) {
            throw new RuleViolationException(ReceivablesError.INVOICE_INVALID_CORRECTION, kind.isCorrection()
                    ? "A credit or debit note must name the invoice or bill it corrects."
                    : "Only a credit or debit note corrects another document.");
        }
        requireLines(lines);
        Invoice invoice = new Invoice(id, tenant, kind, party, currency, correctionOf, lines, totals,
                blankToNull(reference), InvoiceStatus.DRAFT, null, null, null, null, List.of(), Money.zero(currency),
                createdBy, now, null, null, 0);
        invoice.events.record(new InvoiceDrafted(eventIds.get(), tenant, now, id, kind, party));
        return invoice;
    }

    /**
     * Rebuilds a stored document (for adapters).
     *
     * @param id the id
     * @param tenant the tenant
     * @param kind the kind, as stored
     * @param party the party, as stored
     * @param currency the currency, as stored
     * @param correctionOf the correction of, as stored
     * @param lines the lines, as stored
     * @param totals the totals, as stored
     * @param reference the reference, as stored
     * @param status the status, as stored
     * @param number the number, as stored
     * @param issueDate the issue date, as stored
     * @param dueDate the due date, as stored
     * @param journalEntry the journal entry, as stored
     * @param settlements the settlements, as stored
     * @param credited the credited, as stored
     * @param createdBy the id of the actor who created it, as stored
     * @param createdAt when it was created, as stored
     * @param issuedBy the issued by, as stored
     * @param issuedAt the issued at, as stored
     * @param version the stored version, for optimistic locking
     * @return the invoice, with no events recorded
     */
    public static Invoice restore(InvoiceId id, TenantId tenant, InvoiceKind kind, PartyId party, Currency currency,
                                  InvoiceId correctionOf, List<InvoiceLine> lines, DocumentTotals totals,
                                  String reference, InvoiceStatus status, String number, LocalDate issueDate,
                                  LocalDate dueDate, JournalEntryId journalEntry, List<Settlement> settlements,
                                  Money credited, String createdBy, Instant createdAt, String issuedBy,
                                  Instant issuedAt, long version) {
        return new Invoice(id, tenant, kind, party, currency, correctionOf, lines, totals, reference, status, number,
                issueDate, dueDate, journalEntry, settlements, credited, createdBy, createdAt, issuedBy, issuedAt,
                version);
    }

    private static void requireLines(List<InvoiceLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new RuleViolationException(ReceivablesError.INVOICE_INVALID_LINE, "A document needs at least one line.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Replaces the lines and reference of a draft ({@code receivables.invoice.not_draft} once issued).
     *
     * @param newLines     the new lines
     * @param newTotals    their totals
     * @param newReference the new reference, or null
     * @param now          the current instant
     * @param eventIds     makes the ids of the events recorded
     */
    public void revise(List<InvoiceLine> newLines, DocumentTotals newTotals, String newReference, Instant now,
                       Supplier<UUID> eventIds) {
        requireDraft();
        requireLines(newLines);
        this.lines = List.copyOf(newLines);
        this.totals = Objects.requireNonNull(newTotals, "totals");
        this.reference = blankToNull(newReference);
        events.record(new InvoiceRevised(eventIds.get(), tenant, now, id));
    }

    /**
     * Checks that the draft can be issued with these totals: it is a draft
     * ({@code receivables.invoice.not_draft}) and its gross total is above zero
     * ({@code receivables.invoice.zero_total}).
     *
     * @param issueTotals the totals at issue
     */
    public void requireIssuable(DocumentTotals issueTotals) {
        requireDraft();
        if (!issueTotals.gross().isPositive()) {
            throw new RuleViolationException(ReceivablesError.INVOICE_ZERO_TOTAL,
                    "A document must total more than zero to be issued, not " + issueTotals.gross() + ".");
        }
    }

    /**
     * Issues the draft: its number, dates, final totals and the journal entry that posted it.
     *
     * @param documentNumber the number taken from the series
     * @param date           the issue date
     * @param due            the due date
     * @param issueTotals    the final totals
     * @param entry          the journal entry that posted it
     * @param actorId        the id of the actor who issued it
     * @param now            the current instant
     * @param eventIds       makes the ids of the events recorded
     */
    public void issue(String documentNumber, LocalDate date, LocalDate due, DocumentTotals issueTotals,
                      JournalEntryId entry, String actorId, Instant now, Supplier<UUID> eventIds) {
        requireIssuable(issueTotals);
        this.number = Objects.requireNonNull(documentNumber, "number");
        this.issueDate = Objects.requireNonNull(date, "issueDate");
        this.dueDate = Objects.requireNonNull(due, "dueDate");
        this.totals = issueTotals;
        this.journalEntry = Objects.requireNonNull(entry, "entry");
        this.status = InvoiceStatus.ISSUED;
        this.issuedBy = actorId;
        this.issuedAt = now;
        events.record(new InvoiceIssued(eventIds.get(), tenant, now, id, kind, documentNumber, totals.gross(), entry));
    }

    /**
     * Settles part of the open amount: a payment allocated or a note applied. Refused with
     * {@code receivables.invoice.not_open} unless issued and open, and with
     * {@code receivables.payment.allocation_exceeds_open} above the open amount.
     *
     * @param source   the id of the allocation or note that settles
     * @param date     the date of the settlement
     * @param amount   the amount settled, above zero
     * @param now      the current instant
     * @param eventIds makes the ids of the events recorded
     */
    public void settle(UUID source, LocalDate date, Money amount, Instant now, Supplier<UUID> eventIds) {
        if (!isIssued() || status == InvoiceStatus.PAID) {
            throw new RuleViolationException(ReceivablesError.INVOICE_NOT_OPEN,
                    "Document " + label() + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
                            + ": there is nothing open to settle.");
        }
        if (!amount.isPositive() || amount.isGreaterThan(open())) {
            throw new RuleViolationException(ReceivablesError.PAYMENT_ALLOCATION_EXCEEDS_OPEN,
                    "Document " + label() + " has " + open() + " open; " + amount + " cannot be settled on it.");
        }
        Payment.requireOnOrAfter(date, issueDate, "the issue date of " + label());
        change(new Settlement(source, date, amount), now, eventIds);
    }

    /**
     * Undoes a settlement of {@code source} (an allocation undone): the amount is open again.
     *
     * @param source   the id of the allocation undone
     * @param date     the date of the undo
     * @param amount   the amount open again
     * @param now      the current instant
     * @param eventIds makes the ids of the events recorded
     */
    public void unsettle(UUID source, LocalDate date, Money amount, Instant now, Supplier<UUID> eventIds) {
        if (!amount.isPositive() || amount.isGreaterThan(settled())) {
            throw new IllegalArgumentException("cannot unsettle " + amount + " of " + settled() + " on " + label());
        }
        change(new Settlement(source, date, amount.negate()), now, eventIds);
    }

    private void change(Settlement settlement, Instant now, Supplier<UUID> eventIds) {
        settlements.add(settlement);
        Money open = open();
        status = open.isZero() ? InvoiceStatus.PAID
                : open.equals(totals.gross()) ? InvoiceStatus.ISSUED : InvoiceStatus.PARTIALLY_PAID;
        events.record(new InvoiceSettlementChanged(eventIds.get(), tenant, now, id, status, open));
    }

    /**
     * Records that a note of {@code noteGross} corrects this document; the notes together may not
     * credit more than its gross total ({@code receivables.invoice.correction_exceeds_original}).
     *
     * @param noteKind  the kind of the note
     * @param noteGross the note's gross total
     */
    public void recordCorrection(InvoiceKind noteKind, Money noteGross) {
        if (!isIssued() || kind.correctedBy().filter(noteKind::equals).isEmpty()) {
            throw new RuleViolationException(ReceivablesError.INVOICE_INVALID_CORRECTION,
                    "A " + noteKind + " cannot correct " + kind + " " + label() + " in status " + status + ".");
        }
        Money after = credited.plus(noteGross);
        if (after.isGreaterThan(totals.gross())) {
            throw new RuleViolationException(ReceivablesError.INVOICE_CORRECTION_EXCEEDS_ORIGINAL,
                    "Document " + label() + " was issued for " + totals.gross() + " and " + credited
                            + " of it is corrected already; a note of " + noteGross + " would correct too much.");
        }
        credited = after;
    }

    private void requireDraft() {
        if (status != InvoiceStatus.DRAFT) {
            throw new RuleViolationException(ReceivablesError.INVOICE_NOT_DRAFT, "Document " + label()
                    + " is issued and never changes; correct it with a credit or debit note.");
        }
    }

    private String label() {
        return number != null ? number : id.toString();
    }

    /** {@return whether the invoice is issued} */
    public boolean isIssued() {
        return status != InvoiceStatus.DRAFT;
    }

    /**
     * What is settled on it: allocations and notes applied, less allocations undone.
     *
     * @return the settled amount
     */
    public Money settled() {
        Money sum = Money.zero(currency);
        for (Settlement s : settlements) {
            sum = sum.plus(s.amount());
        }
        return sum;
    }

    /**
     * What is still owed on it (zero for a draft).
     *
     * @return the open amount
     */
    public Money open() {
        return isIssued() ? totals.gross().minus(settled()) : Money.zero(currency);
    }

    /**
     * What was owed on it at the end of {@code date}: zero before its issue date.
     *
     * @param date the day
     * @return the open amount at the end of that day
     */
    public Money openOn(LocalDate date) {
        if (!isIssued() || issueDate.isAfter(date)) {
            return Money.zero(currency);
        }
        Money open = totals.gross();
        for (Settlement s : settlements) {
            if (!s.date().isAfter(date)) {
                open = open.minus(s.amount());
            }
        }
        return open;
    }

    /** {@return the events recorded since the last pull, oldest first; they are forgotten} */
    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    /** {@return the id of the invoice} */
    public InvoiceId id() {
        return id;
    }

    /** {@return the tenant the invoice belongs to} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the kind of the invoice} */
    public InvoiceKind kind() {
        return kind;
    }

    /** {@return the party of the invoice} */
    public PartyId party() {
        return party;
    }

    /** {@return the currency of the invoice} */
    public Currency currency() {
        return currency;
    }

    /** {@return the document this note corrects, if it is a note} */
    public Optional<InvoiceId> correctionOf() {
        return Optional.ofNullable(correctionOf);
    }

    /** {@return the lines of the invoice} */
    public List<InvoiceLine> lines() {
        return lines;
    }

    /**
     * The totals: a preview computed at the last revision while a draft, final once issued.
     *
     * @return the totals
     */
    public DocumentTotals totals() {
        return totals;
    }

    /** {@return the reference of the invoice, if any} */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    /** {@return the status of the invoice} */
    public InvoiceStatus status() {
        return status;
    }

    /** {@return the number of the invoice, if any} */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    /** {@return the issue date of the invoice, if any} */
    public Optional<LocalDate> issueDate() {
        return Optional.ofNullable(issueDate);
    }

    /** {@return the due date of the invoice, if any} */
    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(dueDate);
    }

    /** {@return the journal entry of the invoice, if any} */
    public Optional<JournalEntryId> journalEntry() {
        return Optional.ofNullable(journalEntry);
    }

    /** {@return the settlements of the invoice} */
    public List<Settlement> settlements() {
        return List.copyOf(settlements);
    }

    /**
     * The gross total of the notes that corrected it.
     *
     * @return the credited amount
     */
    public Money credited() {
        return credited;
    }

    /** {@return the id of the actor who created the invoice} */
    public String createdBy() {
        return createdBy;
    }

    /** {@return when the invoice was created} */
    public Instant createdAt() {
        return createdAt;
    }

    /** {@return the id of the actor who issued the invoice, if any} */
    public Optional<String> issuedBy() {
        return Optional.ofNullable(issuedBy);
    }

    /** {@return when the invoice was issued} */
    public Optional<Instant> issuedAt() {
        return Optional.ofNullable(issuedAt);
    }

    /** {@return the stored version of the invoice, for optimistic locking} */
    public long version() {
        return version;
    }
}
