package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A leave type was defined.
 *
 * @serial exclude
 */
public record LeaveTypeDefined(UUID eventId, TenantId tenant, Instant occurredAt, LeaveTypeId leaveTypeId, String code, LeaveCategory category) implements DomainEvent {
}
