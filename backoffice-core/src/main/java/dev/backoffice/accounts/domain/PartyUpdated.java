package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * The details of a customer or supplier changed (name, tax id, addresses, terms or currency).
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param partyId the party
 * @serial exclude
 */
public record PartyUpdated(UUID eventId, TenantId tenant, Instant occurredAt, PartyId partyId) implements DomainEvent {
}
