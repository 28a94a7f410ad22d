package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.common.Money;
import jakarta.validation.constraints.NotNull;

import java.util.Currency;

/**
 * Sets where receivables, payables and payments in one currency post, and the approval threshold
 * of outgoing payments; replaces an earlier configuration of the currency. Each account must be a
 * leaf account of the ledger kept in that currency: the ledger checks it at each posting.
 * See {@link dev.backoffice.accounts.domain.ReceivablesConfiguration} for what each account is.
 *
 * @param gatewayClearing   null when the payment gateway is not used in this currency
 * @param approvalThreshold null when no outgoing payment needs an approval
 * @param currency the currency the configuration is for
 * @param receivable the receivable (control) account of customer documents
 * @param customerCredit the account of unallocated customer payments
 * @param revenue the revenue
 * @param outputTax the output tax account
 * @param payable the payable (control) account of supplier documents
 * @param supplierAdvances the account of unallocated supplier payments
 * @param expense the expense account of bill lines
 * @param inputTax the input tax account
 * @param bank the default bank account of payments
 */
public record ConfigureReceivables(@NotNull Currency currency,
                                   @NotNull AccountId receivable,
                                   @NotNull AccountId customerCredit,
                                   @NotNull AccountId revenue,
                                   @NotNull AccountId outputTax,
                                   @NotNull AccountId payable,
                                   @NotNull AccountId supplierAdvances,
                                   @NotNull AccountId expense,
                                   @NotNull AccountId inputTax,
                                   @NotNull AccountId bank,
                                   AccountId gatewayClearing,
                                   Money approvalThreshold) {
}
