package dev.backoffice.jpa;

import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.ReturnedGoodsEmbeddable;
import dev.backoffice.jpa.entity.ShipmentEntity;
import dev.backoffice.jpa.entity.ShipmentLabelEmbeddable;
import dev.backoffice.jpa.entity.ShipmentLineEmbeddable;
import dev.backoffice.jpa.entity.ShipmentPackageEmbeddable;
import dev.backoffice.jpa.entity.ShipmentSerialEmbeddable;
import dev.backoffice.jpa.entity.TrackingEventEmbeddable;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.CarrierBooking;
import dev.backoffice.shipments.domain.DeliveryProof;
import dev.backoffice.shipments.domain.PackageTracking;
import dev.backoffice.shipments.domain.ReturnedGoods;
import dev.backoffice.shipments.domain.Shipment;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentLine;
import dev.backoffice.shipments.domain.ShipmentPackage;
import dev.backoffice.shipments.domain.ShipmentStep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hand-written mapping between a {@link Shipment} and its rows: the aggregate guards its invariants
 * and is rebuilt through {@link Shipment#restore}. Collections are rewritten only when they changed,
 * and the history, which only grows, by appending its new steps.
 */
final class ShipmentsMapper {

    private static final ShipmentRecordMapper RECORDS = ShipmentRecordMapper.INSTANCE;

    private ShipmentsMapper() {
    }

    static ShipmentEntity newEntity(Shipment shipment) {
        ShipmentEntity e = new ShipmentEntity();
        e.setId(shipment.id().value());
        e.setTenantId(shipment.tenant().value());
        e.setReference(shipment.reference());
        e.setOriginLocationId(shipment.origin());
        Address to = shipment.destination();
        e.setDestCountry(to.country());
        e.setDestPostalCode(to.postalCode());
        e.setDestLine1(line(to, 0));
        e.setDestLine2(line(to, 1));
        e.setDestLine3(line(to, 2));
        e.setDestLine4(line(to, 3));
        e.setPromisedDate(shipment.promisedDate());
        e.setBackorderOf(shipment.backorderOf().map(ShipmentId::value).orElse(null));
        e.setCreatedAt(shipment.createdAt());
        e.setCreatedBy(shipment.createdBy());
        e.setVersion(shipment.version());
        copyChangeable(shipment, e);
        return e;
    }

    private static String line(Address address, int index) {
        return index < address.lines().size() ? address.lines().get(index) : null;
    }

    /** Copies what a step may change: state, proof, split link, booking and the collections. */
    static void copyChangeable(Shipment s, ShipmentEntity e) {
        e.setStatus(s.status());
        DeliveryProof proof = s.deliveryProof().orElse(null);
        e.setDeliveredAt(proof == null ? null : proof.deliveredAt());
        e.setDeliverySignatory(proof == null ? null : proof.signatory());
        e.setBackorderId(s.backorder().map(ShipmentId::value).orElse(null));
        CarrierBooking booking = s.booking().orElse(null);
        e.setBookingReference(booking == null ? null : booking.reference());
        e.setBookingService(booking == null ? null : booking.service());
        e.setBookingPriceMinor(booking == null ? null : booking.price().minorUnits());
        e.setBookingCurrency(booking == null ? null : booking.price().currency().getCurrencyCode());

        List<ShipmentLineEmbeddable> lines = new ArrayList<>();
        List<ShipmentSerialEmbeddable> lineSerials = new ArrayList<>();
        for (ShipmentLine line : s.lines()) {
            lines.add(new ShipmentLineEmbeddable(line.number(), line.item(), line.quantity().value(),
                    line.quantity().unit(), line.lot()));
            lineSerials.addAll(serials(line.number(), line.serials()));
        }
        replaceIfChanged(e.getLines(), lines);
        replaceIfChanged(e.getLineSerials(), lineSerials);
        replaceIfChanged(e.getPackages(), s.packages().stream().map(ShipmentsMapper::toEmbeddable).toList());
        List<ShipmentLabelEmbeddable> labels = new ArrayList<>();
        if (booking != null) {
            for (int i = 0; i < booking.trackingNumbers().size(); i++) {
                labels.add(new ShipmentLabelEmbeddable(i + 1, s.tenant().value(), booking.trackingNumbers().get(i),
                        booking.labels().get(i)));
            }
        }
        replaceIfChanged(e.getLabels(), labels);
        append(e.getSteps(), s.history().stream().map(RECORDS::toEmbeddable).toList());
        replaceIfChanged(e.getTrackingEvents(), s.tracking().stream().map(RECORDS::toEmbeddable).toList());
        List<ReturnedGoodsEmbeddable> returns = new ArrayList<>();
        List<ShipmentSerialEmbeddable> returnSerials = new ArrayList<>();
        for (ReturnedGoods goods : s.returns()) {
            int number = returns.size() + 1;
            returns.add(new ReturnedGoodsEmbeddable(number, goods.item(), goods.quantity().value(),
                    goods.quantity().unit(), goods.lot(), goods.damaged(), goods.location(), goods.actor(), goods.at()));
            returnSerials.addAll(serials(number, goods.serials()));
        }
        replaceIfChanged(e.getReturns(), returns);
        replaceIfChanged(e.getReturnSerials(), returnSerials);
    }

    private static List<ShipmentSerialEmbeddable> serials(int owner, List<String> serials) {
        List<ShipmentSerialEmbeddable> rows = new ArrayList<>(serials.size());
        for (String serial : serials) {
            rows.add(new ShipmentSerialEmbeddable(owner, rows.size(), serial));
        }
        return rows;
    }

    private static ShipmentPackageEmbeddable toEmbeddable(ShipmentPackage p) {
        return new ShipmentPackageEmbeddable(p.number(), p.boxType(), p.weight().value(), p.weight().unit(),
                p.length().value(), p.width().value(), p.height().value(), p.length().unit());
    }

    private static <T> void replaceIfChanged(List<T> stored, List<T> wanted) {
        if (!stored.equals(wanted)) {
            stored.clear();
            stored.addAll(wanted);
        }
    }

    /** Appends what is new of a list that only grows; anything else rewrites it. */
    private static <T> void append(List<T> stored, List<T> wanted) {
        if (wanted.size() >= stored.size() && wanted.subList(0, stored.size()).equals(stored)) {
            stored.addAll(wanted.subList(stored.size(), wanted.size()));
        } else {
            replaceIfChanged(stored, wanted);
        }
    }

    static Shipment toDomain(ShipmentEntity e) {
        List<String> addressLines = new ArrayList<>(4);
        for (String line : new String[] {e.getDestLine1(), e.getDestLine2(), e.getDestLine3(), e.getDestLine4()}) {
            if (line != null) {
                addressLines.add(line);
            }
        }
        Address destination = new Address(e.getDestCountry(), e.getDestPostalCode(), addressLines);
        Map<Integer, List<String>> lineSerials = grouped(e.getLineSerials());
        List<ShipmentLine> lines = e.getLines().stream().sorted(Comparator.comparingInt(ShipmentLineEmbeddable::lineNo))
                .map(l -> new ShipmentLine(l.lineNo(), l.itemId(), Quantity.of(l.quantity(), l.unit()), l.lot(),
                        lineSerials.getOrDefault(l.lineNo(), List.of())))
                .toList();
        List<ShipmentPackage> packages = e.getPackages().stream()
                .sorted(Comparator.comparingInt(ShipmentPackageEmbeddable::packageNo))
                .map(p -> new ShipmentPackage(p.packageNo(), p.boxType(), Quantity.of(p.weight(), p.weightUnit()),
                        Quantity.of(p.length(), p.dimensionUnit()), Quantity.of(p.width(), p.dimensionUnit()),
                        Quantity.of(p.height(), p.dimensionUnit())))
                .toList();
        CarrierBooking booking = null;
        if (e.getBookingReference() != null) {
            List<ShipmentLabelEmbeddable> labels = e.getLabels().stream()
                    .sorted(Comparator.comparingInt(ShipmentLabelEmbeddable::packageNo)).toList();
            booking = new CarrierBooking(e.getBookingReference(), e.getBookingService(),
                    Money.ofMinor(e.getBookingPriceMinor(), Currency.getInstance(e.getBookingCurrency())),
                    labels.stream().map(ShipmentLabelEmbeddable::trackingNumber).toList(),
                    labels.stream().map(ShipmentLabelEmbeddable::label).toList());
        }
        List<ShipmentStep> history = e.getSteps().stream().map(RECORDS::toDomain).toList();
        // the aggregate's order (time, then the carrier's event id) in Java, whatever the database's collation
        List<PackageTracking> tracking = e.getTrackingEvents().stream()
                .sorted(Comparator.comparing(TrackingEventEmbeddable::occurredAt)
                        .thenComparing(TrackingEventEmbeddable::eventId))
                .map(RECORDS::toDomain).toList();
        Map<Integer, List<String>> returnSerials = grouped(e.getReturnSerials());
        List<ReturnedGoods> returns = e.getReturns().stream()
                .sorted(Comparator.comparingInt(ReturnedGoodsEmbeddable::returnNo))
                .map(r -> new ReturnedGoods(r.itemId(), Quantity.of(r.quantity(), r.unit()), r.lot(),
                        returnSerials.getOrDefault(r.returnNo(), List.of()), r.damaged(), r.locationId(),
                        r.returnedBy(), r.returnedAt()))
                .toList();
        DeliveryProof proof = e.getDeliveredAt() == null ? null
                : new DeliveryProof(e.getDeliveredAt(), e.getDeliverySignatory());
        return Shipment.restore(ShipmentId.of(e.getId()), TenantId.of(e.getTenantId()), e.getReference(),
                e.getOriginLocationId(), destination, lines, e.getPromisedDate(), e.getStatus(), history, proof,
                packages, id(e.getBackorderOf()), id(e.getBackorderId()), booking, tracking, returns, e.getCreatedAt(),
                e.getCreatedBy(), e.getVersion());
    }

    private static Map<Integer, List<String>> grouped(List<ShipmentSerialEmbeddable> serials) {
        Map<Integer, List<String>> byOwner = new LinkedHashMap<>();
        serials.stream()
                .sorted(Comparator.comparingInt(ShipmentSerialEmbeddable::ownerNo)
                        .thenComparingInt(ShipmentSerialEmbeddable::position))
                .forEach(s -> byOwner.computeIfAbsent(s.ownerNo(), n -> new ArrayList<>()).add(s.serialNumber()));
        return byOwner;
    }

    private static ShipmentId id(UUID value) {
        return value == null ? null : ShipmentId.of(value);
    }
}
