package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.Payment;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored payments with their allocations and refunds. */
public interface PaymentRecords {

    /**
     * Stores a new payment in the current unit of work.
     *
     * @param payment the new payment
     */
    void add(Payment payment);

    /**
     * Stores a changed payment; fails with {@link dev.backoffice.common.ConcurrentUpdateException}
     * when the stored version is not the one it was loaded with, so that two allocations never
     * spend the same unallocated amount.
     *
     * @param payment the changed payment
     */
    void update(Payment payment);

    /**
     * The payment of the tenant, empty when the tenant has none with that id.
     *
     * @param tenant the tenant
     * @param id     the payment id
     * @return the payment, or empty
     */
    Optional<Payment> find(TenantId tenant, PaymentId id);

    /**
     * The payments of a party, by date then id.
     *
     * @param tenant the tenant
     * @param party  the customer or supplier
     * @return the payments
     */
    List<Payment> findByParty(TenantId tenant, PartyId party);

    /**
     * The payments of the tenant's customers or suppliers dated on or before {@code onOrBefore}, by date then
     * id.
     *
     * @param tenant     the tenant
     * @param role       customers or suppliers
     * @param onOrBefore the last date
     * @return the payments
     */
    List<Payment> findByRole(TenantId tenant, PartyRole role, LocalDate onOrBefore);
}
