package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.ContractType;
import dev.backoffice.personnel.domain.Pay;
import dev.backoffice.personnel.domain.PersonalData;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a contract. {@code validTo} (inclusive) is the day before the next version, or
 * the employee's last day; null while open-ended.
 */
public record ContractVersionSnapshot(LocalDate validFrom, LocalDate validTo, ContractType type,
                                      BigDecimal weeklyHours, @PersonalData Pay pay, String costCentre,
                                      String recordedBy, Instant recordedAt) {
}
