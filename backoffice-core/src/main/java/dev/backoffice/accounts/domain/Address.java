package dev.backoffice.accounts.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * A postal address of a party.
 *
 * @param country ISO 3166-1 alpha-2 code, for example {@code FR}
 * @param line1 the line1
 * @param line2 the line2
 * @param postalCode the postal code, or null
 * @param city the city
 * @param region the region or state, or null
 * @serial exclude
 */
public record Address(@NotBlank @Size(max = 200) String line1,
                      @Size(max = 200) String line2,
                      @Size(max = 32) String postalCode,
                      @NotBlank @Size(max = 100) String city,
                      @Size(max = 100) String region,
                      @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country)
        implements Serializable {
}
