package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * Asks for one page of an account statement over a date range (both ends inclusive).
 *
 * @param page the page number, from 0
 * @param size lines per page, 1 to 1,000
 * @param account the account
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 */
public record StatementRequest(@NotNull AccountId account, @NotNull LocalDate from, @NotNull LocalDate to,
                               @Min(0) int page, @Min(1) @Max(1000) int size) {

    /**
     * The first page of 100 lines.
     *
     * @param account the leaf account
     * @param from    first day, inclusive
     * @param to      last day, inclusive
     * @return the request
     */
    public static StatementRequest of(AccountId account, LocalDate from, LocalDate to) {
        return new StatementRequest(account, from, to, 0, 100);
    }

    /**
     * Another page.
     *
     * @param number   the page number, from 0
     * @param pageSize lines per page, 1 to 1,000
     * @return the request
     */
    public StatementRequest page(int number, int pageSize) {
        return new StatementRequest(account, from, to, number, pageSize);
    }
}
