package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.AdjustmentReason;
import dev.backoffice.stock.domain.CountId;
import dev.backoffice.stock.domain.CountLine;
import dev.backoffice.stock.domain.CountStatus;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.PhysicalCount;

import java.time.Instant;
import java.util.List;

/** A physical count and its lines. */
public record CountSnapshot(CountId id, LocationId location, String reference, CountStatus status, List<Line> lines,
                            String openedBy, Instant openedAt, Instant closedAt) {

    /**
     * One counted item and lot, in the item's base unit. {@code onHand}, {@code variance} and
     * {@code adjustment} are null until the count is posted ({@code adjustment} also when there was
     * no variance).
     */
    public record Line(ItemId item, String lot, Quantity counted, AdjustmentReason reason, Quantity onHand,
                       Quantity variance, MoveId adjustment) {

        static Line of(CountLine line) {
            return new Line(line.item(), line.lot().isEmpty() ? null : line.lot(), Quantity.of(line.counted(), line.unit()),
                    line.reason(), line.onHand() == null ? null : Quantity.of(line.onHand(), line.unit()),
                    line.variance() == null ? null : Quantity.of(line.variance(), line.unit()), line.adjustment());
        }
    }

    /**
     * The snapshot of a physical count as it is now, its recorded lines included.
     *
     * @param count the count
     * @return its immutable snapshot
     */
    public static CountSnapshot of(PhysicalCount count) {
        return new CountSnapshot(count.id(), count.location(), count.reference().orElse(null), count.status(),
                count.lines().stream().map(Line::of).toList(), count.openedBy(), count.openedAt(),
                count.closedAt().orElse(null));
    }
}
