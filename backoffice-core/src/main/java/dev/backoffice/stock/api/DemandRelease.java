package dev.backoffice.stock.api;

import java.util.List;

/** What releasing a demand did: the reservations it released and the backorders it cancelled. */
public record DemandRelease(String demand, List<ReservationSnapshot> released, List<BackorderSnapshot> cancelled) {
}
