package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.RecordedEvents;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A physical count (stocktake) of one internal location: counted quantities are recorded per item
 * and lot while it is open; posting compares each with what the books say and posts the variance
 * as an adjustment against inventory loss, with the line's reason. A location has at most one open
 * count.
 */
public final class PhysicalCount {

    /** The most lines one count holds. */
    public static final int MAX_LINES = 10_000;

    private final CountId id;
    private final TenantId tenant;
    private final LocationId location;
    private final String reference;
    private List<CountLine> lines;
    private CountStatus status;
    private final String openedBy;
    private final Instant openedAt;
    private Instant closedAt;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private PhysicalCount(CountId id, TenantId tenant, LocationId location, String reference, List<CountLine> lines,
                          CountStatus status, String openedBy, Instant openedAt, Instant closedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.location = Objects.requireNonNull(location, "location");
        this.reference = reference;
        this.lines = List.copyOf(lines);
        this.status = Objects.requireNonNull(status, "status");
        this.openedBy = Objects.requireNonNull(openedBy, "openedBy");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.closedAt = closedAt;
        this.version = version;
    }

    /**
     * Opens a count of an internal location ({@code stock.location.not_internal} otherwise).
     *
     * @param id        its id
     * @param location  the internal location to count, with those under it
     * @param reference the host's reference, or null
     * @param by        who opens it
     * @param now       the time of the cancellation
     * @param ids       makes the ids of the events it records
     * @return the open count
     */
    public static PhysicalCount open(CountId id, StockLocation location, String reference, String by, Instant now,
                                     Supplier<UUID> ids) {
        if (!location.isInternal()) {
            throw new RuleViolationException(StockError.LOCATION_NOT_INTERNAL,
                    "Only internal locations are counted, not " + location.code() + ".");
        }
        PhysicalCount count = new PhysicalCount(id, location.tenant(), location.id(),
                reference == null || reference.isBlank() ? null : reference.strip(), List.of(), CountStatus.OPEN, by,
                now, null, 0);
        count.events.record(new PhysicalCountOpened(ids.get(), location.tenant(), now, id, location.id()));
        return count;
    }

    /**
     * Rebuilds a stored count (for adapters).
     *
     * @param id        its id
     * @param tenant    the tenant it belongs to
     * @param location  the counted location
     * @param reference the host's reference, or null
     * @param lines     the recorded lines
     * @param status    where it stands
     * @param openedBy  who opened it
     * @param openedAt  when it was opened
     * @param closedAt  when it was posted or cancelled, or null
     * @param version   the stored version it was read at
     * @return the count as stored
     */
    public static PhysicalCount restore(CountId id, TenantId tenant, LocationId location, String reference,
                                        List<CountLine> lines, CountStatus status, String openedBy, Instant openedAt,
                                        Instant closedAt, long version) {
        return new PhysicalCount(id, tenant, location, reference, lines, status, openedBy, openedAt, closedAt, version);
    }

    /**
     * Records what was counted of an item and lot, replacing an earlier record of the same. Refused
     * with {@code stock.count.not_open} and {@code stock.count.negative_quantity}; for a
     * serial-tracked item a serial number is counted 0 or 1 ({@code stock.serial.count_mismatch}).
     *
     * @param item    the counted item
     * @param lot     the lot code or serial number, or null for an untracked item
     * @param counted what was counted, in the base unit
     * @param reason  why the books are wrong, or null for a miscount
     */
    public void record(StockItem item, String lot, BigDecimal counted, AdjustmentReason reason) {
        requireOpen();
        if (counted.signum() < 0) {
            throw new RuleViolationException(StockError.COUNT_NEGATIVE_QUANTITY, "A counted quantity is zero or more.");
        }
        if (item.tracking() == Tracking.SERIAL && counted.compareTo(BigDecimal.ONE) > 0) {
            throw new RuleViolationException(StockError.SERIAL_COUNT_MISMATCH,
                    "A serial number of " + item.sku() + " is counted 0 or 1 times.");
        }
        if (item.tracking() == Tracking.NONE != lot.isEmpty()) {
            throw new RuleViolationException(item.tracking() == Tracking.NONE ? StockError.LOT_NOT_ALLOWED
                    : StockError.LOT_REQUIRED, item.tracking() == Tracking.NONE
                    ? "Item " + item.sku() + " is not tracked: its count names no lot."
                    : "Item " + item.sku() + " is tracked: count each lot or serial number.");
        }
        List<CountLine> next = new ArrayList<>(lines.size() + 1);
        for (CountLine line : lines) {
            if (!line.isFor(item.id(), lot)) {
                next.add(line);
            }
        }
        if (next.size() >= MAX_LINES) {
            throw new RuleViolationException(StockError.COUNT_TOO_MANY_LINES, "A count holds at most " + MAX_LINES + " lines.");
        }
        next.add(new CountLine(item.id(), lot, item.baseUnit(), counted, reason, null, null));
        lines = List.copyOf(next);
    }

    /**
     * Marks the count posted with, per line, what the books said and the adjustment that posted the
     * variance (absent when there was none). Refused with {@code stock.count.not_open} and, for a
     * count without lines, {@code stock.count.empty}.
     *
     * @param postedLines the lines with what the books said and their adjustments
     * @param now         the time of the cancellation
     * @param ids         makes the ids of the events it records
     */
    public void post(List<CountLine> postedLines, Instant now, Supplier<UUID> ids) {
        requireOpen();
        if (postedLines.size() != lines.size()) {
            throw new IllegalArgumentException("every line is posted");
        }
        lines = List.copyOf(postedLines);
        status = CountStatus.POSTED;
        closedAt = now;
        events.record(new PhysicalCountPosted(ids.get(), tenant, now, id, location, lines.stream()
                .map(CountLine::adjustment).filter(Objects::nonNull).toList()));
    }

    /** Throws unless lines can be posted: open and not empty. */
    public void requirePostable() {
        requireOpen();
        if (lines.isEmpty()) {
            throw new RuleViolationException(StockError.COUNT_EMPTY, "Count " + id + " has no counted quantities.");
        }
    }

    /**
     * Cancels the count; nothing is posted.
     *
     * @param now the time of the cancellation
     */
    public void cancel(Instant now) {
        requireOpen();
        status = CountStatus.CANCELLED;
        closedAt = now;
    }

    private void requireOpen() {
        if (status != CountStatus.OPEN) {
            throw new RuleViolationException(StockError.COUNT_NOT_OPEN, "Count " + id + " is " + status + ".");
        }
    }


    /**
     * The events recorded since the last call, which the caller publishes.
     *
     * @return the events, oldest first; the list it keeps is emptied
     */
    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    /**
     * The count's id.
     *
     * @return the count's id
     */
    public CountId id() {
        return id;
    }

    /**
     * The tenant it belongs to.
     *
     * @return the tenant it belongs to
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * The counted location.
     *
     * @return the counted location
     */
    public LocationId location() {
        return location;
    }

    /**
     * The host's reference, or empty.
     *
     * @return the host's reference, or empty
     */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    /**
     * The recorded lines, in the order they were first recorded.
     *
     * @return the recorded lines, in the order they were first recorded
     */
    public List<CountLine> lines() {
        return lines;
    }

    /**
     * Where it stands.
     *
     * @return where it stands
     */
    public CountStatus status() {
        return status;
    }

    /**
     * Who opened it.
     *
     * @return who opened it
     */
    public String openedBy() {
        return openedBy;
    }

    /**
     * When it was opened.
     *
     * @return when it was opened
     */
    public Instant openedAt() {
        return openedAt;
    }

    /**
     * When it was posted or cancelled, or empty while open.
     *
     * @return when it was posted or cancelled, or empty while open
     */
    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /**
     * The stored version this object was read at, for optimistic locking.
     *
     * @return the version, 0 for a count never stored
     */
    public long version() {
        return version;
    }
}
