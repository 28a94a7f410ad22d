package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.StockMove;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The history of the done stock moves, read in the order they were done: what was on hand at a
 * past point, and the moves themselves page by page. A read model over the moves (never changed
 * through this port); every method is scoped to one tenant.
 *
 * <p>The history is ordered by {@link Position}: the time a move was done, then its id compared as
 * an unsigned 128-bit number (the order of {@code uuid} columns on PostgreSQL and H2). A reversal
 * is a move of its own, done at its own time.
 *
 * <p>An adapter on a database computes {@link #onHand} as one aggregate statement over the done
 * moves ({@code SUM} of the quantity into a location less the quantity out of it, grouped by
 * location and lot), never by loading the moves, and answers {@link #doneMoves} from an index on
 * tenant, item, done time and id.
 */
public interface StockHistory {

    /**
     * What the done moves of the item up to and including {@code upTo} left in each location and
     * lot, virtual locations included, in the item's base unit; rows that sum to zero are left
     * out. The lot is the move's lot code, each serial number for a serial-tracked item, and
     * {@link dev.backoffice.stock.domain.StockQuant#NO_LOT} for an untracked one. Ordered by location id (unsigned), then lot.
     *
     * @param tenant the tenant the call is scoped to
     * @param item   the stock item
     * @param upTo   the last point of the history that counts
     * @return the non-zero holdings per location and lot
     */
    List<Holding> onHand(TenantId tenant, ItemId item, Position upTo);

    /**
     * The done moves of the item after {@code after} (from the first when null), in history order,
     * at most {@code limit}; only those from or to one of {@code locations} when it is not empty,
     * and only those of the lot code or serial number {@code lot} when it is not null.
     *
     * @param tenant    the tenant the call is scoped to
     * @param item      the stock item
     * @param locations the locations a move must leave or enter; every move when empty
     * @param lot       the lot code or serial number, or null for every lot
     * @param after     the point to start after, or null for the first move
     * @param limit     the most moves returned
     * @return the moves, in history order
     */
    List<StockMove> doneMoves(TenantId tenant, ItemId item, Set<LocationId> locations, String lot, Position after,
                              int limit);

    /** On hand of one location and lot at a point of the history. */
    record Holding(LocationId location, String lot, BigDecimal onHand) {

        /**
         * Checks that every part is present.
         *
         * @param location the location
         * @param lot      the lot code, serial number or
         *                 {@link dev.backoffice.stock.domain.StockQuant#NO_LOT}
         * @param onHand   the quantity on hand there, in the item's base unit; negative in a virtual location
         */
        public Holding {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(lot, "lot");
            Objects.requireNonNull(onHand, "onHand");
        }
    }

    /**
     * A point of the history: just after the move {@code move} done at {@code doneAt}. Positions
     * order by time, then by the move id as an unsigned number.
     */
    record Position(Instant doneAt, UUID move) implements Comparable<Position> {

        private static final UUID LAST_ID = new UUID(-1L, -1L);

        /** Orders ids as unsigned 128-bit numbers, as PostgreSQL and H2 order {@code uuid} values. */
        public static final Comparator<UUID> ID_ORDER = (a, b) -> {
            int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
            return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
        };

        private static final Comparator<Position> ORDER = Comparator.comparing(Position::doneAt)
                .thenComparing(Position::move, ID_ORDER);

        /**
         * Checks that both parts are present.
         *
         * @param doneAt when the move was done
         * @param move   the move's id
         */
        public Position {
            Objects.requireNonNull(doneAt, "doneAt");
            Objects.requireNonNull(move, "move");
        }

        /**
         * The point after every move done at or before {@code instant}.
         *
         * @param instant the instant
         * @return the position after the last move done at or before it
         */
        public static Position endOf(Instant instant) {
            return new Position(instant, LAST_ID);
        }

        /**
         * The point just after a done move.
         *
         * @param move a done move
         * @return the position just after it
         */
        public static Position of(StockMove move) {
            return new Position(move.doneAt().orElseThrow(() -> new IllegalArgumentException(
                    "move " + move.id() + " is not done")), move.id().value());
        }

        @Override
        public int compareTo(Position other) {
            return ORDER.compare(this, other);
        }
    }
}
