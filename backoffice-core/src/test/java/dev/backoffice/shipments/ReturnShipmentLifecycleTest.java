package dev.backoffice.shipments;

import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.shipments.domain.ReturnShipment;
import dev.backoffice.shipments.domain.ReturnShipmentAuthorized;
import dev.backoffice.shipments.domain.ReturnShipmentCancelled;
import dev.backoffice.shipments.domain.ReturnShipmentDeparted;
import dev.backoffice.shipments.domain.ReturnShipmentId;
import dev.backoffice.shipments.domain.ReturnShipmentLabelled;
import dev.backoffice.shipments.domain.ReturnShipmentLifecycle;
import dev.backoffice.shipments.domain.ReturnShipmentReceived;
import dev.backoffice.shipments.domain.ReturnShipmentStatus;
import dev.backoffice.shipments.domain.ReturnShipmentStep;
import dev.backoffice.shipments.domain.ReturnShipmentTransition;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentLine;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The return shipment's lifecycle table, exhaustively: every step from every state, allowed or refused. */
class ReturnShipmentLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    private static final TimeOrderedIds IDS = new TimeOrderedIds();

    /** The expected table, written out independently of the implementation: "STEP FROM -> TO". */
    private static final Set<String> ALLOWED = Set.of(
            "LABEL AUTHORIZED -> LABELLED",
            "DEPART AUTHORIZED -> IN_TRANSIT",
            "DEPART LABELLED -> IN_TRANSIT",
            "RECEIVE AUTHORIZED -> RECEIVED",
            "RECEIVE LABELLED -> RECEIVED",
            "RECEIVE IN_TRANSIT -> RECEIVED",
            "CANCEL AUTHORIZED -> CANCELLED",
            "CANCEL LABELLED -> CANCELLED");

    private static List<ShipmentLine> lines() {
        return List.of(new ShipmentLine(1, UUID.randomUUID(), Quantity.of(2, "pc"), null, List.of()));
    }

    private static ReturnShipment in(ReturnShipmentStatus status) {
        return ReturnShipment.restore(ReturnShipmentId.of(IDS.newId()), TenantId.of("t"), ShipmentId.of(IDS.newId()),
                "too small", lines(), status, null, null, List.of(), NOW, "alice", 0);
    }

    private static ReturnShipmentStep take(ReturnShipment r, ReturnShipmentTransition step, Instant at, String note) {
        return step == ReturnShipmentTransition.LABEL ? r.label("RT-1", "label text", "bob", at, IDS::newId)
                : r.advance(step, "bob", at, note, IDS::newId);
    }

    @Test
    void theTableIsExactlyTheExpectedOne() {
        Set<String> actual = new TreeSet<>();
        for (Map.Entry<ReturnShipmentTransition, Map<ReturnShipmentStatus, ReturnShipmentStatus>> step
                : ReturnShipmentLifecycle.table().entrySet()) {
            step.getValue().forEach((from, to) -> actual.add(step.getKey() + " " + from + " -> " + to));
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(ALLOWED);
        assertThat(ReturnShipmentLifecycle.table()).containsOnlyKeys(ReturnShipmentTransition.values());
    }

    @Test
    void everyStepFromEveryStateIsAllowedOrRefusedAsTheTableSays() {
        List<String> checked = new ArrayList<>();
        int allowed = 0;
        for (ReturnShipmentStatus from : ReturnShipmentStatus.values()) {
            for (ReturnShipmentTransition step : ReturnShipmentTransition.values()) {
                ReturnShipment r = in(from);
                String expected = ALLOWED.stream().filter(t -> t.startsWith(step + " " + from + " -> ")).findFirst()
                        .orElse(null);
                assertThat(r.allows(step)).as(step + " from " + from).isEqualTo(expected != null);
                if (expected != null) {
                    ReturnShipmentStep taken = take(r, step, NOW.plusSeconds(60), "note");
                    assertThat(step + " " + taken.from() + " -> " + taken.to()).isEqualTo(expected);
                    assertThat(r.status()).isEqualTo(taken.to());
                    assertThat(r.history()).containsExactly(taken);
                    assertThat(taken.actor()).isEqualTo("bob");
                    assertThat(taken.at()).isEqualTo(NOW.plusSeconds(60));
                    assertThat(r.pullEvents()).hasSize(1);
                    allowed++;
                } else {
                    Throwable refused = catchThrowable(() -> take(r, step, NOW, null));
                    assertThat(refused).as(step + " from " + from).isInstanceOf(BackOfficeException.class);
                    assertThat(((BackOfficeException) refused).code()).isEqualTo("shipments.return_shipment.not_allowed");
                    assertThat(r.status()).isEqualTo(from);
                    assertThat(r.history()).isEmpty();
                    assertThat(r.pullEvents()).isEmpty();
                    assertThat(r.trackingNumber()).isNull();
                    assertThat(r.label()).isNull();
                }
                checked.add(step + " " + from);
            }
        }
        assertThat(checked).hasSize(ReturnShipmentStatus.values().length * ReturnShipmentTransition.values().length);
        assertThat(allowed).isEqualTo(ALLOWED.size());
    }

    @Test
    void stepsRecordTheirPastTenseEventsAndTheLabelIsKept() {
        ReturnShipment r = ReturnShipment.authorize(ReturnShipmentId.of(IDS.newId()), TenantId.of("t"),
                ShipmentId.of(IDS.newId()), null, lines(), "alice", NOW, IDS::newId);
        assertThat(r.status()).isEqualTo(ReturnShipmentStatus.AUTHORIZED);
        assertThat(r.pullEvents()).singleElement().isInstanceOf(ReturnShipmentAuthorized.class);
        r.label("RT-9", "PRINT ME", "bob", NOW, IDS::newId);
        assertThat(r.trackingNumber()).isEqualTo("RT-9");
        assertThat(r.label()).isEqualTo("PRINT ME");
        assertThat(r.pullEvents()).singleElement().isInstanceOf(ReturnShipmentLabelled.class);
        r.advance(ReturnShipmentTransition.DEPART, "bob", NOW, null, IDS::newId);
        assertThat(r.pullEvents()).singleElement().isInstanceOf(ReturnShipmentDeparted.class);
        r.advance(ReturnShipmentTransition.RECEIVE, "bob", NOW, null, IDS::newId);
        assertThat(r.pullEvents()).singleElement().isInstanceOfSatisfying(ReturnShipmentReceived.class,
                e -> assertThat(e.status()).isEqualTo(ReturnShipmentStatus.RECEIVED));
        assertThat(r.history()).extracting(ReturnShipmentStep::transition).containsExactly(
                ReturnShipmentTransition.LABEL, ReturnShipmentTransition.DEPART, ReturnShipmentTransition.RECEIVE);
        ReturnShipment other = in(ReturnShipmentStatus.LABELLED);
        other.advance(ReturnShipmentTransition.CANCEL, "bob", NOW, "customer kept it", IDS::newId);
        assertThat(other.pullEvents()).singleElement().isInstanceOf(ReturnShipmentCancelled.class);
        assertThat(other.history().get(0).note()).isEqualTo("customer kept it");
    }

    @Test
    void theLabelStepIsTakenOnlyWithALabel() {
        ReturnShipment r = in(ReturnShipmentStatus.AUTHORIZED);
        assertThat(catchThrowable(() -> r.advance(ReturnShipmentTransition.LABEL, "bob", NOW, null, IDS::newId)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(r.status()).isEqualTo(ReturnShipmentStatus.AUTHORIZED);
        assertThat(r.history()).isEmpty();
        assertThat(r.pullEvents()).isEmpty();
    }

    @Test
    void onlyUnfinishedReturnsAreOpen() {
        assertThat(ReturnShipmentStatus.AUTHORIZED.isOpen()).isTrue();
        assertThat(ReturnShipmentStatus.LABELLED.isOpen()).isTrue();
        assertThat(ReturnShipmentStatus.IN_TRANSIT.isOpen()).isTrue();
        assertThat(ReturnShipmentStatus.RECEIVED.isOpen()).isFalse();
        assertThat(ReturnShipmentStatus.CANCELLED.isOpen()).isFalse();
    }

    @Test
    void anAuthorizationNeedsLinesNumberedFromOne() {
        Throwable none = catchThrowable(() -> ReturnShipment.authorize(ReturnShipmentId.of(IDS.newId()),
                TenantId.of("t"), ShipmentId.of(IDS.newId()), null, List.of(), "alice", NOW, IDS::newId));
        assertThat(((BackOfficeException) none).code()).isEqualTo("shipments.lines.invalid");
        Throwable gap = catchThrowable(() -> ReturnShipment.authorize(ReturnShipmentId.of(IDS.newId()),
                TenantId.of("t"), ShipmentId.of(IDS.newId()), null,
                List.of(new ShipmentLine(2, UUID.randomUUID(), Quantity.of(1, "pc"), null, List.of())), "alice", NOW,
                IDS::newId));
        assertThat(((BackOfficeException) gap).code()).isEqualTo("shipments.lines.invalid");
        ReturnShipment r = in(ReturnShipmentStatus.AUTHORIZED);
        assertThat(r.line(1)).isNotNull();
        assertThat(r.line(0)).isNull();
        assertThat(r.line(2)).isNull();
    }
}
