package dev.backoffice.contract;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.stock.domain.Backorder;
import dev.backoffice.stock.domain.BackorderId;
import dev.backoffice.stock.domain.BackorderStatus;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.Reservation;
import dev.backoffice.stock.domain.ReservationId;
import dev.backoffice.stock.domain.ReservationStatus;
import dev.backoffice.stock.domain.ReservationStrategy;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.Tracking;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.stock.spi.StockReservations} and {@link dev.backoffice.stock.spi.Backorders}. */
public abstract class StockReservationsContract extends StockAdapterContract {

    private final LocationId shelf = LocationId.of(newId());

    private Reservation stored(StockItem item, UUID request, String demand, String quantity) {
        Reservation reservation = Reservation.hold(ReservationId.of(newId()), item.tenant(), request, demand, item, shelf,
                "L-1", new BigDecimal(quantity), NOW, AdapterContract::newId);
        inTx(() -> stockAdapters().stockReservations().add(reservation));
        return reservation;
    }

    @Test
    void storesAndFindsAReservationWithAllItsFields() {
        StockItem item = item(tenant, "SKU", Tracking.LOT);
        UUID request = newId();
        Reservation reservation = stored(item, request, "SO-1", "2.5");

        Reservation found = inTx(() -> stockAdapters().stockReservations().find(tenant, reservation.id())).orElseThrow();
        assertThat(found.request()).isEqualTo(request);
        assertThat(found.demand()).isEqualTo("SO-1");
        assertThat(found.item()).isEqualTo(item.id());
        assertThat(found.location()).isEqualTo(shelf);
        assertThat(found.lot()).isEqualTo("L-1");
        assertThat(found.unit()).isEqualTo("pc");
        assertThat(found.quantity()).isEqualByComparingTo("2.5");
        assertThat(found.status()).isEqualTo(ReservationStatus.OPEN);
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(inTx(() -> stockAdapters().stockReservations().find(otherTenant, reservation.id()))).isEmpty();
    }

    @Test
    void findsByRequestAndDemandAndOpenOnesWithinTheTenant() {
        StockItem item = item(tenant, "SKU", Tracking.LOT);
        StockItem other = item(tenant, "OTHER", Tracking.LOT);
        UUID request = newId();
        Reservation first = stored(item, request, "SO-1", "1");
        Reservation second = stored(item, request, "SO-1", "2");
        Reservation otherItem = stored(other, newId(), "SO-1", "3");
        stored(item(otherTenant, "SKU", Tracking.LOT), newId(), "SO-1", "4");

        Reservation consumed = inTx(() -> stockAdapters().stockReservations().find(tenant, second.id())).orElseThrow();
        consumed.consume(new BigDecimal("2"), MoveId.of(newId()), NOW, AdapterContract::newId);
        inTx(() -> stockAdapters().stockReservations().update(consumed));

        assertThat(inTx(() -> stockAdapters().stockReservations().findByRequest(tenant, request)))
                .extracting(Reservation::id).containsExactly(first.id(), second.id());
        assertThat(inTx(() -> stockAdapters().stockReservations().findByDemand(tenant, "SO-1")))
                .extracting(Reservation::id).containsExactly(first.id(), second.id(), otherItem.id());
        assertThat(inTx(() -> stockAdapters().stockReservations().findOpen(tenant, "SO-1", item.id())))
                .extracting(Reservation::id).containsExactly(first.id());
        assertThat(inTx(() -> stockAdapters().stockReservations().findOpen(tenant)))
                .extracting(Reservation::id).containsExactly(first.id(), otherItem.id());
        assertThat(inTx(() -> stockAdapters().stockReservations().find(tenant, second.id())).orElseThrow().status())
                .isEqualTo(ReservationStatus.CONSUMED);
    }

    @Test
    void refusesAStaleVersionSoAReservationIsReleasedOnce() {
        Reservation reservation = stored(item(tenant, "SKU", Tracking.LOT), newId(), "SO-1", "5");
        Reservation first = inTx(() -> stockAdapters().stockReservations().find(tenant, reservation.id())).orElseThrow();
        Reservation second = inTx(() -> stockAdapters().stockReservations().find(tenant, reservation.id())).orElseThrow();
        first.release(NOW, AdapterContract::newId);
        inTx(() -> stockAdapters().stockReservations().update(first));
        second.release(NOW, AdapterContract::newId);

        assertThatThrownBy(() -> inTx(() -> stockAdapters().stockReservations().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> stockAdapters().stockReservations().find(tenant, reservation.id())).orElseThrow().released())
                .isEqualByComparingTo("5");
    }

    @Test
    void storesBackordersAndListsTheOpenOnesOfAnItemOldestFirst() {
        StockItem item = item(tenant, "SKU", Tracking.NONE);
        UUID request = newId();
        Backorder older = Backorder.open(BackorderId.of(newId()), tenant, request, "SO-1", item, new BigDecimal("3"),
                ReservationStrategy.FEFO, shelf, "L-1", NOW, AdapterContract::newId);
        Backorder newer = Backorder.open(BackorderId.of(newId()), tenant, newId(), "SO-2", item, new BigDecimal("4"),
                ReservationStrategy.FIFO, null, null, NOW.plusSeconds(1), AdapterContract::newId);
        inTx(() -> {
            stockAdapters().backorders().add(newer);
            stockAdapters().backorders().add(older);
        });

        Backorder found = inTx(() -> stockAdapters().backorders().findByRequest(tenant, request)).orElseThrow();
        assertThat(found.id()).isEqualTo(older.id());
        assertThat(found.strategy()).isEqualTo(ReservationStrategy.FEFO);
        assertThat(found.location()).contains(shelf);
        assertThat(found.lot()).contains("L-1");
        assertThat(found.quantity()).isEqualByComparingTo("3");
        assertThat(inTx(() -> stockAdapters().backorders().findOpen(tenant, item.id())))
                .extracting(Backorder::id).containsExactly(older.id(), newer.id());

        found.fill(new BigDecimal("3"), NOW, AdapterContract::newId);
        inTx(() -> stockAdapters().backorders().update(found));
        assertThat(inTx(() -> stockAdapters().backorders().findOpen(tenant, item.id())))
                .extracting(Backorder::id).containsExactly(newer.id());
        assertThat(inTx(() -> stockAdapters().backorders().findByDemand(tenant, "SO-1"))).singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo(BackorderStatus.FILLED));
        assertThat(inTx(() -> stockAdapters().backorders().find(otherTenant, older.id()))).isEmpty();
        assertThat(inTx(() -> stockAdapters().backorders().findOpen(otherTenant, item.id()))).isEmpty();
        assertThatThrownBy(() -> inTx(() -> stockAdapters().backorders().update(older)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }
}
