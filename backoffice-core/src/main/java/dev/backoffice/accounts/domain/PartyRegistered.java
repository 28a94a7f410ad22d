package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer or supplier was registered.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param partyId the party
 * @param role customer or supplier
 * @serial exclude
 */
public record PartyRegistered(UUID eventId, TenantId tenant, Instant occurredAt, PartyId partyId, PartyRole role)
        implements DomainEvent {
}
