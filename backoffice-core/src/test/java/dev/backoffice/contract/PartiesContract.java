package dev.backoffice.contract;

import dev.backoffice.accounts.domain.Address;
import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.PaymentTerms;
import dev.backoffice.common.ConcurrentUpdateException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.accounts.spi.PartyRecords}. */
public abstract class PartiesContract extends ReceivablesAdapterContract {

    private static final Address ADDRESS = new Address("1 rue de la Paix", "Bât. B", "75002", "Paris", "IDF", "FR");

    @Test
    void storesAndFindsAPartyWithAllItsFieldsInItsTenantOnly() {
        Party party = Party.register(dev.backoffice.accounts.domain.PartyId.of(newId()), tenant, PartyRole.CUSTOMER,
                "Dupont SA", "FR123", ADDRESS, null, PaymentTerms.net(45), USD, NOW, AdapterContract::newId);
        inTx(() -> receivables().parties().add(party));

        Party found = inTx(() -> receivables().parties().find(tenant, party.id())).orElseThrow();
        assertThat(found.role()).isEqualTo(PartyRole.CUSTOMER);
        assertThat(found.name()).isEqualTo("Dupont SA");
        assertThat(found.taxId()).contains("FR123");
        assertThat(found.billingAddress()).contains(ADDRESS);
        assertThat(found.shippingAddress()).isEmpty();
        assertThat(found.paymentTerms()).isEqualTo(PaymentTerms.net(45));
        assertThat(found.currency()).isEqualTo(USD);
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(inTx(() -> receivables().parties().find(otherTenant, party.id()))).isEmpty();
    }

    @Test
    void storesAnUpdateOnceAndRefusesAStaleVersion() {
        Party party = storedParty(tenant, PartyRole.SUPPLIER, "Acier SARL");
        Party first = inTx(() -> receivables().parties().find(tenant, party.id())).orElseThrow();
        Party second = inTx(() -> receivables().parties().find(tenant, party.id())).orElseThrow();

        first.update("Acier & Co", null, ADDRESS, ADDRESS, PaymentTerms.net(10), EUR, NOW, AdapterContract::newId);
        inTx(() -> receivables().parties().update(first));
        second.update("Stale", null, null, null, PaymentTerms.net(10), EUR, NOW, AdapterContract::newId);

        assertThatThrownBy(() -> inTx(() -> receivables().parties().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        Party stored = inTx(() -> receivables().parties().find(tenant, party.id())).orElseThrow();
        assertThat(stored.name()).isEqualTo("Acier & Co");
        assertThat(stored.shippingAddress()).contains(ADDRESS);
    }

    @Test
    void aRolledBackAddLeavesNothing() {
        Party party = party(tenant, PartyRole.CUSTOMER, "Ghost");
        assertThatThrownBy(() -> inTx(() -> {
            receivables().parties().add(party);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(inTx(() -> receivables().parties().find(tenant, party.id()))).isEmpty();
    }

    @Test
    void listsTheTenantsPartiesOfARoleByNameOnePageAtATime() {
        storedParty(tenant, PartyRole.CUSTOMER, "Charlie");
        storedParty(tenant, PartyRole.CUSTOMER, "Alpha");
        storedParty(tenant, PartyRole.CUSTOMER, "Bravo");
        storedParty(tenant, PartyRole.SUPPLIER, "Aardvark");
        storedParty(otherTenant, PartyRole.CUSTOMER, "Aaron");

        assertThat(inTx(() -> receivables().parties().list(tenant, PartyRole.CUSTOMER, 0, 10)))
                .extracting(Party::name).containsExactly("Alpha", "Bravo", "Charlie");
        assertThat(inTx(() -> receivables().parties().list(tenant, PartyRole.CUSTOMER, 1, 1)))
                .extracting(Party::name).containsExactly("Bravo");
        assertThat(inTx(() -> receivables().parties().list(tenant, PartyRole.SUPPLIER, 0, 10)))
                .extracting(Party::name).containsExactly("Aardvark");
    }
}
