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
 *
 * <p>A host plugs its carrier in with {@code BackOffice.Builder.carrierGateway(..)}; without one,
 * {@link #none()} refuses every call. The in-memory adapter {@code InMemoryCarrier} is a scripted
 * carrier for tests and examples.
 */
public interface CarrierGateway {

    /**
     * The carrier's offers for sending these packages to the address, any order.
     *
     * @param tenant      the tenant whose shipment it is
     * @param destination where the packages go
     * @param packages    the packages, with their weights and dimensions
     * @return the offers; empty when the carrier serves no such address or packages
     */
    List<RateQuote> quote(TenantId tenant, Address destination, List<ShipmentPackage> packages);

    /**
     * Books the service for the packages. The same idempotency key again returns the first booking
     * and books nothing more.
     *
     * @param tenant         the tenant whose shipment it is
     * @param service        one of the services {@link #quote} offered
     * @param destination    where the packages go
     * @param packages       the packages, in order
     * @param idempotencyKey the key the library derives from the shipment (or the host's key): the
     *                       same key again must return the first booking
     * @return the booking, with one label per package in the order of the packages
     */
    Booking book(TenantId tenant, String service, Address destination, List<ShipmentPackage> packages,
                 String idempotencyKey);

    /**
     * Cancels a booking not yet handed over.
     *
     * @param tenant           the tenant whose shipment it is
     * @param bookingReference the carrier's reference of the booking
     */
    void cancel(TenantId tenant, String bookingReference);

    /**
     * The tracking events the carrier knows of a package, any order, duplicates possible.
     *
     * @param tenant         the tenant whose shipment it is
     * @param trackingNumber the package's tracking number
     * @return the events; empty when there are none yet
     */
    List<TrackingEvent> trackingEvents(TenantId tenant, String trackingNumber);

    /**
     * A label for sending a delivered package back.
     *
     * @param tenant         the tenant whose shipment it is
     * @param trackingNumber the tracking number of the package that goes back
     * @return the return label, with its own tracking number
     */
    Label returnLabel(TenantId tenant, String trackingNumber);

    /**
     * An offer: a service, its price and how many days it takes.
     *
     * @param service     the carrier's name of the service
     * @param price       what the carrier charges for it, for all the packages
     * @param transitDays how many days the packages take
     */
    record RateQuote(String service, Money price, int transitDays) {
    }

    /**
     * A booking: the carrier's reference and one label per package, in the order of the packages.
     *
     * @param reference the carrier's reference of the booking, used to cancel it
     * @param service   the service booked
     * @param price     what the carrier charges
     * @param labels    one label per package, in the order of the packages
     */
    record Booking(String reference, String service, Money price, List<Label> labels) {
        /**
         * Copies the labels, so the booking stays immutable.
         *
         * @param reference the carrier's reference of the booking, used to cancel it
         * @param service   the service booked
         * @param price     what the carrier charges
         * @param labels    one label per package, in the order of the packages
         */
        public Booking {
            labels = List.copyOf(labels);
        }
    }

    /**
     * A tracking number and its printable label.
     *
     * @param trackingNumber the carrier's tracking number of the package
     * @param label          the label to print, as the carrier returns it
     */
    record Label(String trackingNumber, String label) {
    }

    /**
     * What the carrier says happened to a package.
     *
     * @param eventId        the carrier's id of the event, for de-duplication
     * @param trackingNumber the package's tracking number
     * @param status         what happened to the package
     * @param occurredAt     when it happened
     * @param signatory      who signed, for a delivery, or null
     */
    record TrackingEvent(String eventId, String trackingNumber, dev.backoffice.shipments.domain.TrackingStatus status,
                         Instant occurredAt, String signatory) {
    }

    /**
     * The carrier of a back office that has none: every call is refused.
     *
     * @return the gateway that refuses every call with {@code backoffice.context_not_provided}
     */
    static CarrierGateway none() {
        return NoCarrier.NONE;
    }

    /**
     * The carrier of a back office that has none: every call throws a
     * {@link dev.backoffice.common.BackOfficeException} with {@code backoffice.context_not_provided}.
     */
    enum NoCarrier implements CarrierGateway {
        /** The only instance. */
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
