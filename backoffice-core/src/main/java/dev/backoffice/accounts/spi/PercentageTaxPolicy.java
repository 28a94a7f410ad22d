package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.TaxRounding;
import dev.backoffice.common.TenantId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A fixed table of tax rates in percent, the same for every tenant and date.
 *
 * @param ratesPercent     tax code to rate in percent, each from 0 to 100
 * @param pricesIncludeTax whether unit prices include tax
 * @param rounding         per line or per document
 */
public record PercentageTaxPolicy(Map<String, BigDecimal> ratesPercent, boolean pricesIncludeTax,
                                  TaxRounding rounding) implements TaxPolicy {

    /**
     * Copies the rates; refuses a rate outside 0 to 100 with an {@link IllegalArgumentException}.
     *
     * @param ratesPercent     tax code to rate in percent
     * @param pricesIncludeTax whether unit prices include tax
     * @param rounding         per line or per document
     */
    public PercentageTaxPolicy {
        ratesPercent = Map.copyOf(ratesPercent);
        Objects.requireNonNull(rounding, "rounding");
        ratesPercent.forEach((code, rate) -> {
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("The rate of " + code + " must lie between 0 and 100 %: " + rate);
            }
        });
    }

    @Override
    public Optional<BigDecimal> ratePercent(TenantId tenant, String taxCode, LocalDate date) {
        return Optional.ofNullable(ratesPercent.get(taxCode));
    }

    @Override
    public boolean pricesIncludeTax(TenantId tenant) {
        return pricesIncludeTax;
    }

    @Override
    public TaxRounding rounding(TenantId tenant) {
        return rounding;
    }
}
