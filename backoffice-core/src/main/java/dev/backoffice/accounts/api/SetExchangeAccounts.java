package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import jakarta.validation.constraints.NotNull;

/**
 * The accounts for exchange differences.
 *
 * @param gainAccount a revenue account in the functional currency
 * @param lossAccount an expense account in the functional currency
 */
public record SetExchangeAccounts(@NotNull AccountId gainAccount, @NotNull AccountId lossAccount) {
}
