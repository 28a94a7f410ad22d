package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * An allocation was undone and its posting reversed: the amount is open on the document again.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param paymentId the payment
 * @param allocationId the allocation
 * @param invoiceId the invoice
 * @serial exclude
 */
public record PaymentAllocationUndone(UUID eventId, TenantId tenant, Instant occurredAt, PaymentId paymentId,
                                      UUID allocationId, InvoiceId invoiceId) implements DomainEvent {
}
