package dev.backoffice.examples;

import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.common.Money;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's quick start is the code of {@link QuickStart}, and that code runs. */
class QuickStartTest {

    @Test
    void theQuickStartRunsAndBalances() {
        TrialBalance trialBalance = QuickStart.run();

        assertThat(trialBalance.isBalanced()).isTrue();
        assertThat(trialBalance.total(Money.currency("EUR")).debit()).isEqualTo(Money.of("100.00", "EUR"));
    }

    @Test
    void theReadmeShowsExactlyTheCompiledQuickStart() throws IOException {
        String source = Files.readString(Path.of("src/main/java/dev/backoffice/examples/QuickStart.java"));
        String readme = Files.readString(Path.of("../README.md"));

        List<String> snippet = Arrays.stream(source.substring(source.indexOf("// tag::quickstart[]"), source.indexOf("// end::quickstart[]"))
                        .split("\n"))
                .skip(1)
                .map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .toList();
        String expected = String.join("\n", snippet).strip();

        assertThat(readme).contains("```java\n" + expected + "\n```");
        assertThat(snippet.stream().collect(Collectors.joining())).contains("BackOffice.inMemory()");
    }
}
