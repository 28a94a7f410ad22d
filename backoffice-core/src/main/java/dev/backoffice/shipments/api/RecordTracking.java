package dev.backoffice.shipments.api;

import dev.backoffice.shipments.domain.TrackingStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A tracking event the carrier sent for a package (a notification the host received).
 *
 * @param trackingNumber the tracking number of the package, as the carrier gave it at booking
 * @param eventId        the carrier's id of the event: the same id again changes nothing
 * @param status         what the event says of the package
 * @param occurredAt     when it happened at the carrier; events are ordered by it, not by arrival
 * @param signatory      who signed, for a delivery, or null
 */
public record RecordTracking(@NotBlank @Size(max = 64) String trackingNumber, @NotBlank @Size(max = 128) String eventId,
                             @NotNull TrackingStatus status, @NotNull Instant occurredAt,
                             @Size(max = 200) String signatory) {
}
