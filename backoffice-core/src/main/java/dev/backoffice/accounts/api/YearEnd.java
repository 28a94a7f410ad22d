package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.FiscalYearId;
import dev.backoffice.common.Actor;

/**
 * The year-end close of the actor's tenant.
 *
 * <p>Closing a fiscal year posts, on its last day, one closing entry per currency that moves the
 * balance every revenue and expense account has for that year to the retained-earnings account
 * of that currency, then closes and locks all periods of the year, in one unit of work. Afterwards
 * revenue and expense accounts start the next year at zero, while asset, liability and equity
 * accounts carry their balances forward; balance sheets are unchanged by the close (the current
 * result moves into retained earnings) and income statements leave the closing entries out.
 *
 * <p>The closing entries are posted through the {@link Ledger} with its rules, for the same actor:
 * closing needs {@code ledger.year.close}, and {@code ledger.entry.post} when there is something to
 * close. Their source reference is {@link #closingReference(FiscalYearId)}.
 */
public interface YearEnd {

    /**
     * Closes the fiscal year. Refused with {@code ledger.fiscal_year.not_found} for an unknown year,
     * {@code ledger.fiscal_year.already_closed} when all its periods are locked,
     * {@code ledger.account.not_found}, {@code ledger.fiscal_year.retained_earnings_not_equity},
     * {@code ledger.account.not_leaf} or {@code ledger.account.closed} for a retained-earnings
     * account that is not an active equity leaf of the tenant,
     * {@code ledger.fiscal_year.retained_earnings_ambiguous} for two of them in one currency,
     * {@code ledger.fiscal_year.retained_earnings_missing} when a currency with revenue or expense
     * in the year has none, and with the ledger's own codes when the closing entry cannot be posted
     * (for example {@code ledger.period.closed} when the last period is not open). A refused close
     * changes nothing.
     *
     * @param actor   who acts; needs {@code ledger.year.close}
     * @param command the year and its retained-earnings accounts
     * @return what was closed
     */
    YearEndClosing closeYear(Actor actor, CloseFiscalYear command);

    /**
     * The source reference of the closing entries of a fiscal year: {@code year-end-close:<fiscal year id>}.
     *
     * @param fiscalYear the fiscal year
     * @return the reference
     */
    static String closingReference(FiscalYearId fiscalYear) {
        return "year-end-close:" + fiscalYear.value();
    }
}
