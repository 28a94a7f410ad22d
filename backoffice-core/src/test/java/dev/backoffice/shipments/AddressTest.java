package dev.backoffice.shipments;

import dev.backoffice.common.BackOfficeException;
import dev.backoffice.shipments.domain.Address;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class AddressTest {

    @Test
    void aValidAddressIsNormalized() {
        Address address = Address.of(" de ", " 10115 ", " Invalidenstr. 1 ", "Berlin");
        assertThat(address.country()).isEqualTo("DE");
        assertThat(address.postalCode()).isEqualTo("10115");
        assertThat(address.lines()).containsExactly("Invalidenstr. 1", "Berlin");
        assertThat(Address.of("gb", "sw1a 1aa", "Buckingham Palace").postalCode()).isEqualTo("SW1A 1AA");
    }

    @Test
    void theCountryIsAnIsoAlpha2Code() {
        for (String country : new String[] {null, "", "D", "DEU", "XX", "Germany", "1A"}) {
            assertThat(code(() -> Address.of(country, "10115", "Line"))).as(country)
                    .isEqualTo("shipments.address.country_invalid");
        }
    }

    @Test
    void thePostalCodeHasAForm() {
        for (String postal : new String[] {null, "", " ", "-123", "1234567890123456", "101\n15", "A_1"}) {
            assertThat(code(() -> Address.of("DE", postal, "Line"))).as(postal)
                    .isEqualTo("shipments.address.postal_code_invalid");
        }
    }

    @Test
    void thereAreOneToFourNonBlankLines() {
        assertThat(code(() -> new Address("DE", "10115", null))).isEqualTo("shipments.address.lines_invalid");
        assertThat(code(() -> new Address("DE", "10115", List.of()))).isEqualTo("shipments.address.lines_invalid");
        assertThat(code(() -> Address.of("DE", "10115", "1", "2", "3", "4", "5"))).isEqualTo("shipments.address.lines_invalid");
        assertThat(code(() -> Address.of("DE", "10115", " "))).isEqualTo("shipments.address.lines_invalid");
        assertThat(code(() -> Address.of("DE", "10115", "a\u0000b"))).isEqualTo("shipments.address.lines_invalid");
        assertThat(code(() -> new Address("DE", "10115", Collections.singletonList(null))))
                .isEqualTo("shipments.address.lines_invalid");
        assertThat(code(() -> Address.of("DE", "10115", "x".repeat(101)))).isEqualTo("shipments.address.lines_invalid");
    }

    private static String code(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(BackOfficeException.class);
        return ((BackOfficeException) thrown).code();
    }
}
