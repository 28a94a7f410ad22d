package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** An allocation was undone and its posting reversed: the amount is open on the document again. */
public record PaymentAllocationUndone(UUID eventId, TenantId tenant, Instant occurredAt, PaymentId paymentId,
                                      UUID allocationId, InvoiceId invoiceId) implements DomainEvent {
}
