package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Part of a payment was allocated to a document.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param paymentId the payment
 * @param allocationId the allocation
 * @param invoiceId the invoice
 * @param amount the amount
 * @serial exclude
 */
public record PaymentAllocated(UUID eventId, TenantId tenant, Instant occurredAt, PaymentId paymentId,
                               UUID allocationId, InvoiceId invoiceId, Money amount) implements DomainEvent {
}
