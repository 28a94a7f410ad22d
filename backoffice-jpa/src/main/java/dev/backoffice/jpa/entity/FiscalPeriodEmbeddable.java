package dev.backoffice.jpa.entity;

import dev.backoffice.accounts.domain.PeriodStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.util.Objects;

/** A row of {@code bo_fiscal_periods}. */
@Embeddable
public class FiscalPeriodEmbeddable {

    @Column(name = "period_no", nullable = false)
    private int number;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PeriodStatus status;

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public PeriodStatus getStatus() {
        return status;
    }

    public void setStatus(PeriodStatus status) {
        this.status = status;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FiscalPeriodEmbeddable other && number == other.number
                && Objects.equals(startDate, other.startDate) && Objects.equals(endDate, other.endDate)
                && status == other.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, startDate, endDate, status);
    }
}
