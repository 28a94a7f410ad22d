package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Part of a payment was given back.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param paymentId the payment
 * @param refundId the refund
 * @param amount the amount
 * @serial exclude
 */
public record PaymentRefunded(UUID eventId, TenantId tenant, Instant occurredAt, PaymentId paymentId,
                              UUID refundId, Money amount) implements DomainEvent {
}
