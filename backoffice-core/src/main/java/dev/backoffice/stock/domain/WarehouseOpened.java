package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A warehouse was opened, with its root location. */
public record WarehouseOpened(UUID eventId, TenantId tenant, Instant occurredAt, WarehouseId warehouseId, String code,
                              LocationId rootLocation) implements DomainEvent {
}
