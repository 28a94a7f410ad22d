package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.RecordedEvents;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.ValidationException;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A customer or a supplier of the tenant: a name, an optional tax id, a billing and an optional
 * shipping address, payment terms and the currency its documents are in. The role never changes.
 */
public final class Party {

    private final PartyId id;
    private final TenantId tenant;
    private final PartyRole role;
    private String name;
    private String taxId;
    private Address billingAddress;
    private Address shippingAddress;
    private PaymentTerms paymentTerms;
    private Currency currency;
    private final Instant createdAt;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private Party(PartyId id, TenantId tenant, PartyRole role, String name, String taxId, Address billingAddress,
                  Address shippingAddress, PaymentTerms paymentTerms, Currency currency, Instant createdAt,
                  long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.role = Objects.requireNonNull(role, "role");
        this.name = Objects.requireNonNull(name, "name");
        this.taxId = taxId;
        this.billingAddress = billingAddress;
        this.shippingAddress = shippingAddress;
        this.paymentTerms = Objects.requireNonNull(paymentTerms, "paymentTerms");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /**
     * Registers a party; the name must not be blank.
     *
     * @param id              the new party's id
     * @param tenant          the tenant
     * @param role            customer or supplier, for good
     * @param name            the name
     * @param taxId           the tax id, or null
     * @param billingAddress  the billing address, or null
     * @param shippingAddress the shipping address, or null
     * @param paymentTerms    when its documents fall due
     * @param currency        the currency of its documents
     * @param now             the current instant
     * @param eventIds        makes the ids of the events recorded
     * @return the party
     */
    public static Party register(PartyId id, TenantId tenant, PartyRole role, String name, String taxId,
                                 Address billingAddress, Address shippingAddress, PaymentTerms paymentTerms,
                                 Currency currency, Instant now, Supplier<UUID> eventIds) {
        Party party = new Party(id, tenant, role, requireName(name), blankToNull(taxId), billingAddress,
                shippingAddress, paymentTerms, currency, now, 0);
        party.events.record(new PartyRegistered(eventIds.get(), tenant, now, id, role));
        return party;
    }

    /**
     * Rebuilds a stored party (for adapters).
     *
     * @param id the id
     * @param tenant the tenant
     * @param role the role, as stored
     * @param name the name, as stored
     * @param taxId the tax, as stored
     * @param billingAddress the billing address, as stored
     * @param shippingAddress the shipping address, as stored
     * @param paymentTerms the payment terms, as stored
     * @param currency the currency, as stored
     * @param createdAt when it was created, as stored
     * @param version the stored version, for optimistic locking
     * @return the party, with no events recorded
     */
    public static Party restore(PartyId id, TenantId tenant, PartyRole role, String name, String taxId,
                                Address billingAddress, Address shippingAddress, PaymentTerms paymentTerms,
                                Currency currency, Instant createdAt, long version) {
        return new Party(id, tenant, role, name, taxId, billingAddress, shippingAddress, paymentTerms, currency,
                createdAt, version);
    }

    /**
     * Replaces the details; documents already issued keep theirs.
     *
     * @param newName     the new name, not blank
     * @param newTaxId    the new tax id, or null
     * @param newBilling  the new billing address, or null
     * @param newShipping the new shipping address, or null
     * @param newTerms    the new payment terms
     * @param newCurrency the new currency
     * @param now         the current instant
     * @param eventIds    makes the ids of the events recorded
     */
    public void update(String newName, String newTaxId, Address newBilling, Address newShipping, PaymentTerms newTerms,
                       Currency newCurrency, Instant now, Supplier<UUID> eventIds) {
        this.name = requireName(newName);
        this.taxId = blankToNull(newTaxId);
        this.billingAddress = newBilling;
        this.shippingAddress = newShipping;
        this.paymentTerms = Objects.requireNonNull(newTerms, "paymentTerms");
        this.currency = Objects.requireNonNull(newCurrency, "currency");
        events.record(new PartyUpdated(eventIds.get(), tenant, now, id));
    }

    /**
     * Refuses with {@code receivables.party.role_mismatch} unless the party has the role.
     *
     * @param expected the role the use case needs
     */
    public void requireRole(PartyRole expected) {
        if (role != expected) {
            throw new RuleViolationException(ReceivablesError.PARTY_ROLE_MISMATCH,
                    "Party " + id + " is a " + role.name().toLowerCase(java.util.Locale.ROOT) + ", not a "
                            + expected.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(List.of(new ValidationException.Violation("name", "must not be blank")));
        }
        return name.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** {@return the events recorded since the last pull, oldest first; they are forgotten} */
    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    /** {@return the id of the party} */
    public PartyId id() {
        return id;
    }

    /** {@return the tenant the party belongs to} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the role of the party} */
    public PartyRole role() {
        return role;
    }

    /** {@return the name of the party} */
    public String name() {
        return name;
    }

    /** {@return the tax id of the party, if any} */
    public Optional<String> taxId() {
        return Optional.ofNullable(taxId);
    }

    /** {@return the billing address of the party, if any} */
    public Optional<Address> billingAddress() {
        return Optional.ofNullable(billingAddress);
    }

    /** {@return the shipping address of the party, if any} */
    public Optional<Address> shippingAddress() {
        return Optional.ofNullable(shippingAddress);
    }

    /** {@return the payment terms of the party} */
    public PaymentTerms paymentTerms() {
        return paymentTerms;
    }

    /** {@return the currency of the party} */
    public Currency currency() {
        return currency;
    }

    /** {@return when the party was created} */
    public Instant createdAt() {
        return createdAt;
    }

    /** {@return the stored version of the party, for optimistic locking} */
    public long version() {
        return version;
    }
}
