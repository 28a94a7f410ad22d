package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * An outgoing payment above the threshold was approved by another actor, and posted.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param paymentId the payment
 * @param approvedBy the id of the approving actor
 * @serial exclude
 */
public record PaymentApproved(UUID eventId, TenantId tenant, Instant occurredAt, PaymentId paymentId,
                              String approvedBy) implements DomainEvent {
}
