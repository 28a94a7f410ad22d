package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment was recorded; {@code status} says whether it waits for an approval.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param paymentId the payment
 * @param direction the direction
 * @param party the party
 * @param amount the amount
 * @param status the status it has now
 * @serial exclude
 */
public record PaymentRecorded(UUID eventId, TenantId tenant, Instant occurredAt, PaymentId paymentId,
                              PaymentDirection direction, PartyId party, Money amount, PaymentStatus status)
        implements DomainEvent {
}
