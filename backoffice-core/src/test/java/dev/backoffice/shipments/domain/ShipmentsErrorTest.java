package dev.backoffice.shipments.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shipments context's error codes are stable, well-formed, distinct and documented. */
class ShipmentsErrorTest {

    @Test
    void codesAreDottedDistinctAndInTheShipmentsNamespace() {
        assertThat(Arrays.stream(ShipmentsError.values()).map(ShipmentsError::code))
                .doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("shipments\\.[a-z_]+\\.[a-z_]+"));
        assertThat(ShipmentsError.TRANSITION_NOT_ALLOWED.code()).isEqualTo("shipments.transition.not_allowed");
        assertThat(ShipmentsError.CARRIER_FAILED.code()).isEqualTo("shipments.carrier.failed");
    }

    @Test
    void everyCodeIsExplainedInTheShipmentsDocument() throws IOException {
        Path doc = Path.of("..", "docs", "shipments.md");
        assumeTrue(Files.exists(doc), "runs from the module directory of a source checkout");
        String text = Files.readString(doc);
        Arrays.stream(ShipmentsError.values()).map(ShipmentsError::code)
                .forEach(code -> assertThat(text).as("docs/shipments.md explains %s", code).contains("`" + code + "`"));
    }
}
