package dev.backoffice.accounts.api;

import dev.backoffice.common.Actor;

/** Aging, open items and statements of the actor's tenant's customers and suppliers, as of any date. */
public interface AgingReports {

    /**
     * Receivables or payables aging by party ({@code validation.failed} for a bad request).
     *
     * @param actor   who reads; needs {@code receivables.read}
     * @param request the side (customers or suppliers), currency and date
     * @return the aging buckets per party and their totals
     */
    AgingReport aging(Actor actor, AgingRequest request);

    /**
     * The documents and payments open at the end of a day.
     *
     * @param actor   who reads
     * @param request the side, currency and day
     * @return the open documents and unallocated payments
     */
    OpenItems openItems(Actor actor, OpenItemsRequest request);

    /**
     * The statement of a party ({@code receivables.party.not_found}, {@code
     * receivables.report.invalid_period}).
     *
     * @param actor   who reads
     * @param request the party and the date range
     * @return the party's statement with opening and closing balances
     */
    PartyStatement statement(Actor actor, PartyStatementRequest request);
}
