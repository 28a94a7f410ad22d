package dev.backoffice.shipments.domain;

/** Where a return shipment stands. */
public enum ReturnShipmentStatus {
    /** The return is authorized: the customer may send the goods back. */
    AUTHORIZED,
    /** The carrier's return label was obtained. */
    LABELLED,
    /** The carrier has the goods and they are on their way back. */
    IN_TRANSIT,
    /** The goods arrived and were received back into stock (or into the location for damaged goods). */
    RECEIVED,
    /** The authorization was withdrawn before the goods left the customer. */
    CANCELLED;

    /** {@return whether goods may still come back under it (it counts against what may still be returned)} */
    public boolean isOpen() {
        return this == AUTHORIZED || this == LABELLED || this == IN_TRANSIT;
    }
}
