package dev.backoffice.stock.domain;

import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ReservationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    private static final TenantId ACME = TenantId.of("acme");
    private final StockItem item = StockItem.create(ItemId.of(UUID.randomUUID()), ACME, "SKU", "Item", UnitOfMeasure.of("pc"),
            Tracking.NONE, ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN, true, NOW);
    private final LocationId shelf = LocationId.of(UUID.randomUUID());

    private Reservation reservation(String quantity) {
        return Reservation.hold(ReservationId.of(UUID.randomUUID()), ACME, UUID.randomUUID(), "SO-1", item, shelf,
                StockQuant.NO_LOT, new BigDecimal(quantity), NOW, UUID::randomUUID);
    }

    @Test
    void isConsumedInPartsUntilNothingIsOpen() {
        Reservation reservation = reservation("10");
        assertThat(reservation.pullEvents()).singleElement().isInstanceOf(StockReserved.class);

        assertThat(reservation.consume(new BigDecimal("4"), MoveId.of(UUID.randomUUID()), NOW, UUID::randomUUID))
                .isEqualByComparingTo("4");
        assertThat(reservation.open()).isEqualByComparingTo("6");
        assertThat(reservation.isOpen()).isTrue();
        assertThat(reservation.consume(new BigDecimal("9"), MoveId.of(UUID.randomUUID()), NOW, UUID::randomUUID))
                .isEqualByComparingTo("6");
        assertThat(reservation.status()).isEqualTo(ReservationStatus.CONSUMED);
        assertThat(reservation.pullEvents()).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(ReservationConsumed.class));
        assertRefused("stock.reservation.not_open", () -> reservation.release(NOW, UUID::randomUUID));
    }

    @Test
    void releasesItsOpenRestOnce() {
        Reservation reservation = reservation("10");
        reservation.consume(new BigDecimal("3"), MoveId.of(UUID.randomUUID()), NOW, UUID::randomUUID);

        assertThat(reservation.release(NOW, UUID::randomUUID)).isEqualByComparingTo("7");
        assertThat(reservation.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(reservation.released()).isEqualByComparingTo("7");
        assertThat(reservation.open()).isEqualByComparingTo("0");
        assertRefused("stock.reservation.not_open", () -> reservation.release(NOW, UUID::randomUUID));
        assertRefused("stock.reservation.not_open", () -> reservation.consume(BigDecimal.ONE, MoveId.of(UUID.randomUUID()),
                NOW, UUID::randomUUID));
    }

    @Test
    void aBackorderIsFilledUntilNothingIsOutstandingOrCancelled() {
        Backorder backorder = Backorder.open(BackorderId.of(UUID.randomUUID()), ACME, UUID.randomUUID(), "SO-1", item,
                new BigDecimal("5"), ReservationStrategy.FIFO, null, null, NOW, UUID::randomUUID);
        assertThat(backorder.pullEvents()).singleElement().isInstanceOf(StockBackordered.class);

        backorder.fill(new BigDecimal("2"), NOW, UUID::randomUUID);
        assertThat(backorder.outstanding()).isEqualByComparingTo("3");
        BackorderFilled filled = (BackorderFilled) backorder.pullEvents().get(0);
        assertThat(filled.quantity()).isEqualTo(Quantity.of(2, "pc"));
        assertThat(filled.outstanding()).isEqualTo(Quantity.of(3, "pc"));
        backorder.fill(new BigDecimal("3"), NOW, UUID::randomUUID);
        assertThat(backorder.status()).isEqualTo(BackorderStatus.FILLED);

        Backorder other = Backorder.open(BackorderId.of(UUID.randomUUID()), ACME, UUID.randomUUID(), "SO-2", item,
                new BigDecimal("5"), ReservationStrategy.FEFO, shelf, null, NOW, UUID::randomUUID);
        other.cancel(NOW, UUID::randomUUID);
        assertThat(other.status()).isEqualTo(BackorderStatus.CANCELLED);
        assertThat(other.isOpen()).isFalse();
        assertThat(other.location()).contains(shelf);
    }
}
