package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.common.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a revaluation found and posted.
 *
 * @param entry    the posted revaluation entry; empty when no value changed
 * @param accounts every foreign-currency account looked at, by code
 * @param gains    the total of the exchange gains posted, in the functional currency
 * @param losses   the total of the exchange losses posted, in the functional currency
 * @param asOf the last day counted
 */
public record Revaluation(LocalDate asOf, Optional<JournalEntryId> entry, List<RevaluedAccount> accounts, Money gains,
                          Money losses) {

    /**
     * Copies the list of accounts.
     *
     * @param asOf     the date
     * @param entry    the entry, or empty
     * @param accounts the accounts
     * @param gains    the gains
     * @param losses   the losses
     */
    public Revaluation {
        accounts = List.copyOf(accounts);
    }

    /**
     * One account's revaluation; amounts signed as debits minus credits.
     *
     * @param balance        the account's balance in its own currency on the date
     * @param rate           the rate applied (functional units per unit of the account's currency)
     * @param carryingAmount the value in the functional currency before the revaluation
     * @param revaluedAmount the balance at the rate
     * @param difference     revalued minus carrying: a gain when positive, a loss when negative
     * @param account the account
     * @param code the account code
     * @param rateDate the date of the rate
     * @param rateSource where the rate came from
     */
    public record RevaluedAccount(AccountId account, String code, Money balance, BigDecimal rate, LocalDate rateDate,
                                  String rateSource, Money carryingAmount, Money revaluedAmount, Money difference) {
    }
}
