package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A gateway charge was requested, authorized, declined, captured, voided or refunded in part.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param chargeId the charge
 * @param status the new status
 * @param captured the amount captured so far
 * @param refunded the amount refunded so far
 * @serial exclude
 */
public record GatewayChargeChanged(UUID eventId, TenantId tenant, Instant occurredAt, GatewayChargeId chargeId,
                                   GatewayChargeStatus status, Money captured, Money refunded)
        implements DomainEvent {
}
