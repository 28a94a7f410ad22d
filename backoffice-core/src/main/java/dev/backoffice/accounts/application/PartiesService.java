package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.Parties;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.api.ReceivablesPermissions;
import dev.backoffice.accounts.api.RegisterParty;
import dev.backoffice.accounts.api.UpdateParty;
import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.PaymentTerms;
import dev.backoffice.accounts.domain.ReceivablesError;
import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.List;

final class PartiesService implements Parties {

    static final String SUBJECT = "Party";

    private final UseCases useCases;
    private final dev.backoffice.accounts.spi.PartyRecords parties;

    PartiesService(UseCases useCases, dev.backoffice.accounts.spi.PartyRecords parties) {
        this.useCases = useCases;
        this.parties = parties;
    }

    record PartyRef(@NotNull PartyId id) {
    }

    record PartyPage(@NotNull PartyRole role, @Min(0) int offset, @Min(1) @Max(1000) int limit) {
    }

    @Override
    public PartySnapshot register(Actor actor, RegisterParty command) {
        return useCases.create(actor, ReceivablesPermissions.MANAGE_PARTIES, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    Party party = Party.register(PartyId.of(useCases.newId()), actor.tenant(), command.role(),
                            command.name(), command.taxId(), command.billingAddress(), command.shippingAddress(),
                            PaymentTerms.net(command.paymentTermsDays()), command.currency(), useCases.now(),
                            useCases::newId);
                    parties.add(party);
                    useCases.audit(actor, ReceivablesPermissions.MANAGE_PARTIES, SUBJECT, party.id().value(),
                            "registered " + party.role().name().toLowerCase(java.util.Locale.ROOT));
                    useCases.publish(party.pullEvents());
                    return PartySnapshot.of(party);
                },
                snapshot -> snapshot.id().value(),
                id -> PartySnapshot.of(load(parties, actor.tenant(), PartyId.of(id))));
    }

    @Override
    public PartySnapshot update(Actor actor, UpdateParty command) {
        return useCases.command(actor, ReceivablesPermissions.MANAGE_PARTIES, command, () -> {
            Party party = load(parties, actor.tenant(), command.party());
            party.update(command.name(), command.taxId(), command.billingAddress(), command.shippingAddress(),
                    PaymentTerms.net(command.paymentTermsDays()), command.currency(), useCases.now(), useCases::newId);
            parties.update(party);
            useCases.audit(actor, ReceivablesPermissions.MANAGE_PARTIES, SUBJECT, party.id().value(), "updated");
            useCases.publish(party.pullEvents());
            return PartySnapshot.of(party);
        });
    }

    @Override
    public PartySnapshot party(Actor actor, PartyId id) {
        return useCases.query(actor, ReceivablesPermissions.READ, new PartyRef(id),
                () -> PartySnapshot.of(load(parties, actor.tenant(), id)));
    }

    @Override
    public List<PartySnapshot> list(Actor actor, PartyRole role, int offset, int limit) {
        return useCases.query(actor, ReceivablesPermissions.READ, new PartyPage(role, offset, limit),
                () -> parties.list(actor.tenant(), role, offset, limit).stream().map(PartySnapshot::of).toList());
    }

    static Party load(dev.backoffice.accounts.spi.PartyRecords parties, TenantId tenant, PartyId id) {
        return parties.find(tenant, id).orElseThrow(() -> new NotFoundException(ReceivablesError.PARTY_NOT_FOUND,
                "No customer or supplier " + id + " exists."));
    }
}
