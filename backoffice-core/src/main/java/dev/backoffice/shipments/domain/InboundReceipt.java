package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Goods expected from a supplier into an internal stock location (by id), line by line, with the
 * supplier's unit cost, received in one or several deliveries. Each delivery line splits what came
 * into the quantity accepted (which enters stock, through the stock context, at the line's cost) and
 * the quantity rejected (with a reason; it never enters stock). Quantities are kept in the items'
 * base units.
 *
 * <p>Rules: a line is fulfilled when what was accepted of it reaches what was expected; accepting
 * more than expected plus the receipt's allowed over-receipt (a percentage of the line, 0 by default)
 * is refused with {@code shipments.receipt.over_received}; rejected goods do not count. The state
 * goes {@code EXPECTED} -> {@code PARTIALLY_RECEIVED} (something accepted) -> {@code RECEIVED} (every
 * line fulfilled); an open receipt with something accepted may be closed short, one with nothing
 * accepted cancelled. Every delivery and step is kept in the history and records an event.
 */
public final class InboundReceipt {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final InboundReceiptId id;
    private final TenantId tenant;
    private final String supplier;
    private final String supplierReference;
    private final UUID destination;
    private final LocalDate expectedDate;
    private final int overReceiptPercent;
    private final List<InboundLine> lines;
    private InboundReceiptStatus status;
    private final List<InboundGoods> goods;
    private final List<InboundReceiptStep> history;
    private final Instant createdAt;
    private final String createdBy;
    private final long version;
    private final List<DomainEvent> events = new ArrayList<>();

    private InboundReceipt(InboundReceiptId id, TenantId tenant, String supplier, String supplierReference,
                           UUID destination, LocalDate expectedDate, int overReceiptPercent, List<InboundLine> lines,
                           InboundReceiptStatus status, List<InboundGoods> goods, List<InboundReceiptStep> history,
                           Instant createdAt, String createdBy, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.supplierReference = supplierReference;
        this.destination = Objects.requireNonNull(destination, "destination");
        this.expectedDate = Objects.requireNonNull(expectedDate, "expectedDate");
        if (overReceiptPercent < 0 || overReceiptPercent > 100) {
            throw new IllegalArgumentException("over-receipt is 0 to 100 percent");
        }
        this.overReceiptPercent = overReceiptPercent;
        this.lines = List.copyOf(lines);
        this.status = Objects.requireNonNull(status, "status");
        this.goods = new ArrayList<>(goods == null ? List.of() : goods);
        this.history = new ArrayList<>(history == null ? List.of() : history);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.version = version;
    }

    /**
     * A new receipt, expected from the supplier. Refused with {@code shipments.receipt.lines_invalid}
     * without lines, with lines not numbered 1, 2, ..., expecting zero or less, at a negative unit
     * cost, or with unit costs in two currencies.
     *
     * @param id                 its id
     * @param tenant             its tenant
     * @param supplier           the supplier: the host's party id or reference
     * @param supplierReference  the supplier's reference (its delivery note or order confirmation), or null
     * @param destination        the internal location the goods are expected into
     * @param expectedDate       when they are expected
     * @param overReceiptPercent how much more than expected may be accepted of a line, in percent (0 to 100)
     * @param lines              what is expected
     * @param actor              who expects it
     * @param now                when
     * @param ids                makes event ids
     * @return the receipt, with its event recorded
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.receipt.lines_invalid}, as above
     */
    public static InboundReceipt expect(InboundReceiptId id, TenantId tenant, String supplier, String supplierReference,
                                        UUID destination, LocalDate expectedDate, int overReceiptPercent,
                                        List<InboundLine> lines, String actor, Instant now, Supplier<UUID> ids) {
        if (lines == null || lines.isEmpty()) {
            throw new RuleViolationException(ShipmentsError.RECEIPT_LINES_INVALID, "A receipt needs at least one line.");
        }
        for (int i = 0; i < lines.size(); i++) {
            InboundLine line = lines.get(i);
            if (line.number() != i + 1) {
                throw new RuleViolationException(ShipmentsError.RECEIPT_LINES_INVALID, "Receipt lines are numbered 1, 2, ...");
            }
            if (!line.expected().isPositive()) {
                throw new RuleViolationException(ShipmentsError.RECEIPT_LINES_INVALID,
                        "Line " + line.number() + " expects " + line.expected() + ": a line expects more than zero.");
            }
            if (line.unitCost().isNegative()) {
                throw new RuleViolationException(ShipmentsError.RECEIPT_LINES_INVALID,
                        "Line " + line.number() + " costs less than zero.");
            }
            if (!line.unitCost().hasSameCurrencyAs(lines.get(0).unitCost())) {
                throw new RuleViolationException(ShipmentsError.RECEIPT_LINES_INVALID,
                        "The unit costs of a receipt are in one currency.");
            }
        }
        InboundReceipt receipt = new InboundReceipt(id, tenant, supplier, supplierReference, destination, expectedDate,
                overReceiptPercent, lines, InboundReceiptStatus.EXPECTED, List.of(), List.of(), now, actor, 0);
        receipt.events.add(new InboundReceiptExpected(ids.get(), tenant, now, id, supplier, lines.size(), expectedDate,
                actor));
        return receipt;
    }

    /**
     * Rebuilds a stored receipt (for adapters).
     *
     * @param id                 its id
     * @param tenant             its tenant
     * @param supplier           the supplier
     * @param supplierReference  the supplier's reference, or null
     * @param destination        the internal location the goods are expected into
     * @param expectedDate       when they are expected
     * @param overReceiptPercent the allowed over-receipt in percent
     * @param lines              its lines
     * @param status             its state
     * @param goods              what its deliveries brought, in order
     * @param history            its steps, oldest first
     * @param createdAt          when it was expected
     * @param createdBy          who expected it
     * @param version            the stored version
     * @return the receipt
     */
    public static InboundReceipt restore(InboundReceiptId id, TenantId tenant, String supplier, String supplierReference,
                                         UUID destination, LocalDate expectedDate, int overReceiptPercent,
                                         List<InboundLine> lines, InboundReceiptStatus status, List<InboundGoods> goods,
                                         List<InboundReceiptStep> history, Instant createdAt, String createdBy,
                                         long version) {
        return new InboundReceipt(id, tenant, supplier, supplierReference, destination, expectedDate,
                overReceiptPercent, lines, status, goods, history, createdAt, createdBy, version);
    }

    /** {@return the number the next delivery gets: 1, 2, ...} */
    public int nextDelivery() {
        return goods.stream().mapToInt(InboundGoods::delivery).max().orElse(0) + 1;
    }

    /**
     * Checks a delivery without recording it: refused with {@code shipments.receipt.not_allowed}
     * unless open, {@code shipments.receipt.line_unknown} (a line it does not have, or one line
     * twice), {@code shipments.receipt.lines_invalid} (no goods, nothing accepted nor rejected, less
     * than zero, in another unit than the line's), {@code shipments.receipt.reason_required},
     * {@code shipments.receipt.lot_mismatch}, {@code shipments.line.serials_mismatch} (serial numbers
     * given that are not one distinct number per accepted unit), or
     * {@code shipments.receipt.over_received}.
     *
     * @param delivered the goods of one delivery, one per line at most
     * @throws dev.backoffice.common.RuleViolationException with the codes above; nothing is recorded
     */
    public void check(List<InboundGoods> delivered) {
        if (!status.isOpen()) {
            throw new RuleViolationException(ShipmentsError.RECEIPT_NOT_ALLOWED, "Receipt " + id + " is " + status
                    + ": goods are received against an expected or partially received receipt.");
        }
        if (delivered == null || delivered.isEmpty()) {
            throw new RuleViolationException(ShipmentsError.RECEIPT_LINES_INVALID, "A delivery brings at least one line.");
        }
        Set<Integer> seen = new HashSet<>();
        for (InboundGoods g : delivered) {
            InboundLine line = line(g.line());
            if (line == null || !seen.add(g.line())) {
                throw new RuleViolationException(ShipmentsError.RECEIPT_LINE_UNKNOWN, "Receipt " + id
                        + " has no line " + g.line() + ", or the delivery names it twice.");
            }
            String unit = line.expected().unit();
            if (!g.accepted().hasUnit(unit) || !g.rejected().hasUnit(unit) || g.accepted().isNegative()
                    || g.rejected().isNegative() || (g.accepted().isZero() && g.rejected().isZero())) {
                throw new RuleViolationException(ShipmentsError.RECEIPT_LINES_INVALID, "Line " + line.number()
                        + " of a delivery accepts or rejects more than zero, none less than zero, in " + unit + ".");
            }
            if (g.rejected().isPositive() && (g.rejectReason() == null || g.rejectReason().isBlank())) {
                throw new RuleViolationException(ShipmentsError.RECEIPT_REASON_REQUIRED,
                        "Line " + line.number() + " rejects goods: give the reason.");
            }
            if (line.lot() != null && g.lot() != null && !line.lot().equals(g.lot())) {
                throw new RuleViolationException(ShipmentsError.RECEIPT_LOT_MISMATCH, "Line " + line.number()
                        + " expects lot " + line.lot() + ", not " + g.lot() + ".");
            }
            if (!g.serials().isEmpty() && (g.serials().size() != new HashSet<>(g.serials()).size()
                    || g.accepted().value().compareTo(BigDecimal.valueOf(g.serials().size())) != 0)) {
                throw new RuleViolationException(ShipmentsError.SERIALS_MISMATCH, "Line " + line.number()
                        + " lists serial numbers that are not one distinct number per accepted unit.");
            }
            Quantity after = accepted(line.number()).plus(g.accepted());
            if (after.isGreaterThan(allowed(line))) {
                throw new RuleViolationException(ShipmentsError.RECEIPT_OVER_RECEIVED, "Line " + line.number()
                        + " expects " + line.expected() + " (at most " + allowed(line) + " with the allowed over-receipt); "
                        + after + " cannot be accepted.");
            }
        }
    }

    /**
     * Records a delivery checked with {@link #check}: its goods, the step in the history (from the
     * state before to the state after) and {@link InboundGoodsReceived}.
     *
     * @param delivered the goods of the delivery, with their stock moves
     * @param actor     who received them
     * @param now       when
     * @param note      a note for the history, or null
     * @param ids       makes event ids
     */
    public void receive(List<InboundGoods> delivered, String actor, Instant now, String note, Supplier<UUID> ids) {
        check(delivered);
        int delivery = nextDelivery();
        for (InboundGoods g : delivered) {
            if (g.delivery() != delivery) {
                throw new IllegalArgumentException("goods of delivery " + delivery + " expected");
            }
        }
        InboundReceiptStatus from = status;
        goods.addAll(delivered);
        boolean anyAccepted = goods.stream().anyMatch(g -> g.accepted().isPositive());
        boolean complete = lines.stream().allMatch(l -> !accepted(l.number()).isLessThan(l.expected()));
        status = complete ? InboundReceiptStatus.RECEIVED
                : anyAccepted ? InboundReceiptStatus.PARTIALLY_RECEIVED : InboundReceiptStatus.EXPECTED;
        history.add(new InboundReceiptStep(InboundReceiptTransition.RECEIVE, from, status, actor, now, note));
        events.add(new InboundGoodsReceived(ids.get(), tenant, now, id, supplier, delivery,
                delivered.stream().anyMatch(g -> g.rejected().isPositive()), status, actor));
    }

    /**
     * Closes a partially received receipt: nothing more is expected of it
     * ({@code shipments.receipt.not_allowed} in any other state).
     *
     * @param actor who closes it
     * @param now   when
     * @param note  why, or null
     * @param ids   makes event ids
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.receipt.not_allowed} unless
     *         partially received
     */
    public void closeShort(String actor, Instant now, String note, Supplier<UUID> ids) {
        step(InboundReceiptTransition.CLOSE_SHORT, InboundReceiptStatus.PARTIALLY_RECEIVED,
                InboundReceiptStatus.CLOSED_SHORT, actor, now, note);
        events.add(new InboundReceiptClosedShort(ids.get(), tenant, now, id, supplier, actor));
    }

    /**
     * Cancels a receipt of which nothing was accepted ({@code shipments.receipt.not_allowed} in any
     * other state).
     *
     * @param actor who cancels it
     * @param now   when
     * @param note  why, or null
     * @param ids   makes event ids
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.receipt.not_allowed} unless still
     *         expected (nothing accepted yet)
     */
    public void cancel(String actor, Instant now, String note, Supplier<UUID> ids) {
        step(InboundReceiptTransition.CANCEL, InboundReceiptStatus.EXPECTED, InboundReceiptStatus.CANCELLED, actor, now,
                note);
        events.add(new InboundReceiptCancelled(ids.get(), tenant, now, id, supplier, actor));
    }

    private void step(InboundReceiptTransition transition, InboundReceiptStatus required, InboundReceiptStatus to,
                      String actor, Instant now, String note) {
        if (status != required) {
            throw new RuleViolationException(ShipmentsError.RECEIPT_NOT_ALLOWED, "Receipt " + id + " is " + status
                    + "; " + transition.name().toLowerCase(java.util.Locale.ROOT) + " needs " + required + ".");
        }
        history.add(new InboundReceiptStep(transition, status, to, actor, now, note));
        status = to;
    }

    /**
     * The most that may be accepted of a line: what it expects plus the allowed over-receipt, at the
     * line's precision rounded down.
     *
     * @param line a line of the receipt
     * @return the quantity, in the line's unit
     */
    public Quantity allowed(InboundLine line) {
        BigDecimal extra = line.expected().value().multiply(BigDecimal.valueOf(overReceiptPercent))
                .divide(HUNDRED, 6, java.math.RoundingMode.DOWN);
        return Quantity.of(line.expected().value().add(extra), line.expected().unit());
    }

    /**
     * What was accepted of a line over every delivery.
     *
     * @param number the line's number
     * @return the quantity, in the line's unit (zero when the receipt has no such line)
     */
    public Quantity accepted(int number) {
        InboundLine line = line(number);
        Quantity sum = Quantity.zero(line == null ? "pc" : line.expected().unit());
        for (InboundGoods g : goods) {
            if (g.line() == number) {
                sum = sum.plus(g.accepted());
            }
        }
        return sum;
    }

    /**
     * What was rejected of a line over every delivery.
     *
     * @param number the line's number
     * @return the quantity, in the line's unit (zero when the receipt has no such line)
     */
    public Quantity rejected(int number) {
        InboundLine line = line(number);
        Quantity sum = Quantity.zero(line == null ? "pc" : line.expected().unit());
        for (InboundGoods g : goods) {
            if (g.line() == number) {
                sum = sum.plus(g.rejected());
            }
        }
        return sum;
    }

    /**
     * The line of that number.
     *
     * @param number 1, 2, ...
     * @return the line, or null when there is none
     */
    public InboundLine line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : null;
    }

    /**
     * Whether it is late as of a day: still open and expected before that day.
     *
     * @param today the day
     * @return whether it is late
     */
    public boolean isLate(LocalDate today) {
        return status.isOpen() && expectedDate.isBefore(today);
    }

    /** {@return the events recorded since the last call, and forgets them} */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** {@return its id} */
    public InboundReceiptId id() {
        return id;
    }

    /** {@return its tenant} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the supplier: the host's party id or reference} */
    public String supplier() {
        return supplier;
    }

    /** {@return the supplier's reference, or null} */
    public String supplierReference() {
        return supplierReference;
    }

    /** {@return the internal location the goods are expected into} */
    public UUID destination() {
        return destination;
    }

    /** {@return when the goods are expected} */
    public LocalDate expectedDate() {
        return expectedDate;
    }

    /** {@return how much more than expected may be accepted of a line, in percent} */
    public int overReceiptPercent() {
        return overReceiptPercent;
    }

    /** {@return its lines} */
    public List<InboundLine> lines() {
        return lines;
    }

    /** {@return its state} */
    public InboundReceiptStatus status() {
        return status;
    }

    /** {@return what its deliveries brought, in the order received} */
    public List<InboundGoods> goods() {
        return List.copyOf(goods);
    }

    /** {@return its steps, oldest first} */
    public List<InboundReceiptStep> history() {
        return List.copyOf(history);
    }

    /** {@return when it was expected} */
    public Instant createdAt() {
        return createdAt;
    }

    /** {@return who expected it} */
    public String createdBy() {
        return createdBy;
    }

    /** {@return the version it was read at} */
    public long version() {
        return version;
    }
}
