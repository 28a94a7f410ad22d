package dev.backoffice.accounts.domain;

import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class PartyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");

    private static Party customer(String name) {
        return Party.register(PartyId.of(UUID.randomUUID()), TenantId.of("acme"), PartyRole.CUSTOMER, name, "  ",
                null, null, PaymentTerms.net(30), EUR, NOW, UUID::randomUUID);
    }

    @Test
    void registersWithATrimmedNameAndRecordsAnEvent() {
        Party party = customer("  Dupont SA ");

        assertThat(party.name()).isEqualTo("Dupont SA");
        assertThat(party.taxId()).isEmpty();
        assertThat(party.pullEvents()).singleElement().isInstanceOf(PartyRegistered.class);
    }

    @Test
    void refusesABlankNameAndTermsOutsideZeroTo365Days() {
        assertRefused("validation.failed", () -> customer(" "));
        assertRefused("receivables.party.invalid_terms", () -> PaymentTerms.net(-1));
        assertRefused("receivables.party.invalid_terms", () -> PaymentTerms.net(366));
    }

    @Test
    void paymentTermsGiveTheDueDate() {
        assertThat(PaymentTerms.net(30).dueDate(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(PaymentTerms.DUE_ON_RECEIPT.dueDate(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void aCustomerIsNoSupplier() {
        Party party = customer("Dupont");
        party.requireRole(PartyRole.CUSTOMER);
        assertRefused("receivables.party.role_mismatch", () -> party.requireRole(PartyRole.SUPPLIER));
    }

    @Test
    void updateReplacesTheDetailsAndRecordsAnEvent() {
        Party party = customer("Dupont");
        party.pullEvents();
        Address address = new Address("1 rue de la Paix", null, "75002", "Paris", null, "FR");

        party.update("Dupont & Fils", "FR123", address, null, PaymentTerms.net(45), Currency.getInstance("USD"), NOW,
                UUID::randomUUID);

        assertThat(party.name()).isEqualTo("Dupont & Fils");
        assertThat(party.taxId()).contains("FR123");
        assertThat(party.billingAddress()).contains(address);
        assertThat(party.paymentTerms().netDays()).isEqualTo(45);
        assertThat(party.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(party.pullEvents()).singleElement().isInstanceOf(PartyUpdated.class);
    }
}
