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
 */
public record StatementRequest(@NotNull AccountId account, @NotNull LocalDate from, @NotNull LocalDate to,
                               @Min(0) int page, @Min(1) @Max(1000) int size) {

    public static StatementRequest of(AccountId account, LocalDate from, LocalDate to) {
        return new StatementRequest(account, from, to, 0, 100);
    }

    public StatementRequest page(int number, int pageSize) {
        return new StatementRequest(account, from, to, number, pageSize);
    }
}
