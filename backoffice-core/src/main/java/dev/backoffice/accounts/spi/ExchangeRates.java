package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.ExchangeRate;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * The outside source of exchange rates (a central bank's feed, a treasury system): the ledger asks
 * it for the rate of each foreign currency on an entry's accounting date and records the rate, its
 * date and source on every line. An implementation answers from its own store or cache; it is
 * called inside the unit of work of a posting, so it should answer quickly and must not write to
 * the ledger's store.
 */
public interface ExchangeRates {

    /**
     * The rate in force on {@code date} for converting {@code from} into {@code to}: the latest the
     * source published on or before that date; empty when it has none.
     *
     * @param tenant the tenant
     * @param from   the currency converted
     * @param to     the currency converted into, usually the functional currency
     * @param date   the accounting date
     * @return the rate, or empty
     */
    Optional<ExchangeRate> rate(TenantId tenant, Currency from, Currency to, LocalDate date);

    /**
     * A source without any rate: only entries in the functional currency can be posted.
     *
     * @return a source without rates
     */
    static ExchangeRates none() {
        return (tenant, from, to, date) -> Optional.empty();
    }
}
