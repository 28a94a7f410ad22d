package dev.backoffice.personnel.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of an employment contract: its terms from {@code validFrom} until the day before
 * the next version starts (or the end of the employment). Versions are never changed or removed.
 */
public record ContractVersion(LocalDate validFrom, ContractTerms terms, String recordedBy, Instant recordedAt) {

    /**
     * Checks that every part is present.
     *
     * @param validFrom  the first day the terms apply
     * @param terms      the terms
     * @param recordedBy who recorded them
     * @param recordedAt when they were recorded
     */
    public ContractVersion {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
