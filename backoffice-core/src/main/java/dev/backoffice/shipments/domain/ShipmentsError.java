package dev.backoffice.shipments.domain;

import dev.backoffice.common.ErrorCode;

/** The error codes of the shipments context. */
public enum ShipmentsError implements ErrorCode {
    /** The tenant has no shipment with that id. */
    SHIPMENT_NOT_FOUND("shipments.shipment.not_found"),
    /** The shipment's state does not allow the step asked for (see the transition table). */
    TRANSITION_NOT_ALLOWED("shipments.transition.not_allowed"),
    /** A shipment needs at least one line, and every line a positive quantity. */
    LINES_INVALID("shipments.lines.invalid"),
    /** A line lists serial numbers that are not one distinct number per unit of its quantity. */
    SERIALS_MISMATCH("shipments.line.serials_mismatch"),
    /** Not all of a shipment's lines could be reserved at its origin. */
    STOCK_INSUFFICIENT("shipments.stock.insufficient"),
    /** The country of an address is not an ISO 3166-1 alpha-2 code. */
    ADDRESS_COUNTRY_INVALID("shipments.address.country_invalid"),
    /** The postal code of an address is missing or out of form. */
    ADDRESS_POSTAL_CODE_INVALID("shipments.address.postal_code_invalid"),
    /** An address needs one to four non-blank lines of at most 100 characters. */
    ADDRESS_LINES_INVALID("shipments.address.lines_invalid"),
    /** A package without a box type, or with a weight or dimension of zero or less, or dimensions in two units. */
    PACKAGE_INVALID("shipments.package.invalid"),
    /** Booking needs a packed shipment without a booking; unpacking and cancelling need none. */
    BOOKING_NOT_ALLOWED("shipments.booking.not_allowed"),
    /** The shipment has no booking with the carrier. */
    BOOKING_NONE("shipments.booking.none"),
    /** The carrier refused or failed; nothing was booked or changed. */
    CARRIER_FAILED("shipments.carrier.failed"),
    /** The carrier offers no service for these packages and this address. */
    CARRIER_NO_QUOTE("shipments.carrier.no_quote"),
    /** No package of the tenant's shipments has that tracking number. */
    TRACKING_UNKNOWN("shipments.tracking.unknown"),
    /** Goods are received back only from a shipment that was delivered or returned to the sender. */
    RETURN_NOT_ALLOWED("shipments.return.not_allowed"),
    /** More of an item would come back than the shipment carried (and has not come back yet). */
    RETURN_TOO_MUCH("shipments.return.too_much"),
    /** Damaged goods came back but no location for damaged goods was given. */
    RETURN_LOCATION_REQUIRED("shipments.return.location_required"),
    /** The origin of a shipment is not an internal stock location of the tenant. */
    ORIGIN_INVALID("shipments.origin.invalid"),
    /** The tenant has no inbound receipt with that id. */
    RECEIPT_NOT_FOUND("shipments.receipt.not_found"),
    /** The receipt's state does not allow the step (receive and close short while open, cancel while nothing accepted). */
    RECEIPT_NOT_ALLOWED("shipments.receipt.not_allowed"),
    /** A receipt without lines, a line expecting zero or less or at a negative cost, costs in two currencies, or a delivery line bringing nothing. */
    RECEIPT_LINES_INVALID("shipments.receipt.lines_invalid"),
    /** A delivery names a line the receipt does not have, or names one line twice. */
    RECEIPT_LINE_UNKNOWN("shipments.receipt.line_unknown"),
    /** More accepted of a line than expected plus the receipt's allowed over-receipt. */
    RECEIPT_OVER_RECEIVED("shipments.receipt.over_received"),
    /** Goods rejected without a reason. */
    RECEIPT_REASON_REQUIRED("shipments.receipt.reason_required"),
    /** Delivered goods of another lot than the line expects. */
    RECEIPT_LOT_MISMATCH("shipments.receipt.lot_mismatch"),
    /** The location goods are received into is not an internal location of the tenant. */
    RECEIPT_LOCATION_INVALID("shipments.receipt.location_invalid"),
    /** The tenant has no return shipment with that id. */
    RETURN_SHIPMENT_NOT_FOUND("shipments.return_shipment.not_found"),
    /** The return shipment's state does not allow the step. */
    RETURN_SHIPMENT_NOT_ALLOWED("shipments.return_shipment.not_allowed"),
    /** Goods named damaged on a line the return shipment does not have. */
    RETURN_SHIPMENT_LINE_UNKNOWN("shipments.return_shipment.line_unknown");

    private final String code;

    ShipmentsError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
