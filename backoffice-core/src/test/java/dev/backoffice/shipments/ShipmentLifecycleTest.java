package dev.backoffice.shipments;

import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.Shipment;
import dev.backoffice.shipments.domain.ShipmentCancelled;
import dev.backoffice.shipments.domain.ShipmentDispatched;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentLifecycle;
import dev.backoffice.shipments.domain.ShipmentLine;
import dev.backoffice.shipments.domain.ShipmentStatus;
import dev.backoffice.shipments.domain.ShipmentStep;
import dev.backoffice.shipments.domain.ShipmentTransition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The lifecycle table, exhaustively: every step from every state, allowed or refused. */
class ShipmentLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    private static final TimeOrderedIds IDS = new TimeOrderedIds();

    /** The expected table, written out independently of the implementation: "STEP FROM -> TO". */
    private static final Set<String> ALLOWED = Set.of(
            "CONFIRM DRAFT -> CONFIRMED",
            "PICK CONFIRMED -> PICKED",
            "UNPICK PICKED -> CONFIRMED",
            "PACK PICKED -> PACKED",
            "UNPACK PACKED -> PICKED",
            "SHIP PACKED -> SHIPPED",
            "DEPART SHIPPED -> IN_TRANSIT",
            "DELIVER SHIPPED -> DELIVERED",
            "DELIVER IN_TRANSIT -> DELIVERED",
            "FAIL_DELIVERY SHIPPED -> DELIVERY_FAILED",
            "FAIL_DELIVERY IN_TRANSIT -> DELIVERY_FAILED",
            "RETRY_DELIVERY DELIVERY_FAILED -> IN_TRANSIT",
            "RETURN DELIVERY_FAILED -> RETURNED",
            "CANCEL DRAFT -> CANCELLED",
            "CANCEL CONFIRMED -> CANCELLED",
            "CANCEL PICKED -> CANCELLED",
            "CANCEL PACKED -> CANCELLED");

    private static Shipment in(ShipmentStatus status) {
        return Shipment.restore(ShipmentId.of(IDS.newId()), TenantId.of("t"), "order-1", UUID.randomUUID(),
                Address.of("DE", "10115", "Invalidenstr. 1", "Berlin"),
                List.of(new ShipmentLine(1, UUID.randomUUID(), Quantity.of(2, "pc"), null, List.of())),
                LocalDate.of(2026, 3, 5), status, List.of(), null, List.of(), null, null, null,
                List.of(), List.of(), NOW,
                "alice", 0);
    }

    @Test
    void theTableIsExactlyTheExpectedOne() {
        Set<String> actual = new TreeSet<>();
        for (Map.Entry<ShipmentTransition, Map<ShipmentStatus, ShipmentStatus>> step : ShipmentLifecycle.table().entrySet()) {
            step.getValue().forEach((from, to) -> actual.add(step.getKey() + " " + from + " -> " + to));
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(ALLOWED);
    }

    @Test
    void everyStepFromEveryStateIsAllowedOrRefusedAsTheTableSays() {
        List<String> checked = new ArrayList<>();
        for (ShipmentStatus from : ShipmentStatus.values()) {
            for (ShipmentTransition step : ShipmentTransition.values()) {
                Shipment shipment = in(from);
                String allowed = ALLOWED.stream().filter(t -> t.startsWith(step + " " + from + " -> ")).findFirst()
                        .orElse(null);
                if (allowed != null) {
                    ShipmentStep taken = shipment.advance(step, "bob", NOW.plusSeconds(60), "note", IDS::newId);
                    assertThat(step + " " + from + " -> " + taken.to()).isEqualTo(allowed);
                    assertThat(shipment.status()).isEqualTo(taken.to());
                    assertThat(shipment.history()).containsExactly(taken);
                    assertThat(taken.actor()).isEqualTo("bob");
                    assertThat(taken.at()).isEqualTo(NOW.plusSeconds(60));
                    assertThat(shipment.pullEvents()).hasSize(1);
                } else {
                    Throwable refused = catchThrowable(() -> shipment.advance(step, "bob", NOW, null, IDS::newId));
                    assertThat(refused).as(step + " from " + from).isInstanceOf(BackOfficeException.class);
                    assertThat(((BackOfficeException) refused).code()).isEqualTo("shipments.transition.not_allowed");
                    assertThat(shipment.status()).isEqualTo(from);
                    assertThat(shipment.history()).isEmpty();
                    assertThat(shipment.pullEvents()).isEmpty();
                }
                checked.add(step + " " + from);
            }
        }
        assertThat(checked).hasSize(ShipmentStatus.values().length * ShipmentTransition.values().length);
    }

    @Test
    void stepsRecordTheirPastTenseEvents() {
        Shipment shipment = in(ShipmentStatus.PACKED);
        shipment.advance(ShipmentTransition.SHIP, "bob", NOW, null, IDS::newId);
        assertThat(shipment.pullEvents()).singleElement().isInstanceOf(ShipmentDispatched.class);
        Shipment other = in(ShipmentStatus.CONFIRMED);
        other.advance(ShipmentTransition.CANCEL, "bob", NOW, null, IDS::newId);
        assertThat(other.pullEvents()).singleElement().isInstanceOf(ShipmentCancelled.class);
    }

    @Test
    void onlyShipmentsThatHaveNotLeftHoldStock() {
        assertThat(in(ShipmentStatus.DRAFT).holdsStock()).isFalse();
        assertThat(in(ShipmentStatus.CONFIRMED).holdsStock()).isTrue();
        assertThat(in(ShipmentStatus.PICKED).holdsStock()).isTrue();
        assertThat(in(ShipmentStatus.PACKED).holdsStock()).isTrue();
        assertThat(in(ShipmentStatus.SHIPPED).holdsStock()).isFalse();
        assertThat(in(ShipmentStatus.SHIPPED).hasLeft()).isTrue();
        assertThat(in(ShipmentStatus.CANCELLED).hasLeft()).isFalse();
    }

    @Test
    void aDraftNeedsLinesNumberedFromOne() {
        Throwable none = catchThrowable(() -> Shipment.draft(ShipmentId.of(IDS.newId()), TenantId.of("t"), null,
                UUID.randomUUID(), Address.of("FR", "75001", "1 rue de Rivoli"), List.of(), LocalDate.of(2026, 3, 5),
                "alice", NOW, IDS::newId));
        assertThat(((BackOfficeException) none).code()).isEqualTo("shipments.lines.invalid");
        Throwable gap = catchThrowable(() -> Shipment.draft(ShipmentId.of(IDS.newId()), TenantId.of("t"), null,
                UUID.randomUUID(), Address.of("FR", "75001", "1 rue de Rivoli"),
                List.of(new ShipmentLine(2, UUID.randomUUID(), Quantity.of(1, "pc"), null, List.of())),
                LocalDate.of(2026, 3, 5), "alice", NOW, IDS::newId));
        assertThat(((BackOfficeException) gap).code()).isEqualTo("shipments.lines.invalid");
    }

    @Test
    void aLineWithSerialsListsOneDistinctNumberPerUnit() {
        assertThat(new ShipmentLine(1, UUID.randomUUID(), Quantity.of(2, "pc"), null, List.of("S1", "S2")).serials())
                .containsExactly("S1", "S2");
        for (List<String> wrong : List.of(List.of("S1"), List.of("S1", "S1"), List.of("S1", "S2", "S3"))) {
            Throwable refused = catchThrowable(() -> new ShipmentLine(1, UUID.randomUUID(), Quantity.of(2, "pc"), null, wrong));
            assertThat(((BackOfficeException) refused).code()).isEqualTo("shipments.line.serials_mismatch");
        }
        Throwable zero = catchThrowable(() -> new ShipmentLine(1, UUID.randomUUID(), Quantity.of(0, "pc"), null, null));
        assertThat(((BackOfficeException) zero).code()).isEqualTo("shipments.lines.invalid");
    }
}
