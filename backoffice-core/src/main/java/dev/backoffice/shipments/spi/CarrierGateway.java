package dev.backoffice.shipments.spi;

import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.CommonError;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.ShipmentPackage;

import java.time.Instant;
import java.util.List;

/**
 * The carrier that moves packages: rate quotes, bookings (a label and a tracking number per
 * package), cancellations, tracking events and return labels. It is called outside the unit of
 * work; a call that fails throws a {@link RuntimeException} and must have booked nothing (the
 * library reports it as {@code shipments.carrier.failed}).
 */
public interface CarrierGateway {

    /** The carrier's offers for sending these packages to the address, any order. */
    List<RateQuote> quote(TenantId tenant, Address destination, List<ShipmentPackage> packages);

    /**
     * Books the service for the packages. The same idempotency key again returns the first booking
     * and books nothing more.
     */
    Booking book(TenantId tenant, String service, Address destination, List<ShipmentPackage> packages,
                 String idempotencyKey);

    /** Cancels a booking not yet handed over. */
    void cancel(TenantId tenant, String bookingReference);

    /** The tracking events the carrier knows of a package, any order, duplicates possible. */
    List<TrackingEvent> trackingEvents(TenantId tenant, String trackingNumber);

    /** A label for sending a delivered package back. */
    Label returnLabel(TenantId tenant, String trackingNumber);

    /** An offer: a service, its price and how many days it takes. */
    record RateQuote(String service, Money price, int transitDays) {
    }

    /** A booking: the carrier's reference and one label per package, in the order of the packages. */
    record Booking(String reference, String service, Money price, List<Label> labels) {
        public Booking {
            labels = List.copyOf(labels);
        }
    }

    /** A tracking number and its printable label. */
    record Label(String trackingNumber, String label) {
    }

    /** What the carrier says happened to a package; {@code eventId} is the carrier's, for de-duplication. */
    record TrackingEvent(String eventId, String trackingNumber, dev.backoffice.shipments.domain.TrackingStatus status,
                         Instant occurredAt, String signatory) {
    }

    /** The carrier of a back office that has none: every call is refused. */
    static CarrierGateway none() {
        return NoCarrier.NONE;
    }

    /** The carrier of a back office that has none. */
    enum NoCarrier implements CarrierGateway {
        NONE;

        private static BackOfficeException refused() {
            return new BackOfficeException(CommonError.CONTEXT_NOT_PROVIDED,
                    "This back office has no carrier; configure one with BackOffice.Builder.carrierGateway(..).");
        }

        @Override
        public List<RateQuote> quote(TenantId tenant, Address destination, List<ShipmentPackage> packages) {
            throw refused();
        }

        @Override
        public Booking book(TenantId tenant, String service, Address destination, List<ShipmentPackage> packages,
                            String idempotencyKey) {
            throw refused();
        }

        @Override
        public void cancel(TenantId tenant, String bookingReference) {
            throw refused();
        }

        @Override
        public List<TrackingEvent> trackingEvents(TenantId tenant, String trackingNumber) {
            throw refused();
        }

        @Override
        public Label returnLabel(TenantId tenant, String trackingNumber) {
            throw refused();
        }
    }
}
