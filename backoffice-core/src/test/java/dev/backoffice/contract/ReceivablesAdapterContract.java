package dev.backoffice.contract;

import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.PaymentTerms;
import dev.backoffice.accounts.spi.ReceivablesAdapters;
import dev.backoffice.common.TenantId;

/**
 * The base of the contracts of the receivables ports. A subclass names the ledger's adapters
 * ({@link #adapters()}) and the receivables adapters over the same unit of work
 * ({@link #receivables()}).
 */
public abstract class ReceivablesAdapterContract extends AdapterContract {

    /** The receivables ports under test, over the unit of work of {@link #adapters()}: by default the ones they provide. */
    protected ReceivablesAdapters receivables() {
        return adapters().receivables().orElseThrow(() -> new AssertionError("the adapters under test provide no receivables ports"));
    }

    protected Party party(TenantId owner, PartyRole role, String name) {
        return Party.register(PartyId.of(newId()), owner, role, name, null, null, null, PaymentTerms.net(30), EUR, NOW,
                AdapterContract::newId);
    }

    /** Stores a party, without its events. */
    protected Party storedParty(TenantId owner, PartyRole role, String name) {
        Party party = party(owner, role, name);
        party.pullEvents();
        inTx(() -> receivables().parties().add(party));
        return party;
    }
}
