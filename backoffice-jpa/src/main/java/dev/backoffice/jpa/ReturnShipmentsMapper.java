package dev.backoffice.jpa;

import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.ReturnShipmentEntity;
import dev.backoffice.jpa.entity.ReturnShipmentStepEmbeddable;
import dev.backoffice.jpa.entity.ShipmentLineEmbeddable;
import dev.backoffice.jpa.entity.ShipmentSerialEmbeddable;
import dev.backoffice.shipments.domain.ReturnShipment;
import dev.backoffice.shipments.domain.ReturnShipmentId;
import dev.backoffice.shipments.domain.ReturnShipmentStep;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written mapping between a {@link ReturnShipment} and its rows: the aggregate guards its
 * invariants and is rebuilt through {@link ReturnShipment#restore}. Its lines and their serial
 * numbers never change after it was authorized; its steps only grow, so only their new rows are
 * appended.
 */
final class ReturnShipmentsMapper {

    private ReturnShipmentsMapper() {
    }

    static ReturnShipmentEntity newEntity(ReturnShipment r) {
        ReturnShipmentEntity e = new ReturnShipmentEntity();
        e.setId(r.id().value());
        e.setTenantId(r.tenant().value());
        e.setShipmentId(r.shipment().value());
        e.setReason(r.reason());
        e.setCreatedAt(r.createdAt());
        e.setCreatedBy(r.createdBy());
        e.setVersion(r.version());
        for (ShipmentLine line : r.lines()) {
            e.getLines().add(new ShipmentLineEmbeddable(line.number(), line.item(), line.quantity().value(),
                    line.quantity().unit(), line.lot()));
            for (String serial : line.serials()) {
                e.getSerials().add(new ShipmentSerialEmbeddable(line.number(), e.getSerials().size(), serial));
            }
        }
        copyChangeable(r, e);
        return e;
    }

    /** Copies what a step may change: the state and the return label, and appends the new steps. */
    static void copyChangeable(ReturnShipment r, ReturnShipmentEntity e) {
        e.setStatus(r.status());
        e.setTrackingNumber(r.trackingNumber());
        e.setLabel(r.label());
        List<ReturnShipmentStepEmbeddable> wanted = r.history().stream().map(s -> new ReturnShipmentStepEmbeddable(
                s.transition(), s.from(), s.to(), s.actor(), s.at(), s.note())).toList();
        List<ReturnShipmentStepEmbeddable> stored = e.getSteps();
        if (wanted.size() >= stored.size() && wanted.subList(0, stored.size()).equals(stored)) {
            stored.addAll(wanted.subList(stored.size(), wanted.size()));
        } else {
            stored.clear();
            stored.addAll(wanted);
        }
    }

    static ReturnShipment toDomain(ReturnShipmentEntity e) {
        Map<Integer, List<String>> serials = new LinkedHashMap<>();
        e.getSerials().stream()
                .sorted(Comparator.comparingInt(ShipmentSerialEmbeddable::ownerNo)
                        .thenComparingInt(ShipmentSerialEmbeddable::position))
                .forEach(s -> serials.computeIfAbsent(s.ownerNo(), n -> new ArrayList<>()).add(s.serialNumber()));
        List<ShipmentLine> lines = e.getLines().stream()
                .sorted(Comparator.comparingInt(ShipmentLineEmbeddable::lineNo))
                .map(l -> new ShipmentLine(l.lineNo(), l.itemId(), Quantity.of(l.quantity(), l.unit()), l.lot(),
                        serials.getOrDefault(l.lineNo(), List.of())))
                .toList();
        List<ReturnShipmentStep> history = e.getSteps().stream().map(s -> new ReturnShipmentStep(s.transition(),
                s.fromStatus(), s.toStatus(), s.actor(), s.takenAt(), s.note())).toList();
        return ReturnShipment.restore(ReturnShipmentId.of(e.getId()), TenantId.of(e.getTenantId()),
                ShipmentId.of(e.getShipmentId()), e.getReason(), lines, e.getStatus(), e.getTrackingNumber(),
                e.getLabel(), history, e.getCreatedAt(), e.getCreatedBy(), e.getVersion());
    }
}
