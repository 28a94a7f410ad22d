package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A payment was recorded; {@code status} says whether it waits for an approval. */
public record PaymentRecorded(UUID eventId, TenantId tenant, Instant occurredAt, PaymentId paymentId,
                              PaymentDirection direction, PartyId party, Money amount, PaymentStatus status)
        implements DomainEvent {
}
