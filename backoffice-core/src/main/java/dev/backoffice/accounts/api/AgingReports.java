package dev.backoffice.accounts.api;

import dev.backoffice.common.Actor;

/** Aging, open items and statements of the actor's tenant's customers and suppliers, as of any date. */
public interface AgingReports {

    /** Receivables or payables aging by party ({@code validation.failed} for a bad request). */
    AgingReport aging(Actor actor, AgingRequest request);

    /** The documents and payments open at the end of a day. */
    OpenItems openItems(Actor actor, OpenItemsRequest request);

    /** The statement of a party ({@code receivables.party.not_found}, {@code receivables.report.invalid_period}). */
    PartyStatement statement(Actor actor, PartyStatementRequest request);
}
