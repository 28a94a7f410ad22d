package dev.backoffice.contract;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.DeliveryProof;
import dev.backoffice.shipments.domain.Shipment;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentLine;
import dev.backoffice.shipments.domain.ShipmentStatus;
import dev.backoffice.shipments.domain.ShipmentTransition;
import dev.backoffice.shipments.spi.Shipments;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of the {@link Shipments} port. */
public abstract class ShipmentsContract extends ShipmentsAdapterContract {

    private Shipments shipments() {
        return shipmentsAdapters().shipments();
    }

    private Shipment draft(TenantId owner, String reference) {
        Shipment shipment = Shipment.draft(ShipmentId.of(newId()), owner, reference, newId(),
                Address.of("NL", "1012 AB", "Dam 1", "Amsterdam"),
                List.of(new ShipmentLine(1, newId(), Quantity.of(3, "pc"), "LOT-1", List.of()),
                        new ShipmentLine(2, newId(), Quantity.of(2, "pc"), null, List.of("S1", "S2"))),
                LocalDate.of(2026, 3, 9), "alice", NOW, AdapterContract::newId);
        shipment.pullEvents();
        return shipment;
    }

    @Test
    void aStoredShipmentReadsBackWhole() {
        Shipment shipment = draft(tenant, "order-1");
        inTx(() -> shipments().add(shipment));

        Shipment found = inTx(() -> shipments().find(tenant, shipment.id())).orElseThrow();

        assertThat(found.reference()).isEqualTo("order-1");
        assertThat(found.origin()).isEqualTo(shipment.origin());
        assertThat(found.destination()).isEqualTo(shipment.destination());
        assertThat(found.lines()).isEqualTo(shipment.lines());
        assertThat(found.promisedDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(found.status()).isEqualTo(ShipmentStatus.DRAFT);
        assertThat(found.history()).isEmpty();
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.createdBy()).isEqualTo("alice");
    }

    @Test
    void anUpdateKeepsStateHistoryAndProofAndBumpsTheVersion() {
        Shipment shipment = draft(tenant, null);
        inTx(() -> shipments().add(shipment));
        Shipment loaded = inTx(() -> shipments().find(tenant, shipment.id())).orElseThrow();
        for (ShipmentTransition step : List.of(ShipmentTransition.CONFIRM, ShipmentTransition.PICK,
                ShipmentTransition.PACK, ShipmentTransition.SHIP)) {
            loaded.advance(step, "bob", NOW.plusSeconds(step.ordinal()), "n", AdapterContract::newId);
        }
        loaded.deliver(new DeliveryProof(NOW.plusSeconds(3600), "Ms Smith"), "carol", NOW.plusSeconds(3600),
                AdapterContract::newId);
        inTx(() -> shipments().update(loaded));

        Shipment found = inTx(() -> shipments().find(tenant, shipment.id())).orElseThrow();
        assertThat(found.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(found.history()).isEqualTo(loaded.history()).hasSize(5);
        assertThat(found.deliveryProof()).contains(new DeliveryProof(NOW.plusSeconds(3600), "Ms Smith"));
        assertThat(found.version()).isGreaterThan(loaded.version());
    }

    @Test
    void aStaleUpdateIsAConcurrentUpdate() {
        Shipment shipment = draft(tenant, null);
        inTx(() -> shipments().add(shipment));
        Shipment first = inTx(() -> shipments().find(tenant, shipment.id())).orElseThrow();
        Shipment second = inTx(() -> shipments().find(tenant, shipment.id())).orElseThrow();
        first.advance(ShipmentTransition.CONFIRM, "bob", NOW, null, AdapterContract::newId);
        inTx(() -> shipments().update(first));
        second.advance(ShipmentTransition.CANCEL, "bob", NOW, null, AdapterContract::newId);

        assertThatThrownBy(() -> inTx(() -> shipments().update(second))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> shipments().find(tenant, shipment.id())).orElseThrow().status())
                .isEqualTo(ShipmentStatus.CONFIRMED);
    }

    @Test
    void aRolledBackAddLeavesNothing() {
        Shipment shipment = draft(tenant, null);
        try {
            inTx(() -> {
                shipments().add(shipment);
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(inTx(() -> shipments().find(tenant, shipment.id()))).isEmpty();
    }

    @Test
    void byStatusOldestFirstWithinTheTenantOnly() {
        Shipment a = draft(tenant, "a");
        Shipment b = draft(tenant, "b");
        Shipment other = draft(otherTenant, "x");
        inTx(() -> {
            shipments().add(a);
            shipments().add(b);
            shipments().add(other);
        });
        Shipment confirmed = inTx(() -> shipments().find(tenant, b.id())).orElseThrow();
        confirmed.advance(ShipmentTransition.CONFIRM, "bob", NOW, null, AdapterContract::newId);
        inTx(() -> shipments().update(confirmed));

        assertThat(inTx(() -> shipments().findByStatus(tenant, ShipmentStatus.DRAFT, 100)))
                .extracting(Shipment::id).containsExactly(a.id());
        assertThat(inTx(() -> shipments().findByStatus(tenant, ShipmentStatus.CONFIRMED, 100)))
                .extracting(Shipment::id).containsExactly(b.id());
        assertThat(inTx(() -> shipments().findByStatus(tenant, ShipmentStatus.DRAFT, 0))).isEmpty();
    }

    @Test
    void anotherTenantNeverSeesAShipment() {
        Shipment shipment = draft(tenant, null);
        inTx(() -> shipments().add(shipment));

        assertThat(inTx(() -> shipments().find(otherTenant, shipment.id()))).isEmpty();
        assertThat(inTx(() -> shipments().find(tenant, ShipmentId.of(UUID.randomUUID())))).isEmpty();
        assertThat(inTx(() -> shipments().findByStatus(otherTenant, ShipmentStatus.DRAFT, 100))).isEmpty();
    }

    @Test
    void packagesAndTheLinksOfASplitAreStored() {
        Shipment shipment = draft(tenant, "order-9");
        inTx(() -> shipments().add(shipment));
        Shipment loaded = inTx(() -> shipments().find(tenant, shipment.id())).orElseThrow();
        Shipment backorder = loaded.splitOff(ShipmentId.of(newId()), List.of(loaded.lines().get(0)),
                List.of(loaded.lines().get(1)), "bob", NOW, AdapterContract::newId);
        loaded.advance(ShipmentTransition.CONFIRM, "bob", NOW, null, AdapterContract::newId);
        loaded.advance(ShipmentTransition.PICK, "bob", NOW, null, AdapterContract::newId);
        loaded.pack(List.of(new dev.backoffice.shipments.domain.ShipmentPackage(1, "BOX", Quantity.of("1.25", "kg"),
                Quantity.of(30, "cm"), Quantity.of(20, "cm"), Quantity.of(10, "cm"))), "bob", NOW, null,
                AdapterContract::newId);
        inTx(() -> {
            shipments().update(loaded);
            shipments().add(backorder);
        });

        Shipment found = inTx(() -> shipments().find(tenant, shipment.id())).orElseThrow();
        assertThat(found.lines()).hasSize(1);
        assertThat(found.backorder()).contains(backorder.id());
        assertThat(found.packages()).isEqualTo(loaded.packages()).hasSize(1);
        Shipment split = inTx(() -> shipments().find(tenant, backorder.id())).orElseThrow();
        assertThat(split.backorderOf()).contains(shipment.id());
        assertThat(split.lines()).singleElement().satisfies(l -> {
            assertThat(l.number()).isEqualTo(1);
            assertThat(l.serials()).containsExactly("S1", "S2");
        });
    }

    @Test
    void lateShipmentsArePromisedBeforeTheDayAndNotFinished() {
        Shipment due = draft(tenant, "due");            // promised 2026-03-09
        Shipment delivered = draft(tenant, "delivered");
        Shipment cancelled = draft(tenant, "cancelled");
        Shipment other = draft(otherTenant, "other");
        inTx(() -> List.of(due, delivered, cancelled, other).forEach(s -> shipments().add(s)));
        Shipment d = inTx(() -> shipments().find(tenant, delivered.id())).orElseThrow();
        for (ShipmentTransition step : List.of(ShipmentTransition.CONFIRM, ShipmentTransition.PICK,
                ShipmentTransition.PACK, ShipmentTransition.SHIP, ShipmentTransition.DELIVER)) {
            d.advance(step, "bob", NOW, null, AdapterContract::newId);
        }
        Shipment c = inTx(() -> shipments().find(tenant, cancelled.id())).orElseThrow();
        c.advance(ShipmentTransition.CANCEL, "bob", NOW, null, AdapterContract::newId);
        inTx(() -> {
            shipments().update(d);
            shipments().update(c);
        });

        assertThat(inTx(() -> shipments().findLate(tenant, LocalDate.of(2026, 3, 9), 100))).isEmpty();
        assertThat(inTx(() -> shipments().findLate(tenant, LocalDate.of(2026, 3, 10), 100)))
                .extracting(Shipment::id).containsExactly(due.id());
        assertThat(inTx(() -> shipments().findLate(otherTenant, LocalDate.of(2026, 3, 10), 100)))
                .extracting(Shipment::id).containsExactly(other.id());
    }

    @Test
    void aShipmentIsFoundByTheTrackingNumberOfAnyOfItsPackages() {
        Shipment shipment = draft(tenant, null);
        inTx(() -> shipments().add(shipment));
        Shipment s = inTx(() -> shipments().find(tenant, shipment.id())).orElseThrow();
        s.advance(ShipmentTransition.CONFIRM, "bob", NOW, null, AdapterContract::newId);
        s.advance(ShipmentTransition.PICK, "bob", NOW, null, AdapterContract::newId);
        s.pack(List.of(new dev.backoffice.shipments.domain.ShipmentPackage(1, "BOX", Quantity.of(1, "kg"),
                        Quantity.of(1, "cm"), Quantity.of(1, "cm"), Quantity.of(1, "cm")),
                new dev.backoffice.shipments.domain.ShipmentPackage(2, "BOX", Quantity.of(1, "kg"),
                        Quantity.of(1, "cm"), Quantity.of(1, "cm"), Quantity.of(1, "cm"))), "bob", NOW, null,
                AdapterContract::newId);
        s.book(new dev.backoffice.shipments.domain.CarrierBooking("BK1", "STANDARD", eur("7.00"),
                List.of("T-1", "T-2"), List.of("L1", "L2")), "bob", NOW, AdapterContract::newId);
        inTx(() -> shipments().update(s));

        assertThat(inTx(() -> shipments().findByTrackingNumber(tenant, "T-2"))).map(Shipment::id).contains(shipment.id());
        assertThat(inTx(() -> shipments().findByTrackingNumber(tenant, "T-2")).orElseThrow().booking())
                .isEqualTo(s.booking());
        assertThat(inTx(() -> shipments().findByTrackingNumber(otherTenant, "T-2"))).isEmpty();
        assertThat(inTx(() -> shipments().findByTrackingNumber(tenant, "T-3"))).isEmpty();
    }

    @Test
    void returnedGoodsAreStored() {
        Shipment shipment = draft(tenant, null);
        inTx(() -> shipments().add(shipment));
        Shipment s = inTx(() -> shipments().find(tenant, shipment.id())).orElseThrow();
        for (ShipmentTransition step : List.of(ShipmentTransition.CONFIRM, ShipmentTransition.PICK,
                ShipmentTransition.PACK, ShipmentTransition.SHIP, ShipmentTransition.DELIVER)) {
            s.advance(step, "bob", NOW, null, AdapterContract::newId);
        }
        dev.backoffice.shipments.domain.ReturnedGoods back = new dev.backoffice.shipments.domain.ReturnedGoods(
                s.lines().get(1).item(), Quantity.of(1, "pc"), null, List.of("S2"), true, newId(), "carol", NOW);
        s.receiveReturn(List.of(back), "carol", NOW, AdapterContract::newId);
        inTx(() -> shipments().update(s));

        assertThat(inTx(() -> shipments().find(tenant, shipment.id())).orElseThrow().returns()).containsExactly(back);
    }
}
