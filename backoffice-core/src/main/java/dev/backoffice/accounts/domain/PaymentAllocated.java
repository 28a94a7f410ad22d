package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** Part of a payment was allocated to a document. */
public record PaymentAllocated(UUID eventId, TenantId tenant, Instant occurredAt, PaymentId paymentId,
                               UUID allocationId, InvoiceId invoiceId, Money amount) implements DomainEvent {
}
