package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.TaxRounding;
import dev.backoffice.common.TenantId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The tax rules of a tenant: the rate of each tax code on a date, whether prices include tax, and
 * where tax is rounded. A host brings its own (tax rates change, differ per country, come from a
 * tax service); {@link #percentages} gives a fixed table.
 */
public interface TaxPolicy {

    /**
     * The rate of the tax code on the date in percent (20 for 20 %), empty when the code is unknown.
     *
     * @param tenant  the tenant
     * @param taxCode the tax code of the line
     * @param date    the tax point, usually the issue date
     * @return the rate, or empty
     */
    Optional<BigDecimal> ratePercent(TenantId tenant, String taxCode, LocalDate date);

    /**
     * Whether unit prices include tax (tax is then extracted from them) or exclude it (tax is added).
     *
     * @param tenant the tenant
     * @return true when prices include tax
     */
    boolean pricesIncludeTax(TenantId tenant);

    /**
     * Per line, or once per tax code on the document.
     *
     * @param tenant the tenant
     * @return the rounding
     */
    TaxRounding rounding(TenantId tenant);

    /**
     * The same rates for every tenant and date, for example {@code Map.of("STD", 20, "RED", 5.5, "ZERO", 0)}.
     *
     * @param ratesPercent     tax code to rate in percent, each from 0 to 100
     * @param pricesIncludeTax whether unit prices include tax
     * @param rounding         per line or per document
     * @return the policy
     */
    static TaxPolicy percentages(Map<String, BigDecimal> ratesPercent, boolean pricesIncludeTax, TaxRounding rounding) {
        return new PercentageTaxPolicy(ratesPercent, pricesIncludeTax, rounding);
    }
}
