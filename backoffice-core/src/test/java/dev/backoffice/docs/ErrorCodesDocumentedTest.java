package dev.backoffice.docs;

import dev.backoffice.common.CommonError;
import dev.backoffice.common.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error code of every context (each enum implementing {@link ErrorCode}, found in the
 * compiled classes) is explained in a table of its context's page under {@code docs/}, and
 * {@code docs/errors.md}, the full list, is exactly what those tables say. Run with
 * {@code -Dbackoffice.docs.write=true} to write {@code docs/errors.md} anew after a change.
 */
class ErrorCodesDocumentedTest {

    /** The pages in the order a code's meaning is taken from, when several explain it. */
    private static final List<String> PAGES = List.of("ledger.md", "receivables.md", "stock.md", "shipments.md",
            "personnel.md", "posting.md", "reliability.md");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z0-9_.]+)`\\s*\\|\\s*(.+?)\\s*\\|\\s*$", Pattern.MULTILINE);

    private record Meaning(String page, String text) {
    }

    @Test
    void everyErrorCodeIsExplainedAndTheFullListIsUpToDate() throws Exception {
        Path docs = docs();
        Map<String, Meaning> meanings = new LinkedHashMap<>();
        for (String page : PAGES) {
            Path file = docs.resolve(page);
            if (Files.exists(file)) {
                Matcher row = ROW.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (row.find()) {
                    meanings.putIfAbsent(row.group(1), new Meaning(page, row.group(2)));
                }
            }
        }
        Map<Class<?>, List<ErrorCode>> codes = errorCodes();
        List<String> unexplained = new ArrayList<>();
        StringBuilder list = new StringBuilder("""
                # Error codes

                Every refusal of the library is a `BackOfficeException` (or a subclass: `ValidationException`,
                `NotFoundException`, `RuleViolationException`, `ConflictException`, `AccessDeniedException`,
                `ConcurrentUpdateException`) whose `code()` is one of these stable codes, and a refused call
                changed nothing. Codes never change once published: map them to HTTP statuses, translations
                and alerts. The meaning of each comes from its context's page, linked beside it; this list is
                checked against those pages and the code by `ErrorCodesDocumentedTest`.
                """);
        for (Map.Entry<Class<?>, List<ErrorCode>> group : codes.entrySet()) {
            list.append("\n## `").append(group.getKey().getSimpleName()).append("`\n\n| code | meaning | page |\n|---|---|---|\n");
            for (ErrorCode code : group.getValue()) {
                Meaning meaning = meanings.get(code.code());
                if (meaning == null) {
                    unexplained.add(group.getKey().getSimpleName() + ": " + code.code());
                    continue;
                }
                list.append("| `").append(code.code()).append("` | ").append(meaning.text()).append(" | [")
                        .append(meaning.page().replace(".md", "")).append("](").append(meaning.page()).append(") |\n");
            }
        }
        assertThat(unexplained).as("codes without a row `| `code` | meaning |` in a page of docs/").isEmpty();
        Path errors = docs.resolve("errors.md");
        if (Boolean.getBoolean("backoffice.docs.write")) {
            Files.writeString(errors, list.toString(), StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(errors) ? Files.readString(errors, StandardCharsets.UTF_8) : "")
                .as("docs/errors.md is out of date: run this test with -Dbackoffice.docs.write=true")
                .isEqualTo(list.toString());
    }

    /** The error code enums of the compiled main classes, by package then name, each with its constants. */
    private static Map<Class<?>, List<ErrorCode>> errorCodes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(CommonError.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Error.class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replace(".class", "");
                Class<?> type = Class.forName(name);
                if (type.isEnum() && ErrorCode.class.isAssignableFrom(type)) {
                    enums.add(type);
                }
            }
        }
        enums.sort(Comparator.comparing(Class::getName));
        Map<Class<?>, List<ErrorCode>> codes = new LinkedHashMap<>();
        for (Class<?> type : enums) {
            List<ErrorCode> constants = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                constants.add((ErrorCode) constant);
            }
            codes.put(type, constants);
        }
        return codes;
    }

    private static Path docs() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.exists(dir.resolve("mvnw"))) {
                return dir.resolve("docs");
            }
        }
        throw new IllegalStateException("No docs/ folder above " + here);
    }
}
