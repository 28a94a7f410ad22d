package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A customer or supplier was registered. */
public record PartyRegistered(UUID eventId, TenantId tenant, Instant occurredAt, PartyId partyId, PartyRole role)
        implements DomainEvent {
}
