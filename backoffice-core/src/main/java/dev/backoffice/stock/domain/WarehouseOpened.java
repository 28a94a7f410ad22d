package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A warehouse was opened, with its root location.
 *
 * @param eventId      the unique id of this event
 * @param tenant       the tenant it belongs to
 * @param occurredAt   when it happened, on the injected clock
 * @param warehouseId  the warehouse
 * @param code         its code
 * @param rootLocation its root location
 * @serial exclude
 */
public record WarehouseOpened(UUID eventId, TenantId tenant, Instant occurredAt, WarehouseId warehouseId, String code,
                              LocationId rootLocation) implements DomainEvent {
}
