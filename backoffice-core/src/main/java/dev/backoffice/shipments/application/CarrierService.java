package dev.backoffice.shipments.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.CommonError;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.shipments.api.AdvanceShipment;
import dev.backoffice.shipments.api.BookCarrier;
import dev.backoffice.shipments.api.CarrierLabel;
import dev.backoffice.shipments.api.CarrierQuote;
import dev.backoffice.shipments.api.Carriers;
import dev.backoffice.shipments.api.QuoteRule;
import dev.backoffice.shipments.api.RecordTracking;
import dev.backoffice.shipments.api.ShipmentSnapshot;
import dev.backoffice.shipments.api.ShipmentsPermissions;
import dev.backoffice.shipments.domain.CarrierBooking;
import dev.backoffice.shipments.domain.PackageTracking;
import dev.backoffice.shipments.domain.Shipment;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentsError;
import dev.backoffice.shipments.spi.CarrierGateway;
import dev.backoffice.shipments.spi.Shipments;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The carrier side of shipments. The carrier is called outside any unit of work: first the
 * shipment is read and checked, then the carrier is called, then its answer is stored in a unit of
 * work that checks the shipment again.
 */
final class CarrierService implements Carriers {

    private static final Logger LOG = LoggerFactory.getLogger(CarrierService.class);

    private final UseCases useCases;
    private final Shipments shipments;
    private final CarrierGateway carrier;

    CarrierService(UseCases useCases, Shipments shipments, CarrierGateway carrier) {
        this.useCases = useCases;
        this.shipments = shipments;
        this.carrier = carrier;
    }

    record ShipmentRef(@NotNull ShipmentId shipment) {
    }

    record PackageRef(@NotNull ShipmentId shipment, @Min(1) int packageNumber) {
    }

    record TrackingRef(@NotBlank @Size(max = 64) String trackingNumber) {
    }

    record CancelBooking(@NotNull @jakarta.validation.Valid AdvanceShipment command) {
    }

    private Shipment load(Actor actor, ShipmentId id) {
        return shipments.find(actor.tenant(), id).orElseThrow(() -> new NotFoundException(
                ShipmentsError.SHIPMENT_NOT_FOUND, "Shipment " + id + " does not exist."));
    }

    private <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (BackOfficeException refused) {
            if (refused.errorCode() == CommonError.CONTEXT_NOT_PROVIDED) {
                throw refused;
            }
            throw new RuleViolationException(ShipmentsError.CARRIER_FAILED, "The carrier refused: " + refused.getMessage(),
                    refused);
        } catch (RuntimeException failed) {
            LOG.warn("The carrier failed: {}", failed.toString());
            throw new RuleViolationException(ShipmentsError.CARRIER_FAILED,
                    "The carrier could not be reached or failed; nothing was changed.", failed);
        }
    }

    private List<CarrierQuote> quotesFor(Actor actor, Shipment shipment) {
        List<CarrierGateway.RateQuote> offered = call(() -> carrier.quote(actor.tenant(), shipment.destination(),
                shipment.packages()));
        return offered.stream().map(q -> new CarrierQuote(q.service(), q.price(), q.transitDays()))
                .sorted(Comparator.comparing(CarrierQuote::price).thenComparingInt(CarrierQuote::transitDays)
                        .thenComparing(CarrierQuote::service))
                .toList();
    }

    private Shipment packed(Actor actor, ShipmentId id) {
        Shipment shipment = useCases.read(actor.tenant(), () -> load(actor, id));
        if (!shipment.bookable()) {
            throw new RuleViolationException(ShipmentsError.BOOKING_NOT_ALLOWED,
                    "Shipment " + id + " is " + shipment.status() + (shipment.booking().isPresent() ? " and booked" : "")
                            + ": only a packed shipment without a booking is quoted and booked.");
        }
        return shipment;
    }

    @Override
    public List<CarrierQuote> quotes(Actor actor, ShipmentId shipment) {
        useCases.admit(actor, ShipmentsPermissions.BOOK, new ShipmentRef(shipment));
        return quotesFor(actor, packed(actor, shipment));
    }

    @Override
    public ShipmentSnapshot book(Actor actor, BookCarrier command) {
        useCases.admit(actor, ShipmentsPermissions.BOOK, command);
        Optional<UUID> earlier = useCases.read(actor.tenant(), () -> useCases.recall(actor, command.idempotencyKey(), command));
        if (earlier.isPresent()) {
            return useCases.read(actor.tenant(), () -> ShipmentSnapshot.of(load(actor, ShipmentId.of(earlier.get()))));
        }
        Shipment shipment = packed(actor, command.shipment());
        List<CarrierQuote> quotes = quotesFor(actor, shipment);
        CarrierQuote chosen = choose(quotes, command);
        String key = command.idempotencyKey() != null ? command.idempotencyKey()
                : "shipment/" + shipment.id() + "/" + shipment.version();
        CarrierGateway.Booking booking = call(() -> carrier.book(actor.tenant(), chosen.service(),
                shipment.destination(), shipment.packages(), key));
        try {
            return useCases.execute(actor.tenant(), () -> {
                Optional<UUID> raced = useCases.recall(actor, command.idempotencyKey(), command);
                if (raced.isPresent()) {
                    return ShipmentSnapshot.of(load(actor, ShipmentId.of(raced.get())));
                }
                Shipment current = load(actor, command.shipment());
                if (current.booking().filter(b -> b.reference().equals(booking.reference())).isPresent()) {
                    // a concurrent call passed the carrier the same key and stored the same booking first
                    return ShipmentSnapshot.of(current);
                }
                current.book(new CarrierBooking(booking.reference(), booking.service(), booking.price(),
                        booking.labels().stream().map(CarrierGateway.Label::trackingNumber).toList(),
                        booking.labels().stream().map(CarrierGateway.Label::label).toList()), actor.id(),
                        useCases.now(), useCases::newId);
                shipments.update(current);
                useCases.audit(actor, ShipmentsPermissions.BOOK, ShippingService.SUBJECT, current.id().value(),
                        "booked with the carrier: " + booking.service());
                useCases.publish(current.pullEvents());
                useCases.remember(actor, command.idempotencyKey(), command, current.id().value());
                return ShipmentSnapshot.of(current);
            });
        } catch (RuntimeException notStored) {
            if (!storedWith(actor, command.shipment(), booking.reference())) {
                cancelQuietly(actor, booking.reference());
            }
            throw notStored;
        }
    }

    /** Whether the shipment holds that booking now (then it is not this call's to cancel at the carrier). */
    private boolean storedWith(Actor actor, ShipmentId id, String bookingReference) {
        try {
            return useCases.read(actor.tenant(), () -> shipments.find(actor.tenant(), id)
                    .flatMap(Shipment::booking).filter(b -> b.reference().equals(bookingReference)).isPresent());
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private void cancelQuietly(Actor actor, String bookingReference) {
        try {
            carrier.cancel(actor.tenant(), bookingReference);
        } catch (RuntimeException failed) {
            LOG.warn("A booking that could not be stored could not be cancelled at the carrier either: {}", failed.toString());
        }
    }

    private static CarrierQuote choose(List<CarrierQuote> quotes, BookCarrier command) {
        if (command.service() != null && !command.service().isBlank()) {
            return quotes.stream().filter(q -> q.service().equals(command.service().strip())).findFirst()
                    .orElseThrow(() -> new RuleViolationException(ShipmentsError.CARRIER_NO_QUOTE,
                            "The carrier offers no service " + command.service().strip() + " for this shipment."));
        }
        Comparator<CarrierQuote> order = command.rule() == QuoteRule.FASTEST
                ? Comparator.comparingInt(CarrierQuote::transitDays).thenComparing(CarrierQuote::price)
                        .thenComparing(CarrierQuote::service)
                : Comparator.comparing(CarrierQuote::price).thenComparingInt(CarrierQuote::transitDays)
                        .thenComparing(CarrierQuote::service);
        return quotes.stream().min(order).orElseThrow(() -> new RuleViolationException(ShipmentsError.CARRIER_NO_QUOTE,
                "The carrier offers no service for this shipment."));
    }

    @Override
    public ShipmentSnapshot cancelBooking(Actor actor, AdvanceShipment command) {
        useCases.admit(actor, ShipmentsPermissions.BOOK, new CancelBooking(command));
        Shipment shipment = useCases.read(actor.tenant(), () -> load(actor, command.shipment()));
        CarrierBooking booking = shipment.booking().orElseThrow(() -> new RuleViolationException(
                ShipmentsError.BOOKING_NONE, "Shipment " + shipment.id() + " has no booking."));
        if (shipment.hasLeft()) {
            throw new RuleViolationException(ShipmentsError.BOOKING_NOT_ALLOWED,
                    "Shipment " + shipment.id() + " has left: its booking can no longer be cancelled.");
        }
        call(() -> {
            carrier.cancel(actor.tenant(), booking.reference());
            return null;
        });
        return useCases.execute(actor.tenant(), () -> {
            Shipment current = load(actor, command.shipment());
            if (current.booking().filter(b -> b.reference().equals(booking.reference())).isEmpty()) {
                return ShipmentSnapshot.of(current); // cancelled meanwhile by another call
            }
            current.dropBooking(actor.id(), useCases.now(), useCases::newId);
            shipments.update(current);
            useCases.audit(actor, ShipmentsPermissions.BOOK, ShippingService.SUBJECT, current.id().value(),
                    "booking cancelled");
            useCases.publish(current.pullEvents());
            return ShipmentSnapshot.of(current);
        });
    }

    @Override
    public ShipmentSnapshot recordTracking(Actor actor, RecordTracking command) {
        return useCases.command(actor, ShipmentsPermissions.TRACK, command, () -> {
            Shipment shipment = shipments.findByTrackingNumber(actor.tenant(), command.trackingNumber().strip())
                    .orElseThrow(() -> unknown(command.trackingNumber()));
            record(actor, shipment, List.of(new PackageTracking(command.eventId().strip(),
                    command.trackingNumber().strip(), command.status(), command.occurredAt(),
                    command.signatory() == null || command.signatory().isBlank() ? null : command.signatory().strip())));
            return ShipmentSnapshot.of(shipment);
        });
    }

    private static NotFoundException unknown(String trackingNumber) {
        return new NotFoundException(ShipmentsError.TRACKING_UNKNOWN,
                "No shipment has a package with tracking number " + trackingNumber + ".");
    }

    private void record(Actor actor, Shipment shipment, List<PackageTracking> events) {
        List<DomainEvent> published = new ArrayList<>();
        int recorded = 0;
        for (PackageTracking event : events) {
            if (shipment.track(event, actor.id(), useCases.now(), useCases::newId)) {
                recorded++;
            }
        }
        if (recorded > 0) {
            shipments.update(shipment);
            useCases.audit(actor, ShipmentsPermissions.TRACK, ShippingService.SUBJECT, shipment.id().value(),
                    recorded + " tracking event(s) recorded; now " + shipment.status());
            published.addAll(shipment.pullEvents());
            useCases.publish(published);
        }
    }

    @Override
    public ShipmentSnapshot refreshTracking(Actor actor, ShipmentId id) {
        useCases.admit(actor, ShipmentsPermissions.TRACK, new ShipmentRef(id));
        Shipment shipment = useCases.read(actor.tenant(), () -> load(actor, id));
        CarrierBooking booking = shipment.booking().orElseThrow(() -> new RuleViolationException(
                ShipmentsError.BOOKING_NONE, "Shipment " + id + " has no booking."));
        List<PackageTracking> events = new ArrayList<>();
        for (String number : booking.trackingNumbers()) {
            for (CarrierGateway.TrackingEvent e : call(() -> carrier.trackingEvents(actor.tenant(), number))) {
                if (number.equals(e.trackingNumber())) {
                    events.add(new PackageTracking(e.eventId(), e.trackingNumber(), e.status(), e.occurredAt(),
                            e.signatory()));
                }
            }
        }
        return useCases.execute(actor.tenant(), () -> {
            Shipment current = load(actor, id);
            if (current.booking().isPresent()) {
                record(actor, current, events);
            }
            return ShipmentSnapshot.of(current);
        });
    }

    @Override
    public CarrierLabel returnLabel(Actor actor, ShipmentId id, int packageNumber) {
        useCases.admit(actor, ShipmentsPermissions.BOOK, new PackageRef(id, packageNumber));
        CarrierGateway.Label label = returnLabelFor(actor, id, packageNumber);
        useCases.execute(actor.tenant(), () -> {
            useCases.audit(actor, ShipmentsPermissions.BOOK, ShippingService.SUBJECT, id.value(),
                    "return label for package " + packageNumber);
            return null;
        });
        return new CarrierLabel(label.trackingNumber(), label.label());
    }

    /**
     * The carrier's label for sending a package of a booked shipment back: the shipment is read and
     * checked ({@code shipments.shipment.not_found}, {@code shipments.booking.none},
     * {@code shipments.tracking.unknown}), then the carrier is called outside any unit of work
     * ({@code shipments.carrier.failed}). The one piece of code behind {@link #returnLabel} and
     * {@code Returns.requestLabel}; the caller admitted the actor.
     */
    CarrierGateway.Label returnLabelFor(Actor actor, ShipmentId id, int packageNumber) {
        Shipment shipment = useCases.read(actor.tenant(), () -> load(actor, id));
        CarrierBooking booking = shipment.booking().orElseThrow(() -> new RuleViolationException(
                ShipmentsError.BOOKING_NONE, "Shipment " + id + " has no booking."));
        if (packageNumber < 1 || packageNumber > booking.trackingNumbers().size()) {
            throw unknown("of package " + packageNumber);
        }
        return call(() -> carrier.returnLabel(actor.tenant(), booking.trackingNumbers().get(packageNumber - 1)));
    }

    @Override
    public ShipmentSnapshot shipmentByTrackingNumber(Actor actor, String trackingNumber) {
        return useCases.query(actor, ShipmentsPermissions.READ, new TrackingRef(trackingNumber), () ->
                ShipmentSnapshot.of(shipments.findByTrackingNumber(actor.tenant(), trackingNumber.strip())
                        .orElseThrow(() -> unknown(trackingNumber))));
    }
}
