package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.io.Serializable;
import java.util.Currency;
import java.util.Objects;

/**
 * Where receivables, payables and payments of a tenant post, for one currency (ledger accounts
 * are kept in one currency each), and the threshold above which an outgoing payment needs an
 * approval.
 *
 * @param receivable        control account of customer documents (asset)
 * @param customerCredit    what customers paid and was not yet allocated: their credit (liability)
 * @param revenue           default account of customer invoice lines without an account of their own
 * @param outputTax         tax collected on customer invoices (liability)
 * @param payable           control account of supplier documents (liability)
 * @param supplierAdvances  what was paid to suppliers and not yet allocated (asset)
 * @param expense           default account of supplier bill lines without an account of their own
 * @param inputTax          tax paid on supplier bills, to be recovered (asset)
 * @param bank              default bank or cash account of payments
 * @param gatewayClearing   what the payment gateway owes the tenant for captured charges (asset);
 *                          null when the tenant does not use the gateway in this currency
 * @param approvalThreshold outgoing payments above it need an approval by another actor; null for none
 * @param tenant the tenant
 * @param currency the currency
 * @serial exclude
 */
public record ReceivablesConfiguration(TenantId tenant, Currency currency, AccountId receivable,
                                       AccountId customerCredit, AccountId revenue, AccountId outputTax,
                                       AccountId payable, AccountId supplierAdvances, AccountId expense,
                                       AccountId inputTax, AccountId bank, AccountId gatewayClearing,
                                       Money approvalThreshold) implements Serializable {

    /**
     * Requires the tenant, the currency and the accounts.
     *
     * @param tenant the tenant
     * @param currency the currency
     * @param receivable the receivable
     * @param customerCredit the customer credit
     * @param revenue the revenue
     * @param outputTax the output tax
     * @param payable the payable
     * @param supplierAdvances the supplier advances
     * @param expense the expense
     * @param inputTax the input tax
     * @param bank the bank
     * @param gatewayClearing the gateway clearing
     * @param approvalThreshold the approval threshold
     */
    public ReceivablesConfiguration {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(receivable, "receivable");
        Objects.requireNonNull(customerCredit, "customerCredit");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(outputTax, "outputTax");
        Objects.requireNonNull(payable, "payable");
        Objects.requireNonNull(supplierAdvances, "supplierAdvances");
        Objects.requireNonNull(expense, "expense");
        Objects.requireNonNull(inputTax, "inputTax");
        Objects.requireNonNull(bank, "bank");
        if (approvalThreshold != null
                && (!approvalThreshold.currency().equals(currency) || approvalThreshold.isNegative())) {
            throw new RuleViolationException(ReceivablesError.CONFIGURATION_INVALID,
                    "The approval threshold must be zero or more in " + currency.getCurrencyCode() + ", not "
                            + approvalThreshold + ".");
        }
    }

    /**
     * The control account of the party's documents: receivable or payable.
     *
     * @param role customer or supplier
     * @return the receivable or payable account
     */
    public AccountId control(PartyRole role) {
        return role == PartyRole.CUSTOMER ? receivable : payable;
    }

    /**
     * Where unallocated payments of the party wait: customer credit or supplier advances.
     *
     * @param role customer or supplier
     * @return the customer credit or supplier advances account
     */
    public AccountId advances(PartyRole role) {
        return role == PartyRole.CUSTOMER ? customerCredit : supplierAdvances;
    }

    /**
     * The account of a document line without an account of its own: revenue or expense.
     *
     * @param role customer or supplier
     * @return the revenue or expense account
     */
    public AccountId lineAccount(PartyRole role) {
        return role == PartyRole.CUSTOMER ? revenue : expense;
    }

    /**
     * The tax account: output tax on sales, input tax on purchases.
     *
     * @param role customer or supplier
     * @return the output or input tax account
     */
    public AccountId tax(PartyRole role) {
        return role == PartyRole.CUSTOMER ? outputTax : inputTax;
    }

    /**
     * Whether an outgoing payment of that amount needs an approval.
     *
     * @param amount the payment amount
     * @return true above the configured threshold
     */
    public boolean needsApproval(Money amount) {
        return approvalThreshold != null && amount.isGreaterThan(approvalThreshold);
    }
}
