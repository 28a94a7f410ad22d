package dev.backoffice.accounts.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivablesErrorTest {

    @Test
    void codesAreUniqueStableLookingAndDocumented() throws IOException {
        assertThat(Arrays.stream(ReceivablesError.values()).map(ReceivablesError::code))
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("receivables\\.[a-z_]+\\.[a-z_]+"));
        Path docs = Path.of("..", "docs", "receivables.md");
        if (Files.exists(docs)) { // run from the module directory of the source tree
            String text = Files.readString(docs);
            assertThat(ReceivablesError.values()).allSatisfy(error ->
                    assertThat(text).as("docs/receivables.md lists %s", error.code()).contains("`" + error.code() + "`"));
        }
    }
}
