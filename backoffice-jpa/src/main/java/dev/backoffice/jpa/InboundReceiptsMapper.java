package dev.backoffice.jpa;

import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.InboundGoodsEmbeddable;
import dev.backoffice.jpa.entity.InboundReceiptEntity;
import dev.backoffice.jpa.entity.InboundReceiptLineEmbeddable;
import dev.backoffice.jpa.entity.InboundReceiptStepEmbeddable;
import dev.backoffice.jpa.entity.ShipmentSerialEmbeddable;
import dev.backoffice.shipments.domain.InboundGoods;
import dev.backoffice.shipments.domain.InboundLine;
import dev.backoffice.shipments.domain.InboundReceipt;
import dev.backoffice.shipments.domain.InboundReceiptId;
import dev.backoffice.shipments.domain.InboundReceiptStep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written mapping between an {@link InboundReceipt} and its rows: the aggregate guards its
 * invariants and is rebuilt through {@link InboundReceipt#restore}. Its lines never change after it
 * was expected; its goods, their serial numbers and its steps only grow, so only their new rows are
 * appended.
 */
final class InboundReceiptsMapper {

    private InboundReceiptsMapper() {
    }

    static InboundReceiptEntity newEntity(InboundReceipt r) {
        InboundReceiptEntity e = new InboundReceiptEntity();
        e.setId(r.id().value());
        e.setTenantId(r.tenant().value());
        e.setSupplier(r.supplier());
        e.setSupplierReference(r.supplierReference());
        e.setDestinationLocationId(r.destination());
        e.setExpectedDate(r.expectedDate());
        e.setOverReceiptPercent(r.overReceiptPercent());
        e.setCreatedAt(r.createdAt());
        e.setCreatedBy(r.createdBy());
        e.setVersion(r.version());
        for (InboundLine line : r.lines()) {
            e.getLines().add(new InboundReceiptLineEmbeddable(line.number(), line.item(), line.expected().value(),
                    line.expected().unit(), line.unitCost().minorUnits(),
                    line.unitCost().currency().getCurrencyCode(), line.lot()));
        }
        copyChangeable(r, e);
        return e;
    }

    /** Copies what a step may change: the state, and appends the new goods, serial numbers and steps. */
    static void copyChangeable(InboundReceipt r, InboundReceiptEntity e) {
        e.setStatus(r.status());
        List<InboundGoodsEmbeddable> goods = new ArrayList<>();
        List<ShipmentSerialEmbeddable> serials = new ArrayList<>();
        for (InboundGoods g : r.goods()) {
            int number = goods.size();
            goods.add(new InboundGoodsEmbeddable(g.delivery(), g.line(), g.accepted().value(), g.rejected().value(),
                    g.accepted().unit(), g.rejectReason(), g.lot(), g.location(), g.move(), g.actor(), g.at()));
            for (String serial : g.serials()) {
                serials.add(new ShipmentSerialEmbeddable(number, serials.size(), serial));
            }
        }
        append(e.getGoods(), goods);
        append(e.getSerials(), serials);
        append(e.getSteps(), r.history().stream().map(s -> new InboundReceiptStepEmbeddable(s.transition(), s.from(),
                s.to(), s.actor(), s.at(), s.note())).toList());
    }

    /** Appends what is new of a list that only grows; anything else rewrites it. */
    private static <T> void append(List<T> stored, List<T> wanted) {
        if (wanted.size() >= stored.size() && wanted.subList(0, stored.size()).equals(stored)) {
            stored.addAll(wanted.subList(stored.size(), wanted.size()));
        } else {
            stored.clear();
            stored.addAll(wanted);
        }
    }

    static InboundReceipt toDomain(InboundReceiptEntity e) {
        List<InboundLine> lines = e.getLines().stream()
                .sorted(Comparator.comparingInt(InboundReceiptLineEmbeddable::lineNo))
                .map(l -> new InboundLine(l.lineNo(), l.itemId(), Quantity.of(l.expected(), l.unit()),
                        Money.ofMinor(l.unitCostMinor(), Currency.getInstance(l.currency())), l.lot()))
                .toList();
        Map<Integer, List<String>> serials = new LinkedHashMap<>();
        e.getSerials().stream()
                .sorted(Comparator.comparingInt(ShipmentSerialEmbeddable::ownerNo)
                        .thenComparingInt(ShipmentSerialEmbeddable::position))
                .forEach(s -> serials.computeIfAbsent(s.ownerNo(), n -> new ArrayList<>()).add(s.serialNumber()));
        List<InboundGoods> goods = new ArrayList<>();
        for (InboundGoodsEmbeddable g : e.getGoods()) {
            goods.add(new InboundGoods(g.deliveryNo(), g.lineNo(), Quantity.of(g.accepted(), g.unit()),
                    Quantity.of(g.rejected(), g.unit()), g.rejectReason(), g.lot(),
                    serials.getOrDefault(goods.size(), List.of()), g.locationId(), g.moveId(), g.receivedBy(),
                    g.receivedAt()));
        }
        List<InboundReceiptStep> history = e.getSteps().stream().map(s -> new InboundReceiptStep(s.transition(),
                s.fromStatus(), s.toStatus(), s.actor(), s.takenAt(), s.note())).toList();
        return InboundReceipt.restore(InboundReceiptId.of(e.getId()), TenantId.of(e.getTenantId()), e.getSupplier(),
                e.getSupplierReference(), e.getDestinationLocationId(), e.getExpectedDate(), e.getOverReceiptPercent(),
                lines, e.getStatus(), goods, history, e.getCreatedAt(), e.getCreatedBy(), e.getVersion());
    }
}
