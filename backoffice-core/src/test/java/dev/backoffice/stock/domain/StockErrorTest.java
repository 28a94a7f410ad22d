package dev.backoffice.stock.domain;

import dev.backoffice.common.ErrorCode;
import dev.backoffice.common.QuantityError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The stock context's error codes are stable, well-formed, distinct and documented. */
class StockErrorTest {

    @Test
    void codesAreDottedDistinctAndInTheStockNamespace() {
        assertThat(Arrays.stream(StockError.values()).map(StockError::code))
                .doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("stock\\.[a-z_]+\\.[a-z_]+"));
        assertThat(StockError.ITEM_SKU_TAKEN.code()).isEqualTo("stock.item.sku_taken");
        assertThat(StockError.QUANTITY_INSUFFICIENT.code()).isEqualTo("stock.quantity.insufficient");
    }

    @Test
    void everyCodeIsExplainedInTheStockDocument() throws IOException {
        Path doc = Path.of("..", "docs", "stock.md");
        assumeTrue(Files.exists(doc), "runs from the module directory of a source checkout");
        String text = Files.readString(doc);
        Stream.concat(Arrays.stream(StockError.values()), Arrays.stream(QuantityError.values()))
                .map(ErrorCode::code)
                .forEach(code -> assertThat(text).as("docs/stock.md explains %s", code).contains("`" + code + "`"));
    }
}
