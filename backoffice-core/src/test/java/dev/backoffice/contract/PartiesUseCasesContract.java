package dev.backoffice.contract;

import dev.backoffice.accounts.api.ConfigureReceivables;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.api.ReceivablesPermissions;
import dev.backoffice.accounts.api.RegisterParty;
import dev.backoffice.accounts.api.UpdateParty;
import dev.backoffice.accounts.application.ReceivablesContext;
import dev.backoffice.accounts.domain.Address;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRegistered;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.PartyUpdated;
import dev.backoffice.accounts.domain.ReceivablesConfiguration;
import dev.backoffice.common.AccessDeniedException;
import dev.backoffice.common.ValidationException;
import dev.backoffice.common.spi.AccessPolicy;
import org.junit.jupiter.api.Test;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Customers, suppliers and the receivables configuration through the api. */
public abstract class PartiesUseCasesContract extends ReceivablesUseCasesContract {

    private static final Address PARIS = new Address("1 rue de la Paix", null, "75002", "Paris", null, "FR");

    @Test
    void registersACustomerAuditedAndPublishedAndReadsItBack() {
        PartySnapshot dupont = context.parties().register(alice,
                RegisterParty.customer("Dupont SA", 30, EUR).withTaxId("FR123").withAddresses(PARIS, null));

        assertThat(context.parties().party(alice, dupont.id())).isEqualTo(dupont);
        assertThat(dupont.role()).isEqualTo(PartyRole.CUSTOMER);
        assertThat(dupont.billingAddress()).isEqualTo(PARIS);
        assertThat(audit(dupont.id().value())).singleElement()
                .satisfies(r -> assertThat(r.action()).isEqualTo(ReceivablesPermissions.MANAGE_PARTIES));
        assertThat(published).singleElement().isInstanceOf(PartyRegistered.class);
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstPartyAndRegistersNothingMore() {
        RegisterParty command = RegisterParty.supplier("Acier SARL", 60, EUR).withIdempotencyKey("sup-1");

        PartySnapshot first = context.parties().register(alice, command);
        PartySnapshot again = context.parties().register(alice, command);

        assertThat(again).isEqualTo(first);
        assertThat(context.parties().list(alice, PartyRole.SUPPLIER, 0, 10)).hasSize(1);
        assertRefused("idempotency.key_reused", () -> context.parties().register(alice,
                RegisterParty.supplier("Other", 60, EUR).withIdempotencyKey("sup-1")));
    }

    @Test
    void updatesTheDetails() {
        PartySnapshot dupont = context.parties().register(alice, RegisterParty.customer("Dupont", 30, EUR));
        published.clear();

        PartySnapshot updated = context.parties().update(alice,
                new UpdateParty(dupont.id(), "Dupont & Fils", "FR9", PARIS, PARIS, 45, USD));

        assertThat(updated.name()).isEqualTo("Dupont & Fils");
        assertThat(updated.paymentTermsDays()).isEqualTo(45);
        assertThat(context.parties().party(alice, dupont.id())).isEqualTo(updated);
        assertThat(published).singleElement().isInstanceOf(PartyUpdated.class);
    }

    @Test
    void badInputIsRefusedWithAStableCodeAndChangesNothing() {
        ValidationException invalid = (ValidationException) assertRefused("validation.failed", () ->
                context.parties().register(alice, new RegisterParty(PartyRole.CUSTOMER, " ", null,
                        new Address("", null, null, "Paris", null, "France"), null, 400, EUR, null)));
        assertThat(invalid.violations()).extracting(ValidationException.Violation::field)
                .contains("name", "billingAddress.line1", "billingAddress.country", "paymentTermsDays");
        assertRefused("receivables.party.not_found", () -> context.parties().update(alice,
                new UpdateParty(PartyId.of(newId()), "X", null, null, null, 30, EUR)));
        assertThat(context.parties().list(alice, PartyRole.CUSTOMER, 0, 10)).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void anotherTenantNeitherSeesNorChangesAParty() {
        PartySnapshot dupont = context.parties().register(alice, RegisterParty.customer("Dupont", 30, EUR));

        assertRefused("receivables.party.not_found", () -> context.parties().party(mallory, dupont.id()));
        assertRefused("receivables.party.not_found", () -> context.parties().update(mallory,
                new UpdateParty(dupont.id(), "Hijacked", null, null, null, 30, EUR)));
        assertThat(context.parties().list(mallory, PartyRole.CUSTOMER, 0, 10)).isEmpty();
        assertThat(context.parties().party(alice, dupont.id()).name()).isEqualTo("Dupont");
    }

    @Test
    void thePermissionIsChecked() {
        ReceivablesContext readOnly = context((actor, permission) -> permission.equals(ReceivablesPermissions.READ));

        assertThatThrownBy(() -> readOnly.parties().register(alice, RegisterParty.customer("Dupont", 30, EUR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(readOnly.parties().list(alice, PartyRole.CUSTOMER, 0, 10)).isEmpty();
        assertThatThrownBy(() -> context(AccessPolicy.denyAll()).settings().configuration(alice, EUR))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theConfigurationIsKeptPerTenantAndCurrency() {
        ReceivablesConfiguration eurConfig = context.settings().configuration(alice, EUR);

        assertThat(eurConfig.receivable()).isEqualTo(receivable.id());
        assertThat(eurConfig.needsApproval(eur("1000.00"))).isFalse();
        assertThat(eurConfig.needsApproval(eur("1000.01"))).isTrue();
        assertRefused("receivables.configuration.missing", () -> context.settings().configuration(alice, USD));
        assertRefused("receivables.configuration.missing", () -> context.settings().configuration(mallory, EUR));
        ConfigureReceivables usdThreshold = configuration(dev.backoffice.common.Money.of("5.00", "USD"));
        assertRefused("receivables.configuration.invalid", () -> context.settings().configure(alice, usdThreshold));
        assertThat(context.settings().configuration(alice, EUR)).isEqualTo(eurConfig);
    }
}
