package dev.backoffice.accounts.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The canonical form of a posted journal entry and its SHA-256 digests, on which the tamper-evident
 * journal chain is built.
 *
 * <p>The canonical form (version {@value #VERSION}) is a byte string that holds the immutable
 * content of an entry and nothing else: its id, tenant, accounting date, description, source
 * reference, the entry it reverses, who posted it and when (ISO-8601 in UTC, truncated to
 * microseconds, which is what databases keep), and every line in line-number order (line number,
 * account, side, amount in minor units, currency, memo, dimensions sorted by name). It leaves out
 * the status and the reversed-by link, which a reversal legitimately changes on the original, and
 * the version and other bookkeeping of the store.
 *
 * <p>Each field is written as {@code name:length:value} followed by a line feed, where the length
 * counts the UTF-8 bytes of the value (an absent value is written {@code name=~}), so that no
 * choice of texts can make two different entries share a form. The form starts with its version,
 * and every seal records the version it was made with: a later version would be a new format beside
 * this one, and the format of version 1 must never change.
 *
 * <p>Digests are lower-case hexadecimal SHA-256. The chain hash of a seal is
 * {@code SHA-256(previous chain hash || entry hash)} over the 32 raw bytes of each, starting from
 * {@link #GENESIS} (32 zero bytes) for the first seal of a tenant.
 */
public final class EntryDigest {

    /** The version of the canonical form. */
    public static final int VERSION = 1;

    /** The chain hash before the first seal of a tenant: 32 zero bytes, in hexadecimal. */
    public static final String GENESIS = "0".repeat(64);

    private static final String HEADER = "backoffice.journal-entry/" + VERSION;

    private static final DateTimeFormatter MICROS = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final HexFormat HEX = HexFormat.of();

    private EntryDigest() {
    }

    /**
     * The canonical form of a posted entry (see the class comment). A draft has no canonical form:
     * it can still change.
     *
     * @param entry a posted or reversed entry
     * @return the canonical bytes
     */
    public static byte[] canonicalForm(JournalEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (!entry.isPosted()) {
            throw new IllegalArgumentException("Entry " + entry.id() + " is a draft; only posted entries are sealed.");
        }
        Form form = new Form();
        form.raw(HEADER);
        form.field("id", entry.id().value().toString());
        form.field("tenant", entry.tenant().value());
        form.field("accounting_date", entry.accountingDate().toString());
        form.field("description", entry.description());
        form.field("source_reference", entry.sourceReference().orElse(null));
        form.field("reversal_of", entry.reversalOf().map(id -> id.value().toString()).orElse(null));
        form.field("posted_by", entry.postedBy().orElse(null));
        form.field("posted_at", entry.postedAt().map(EntryDigest::instant).orElse(null));
        List<JournalLine> lines = entry.lines().stream().sorted(Comparator.comparingInt(JournalLine::lineNo)).toList();
        form.field("lines", Integer.toString(lines.size()));
        for (JournalLine line : lines) {
            form.field("line.no", Integer.toString(line.lineNo()));
            form.field("line.account", line.account().value().toString());
            form.field("line.side", line.side().name());
            form.field("line.amount_minor", Long.toString(line.amount().minorUnits()));
            form.field("line.currency", line.amount().currency().getCurrencyCode());
            form.field("line.memo", line.memo());
            Map<String, String> dimensions = new TreeMap<>(line.dimensions());
            form.field("line.dimensions", Integer.toString(dimensions.size()));
            dimensions.forEach((name, value) -> {
                form.field("line.dimension.name", name);
                form.field("line.dimension.value", value);
            });
            FunctionalEquivalent functional = line.functional();
            if (functional != null) { // lines without one (tenants without a functional currency) keep their old form
                form.field("line.functional_minor", Long.toString(functional.amount().minorUnits()));
                form.field("line.functional_currency", functional.amount().currency().getCurrencyCode());
                form.field("line.rate", functional.rate().toPlainString());
                form.field("line.rate_date", functional.rateDate().toString());
                form.field("line.rate_source", functional.rateSource());
            }
        }
        return form.bytes();
    }

    /**
     * The canonical form as text (UTF-8), for reading and for tests.
     *
     * @param entry a posted or reversed entry
     * @return the canonical text
     */
    public static String canonicalText(JournalEntry entry) {
        return new String(canonicalForm(entry), StandardCharsets.UTF_8);
    }

    /**
     * The entry hash: SHA-256 of the canonical form, in lower-case hexadecimal.
     *
     * @param entry a posted or reversed entry
     * @return 64 hexadecimal characters
     */
    public static String entryHash(JournalEntry entry) {
        return HEX.formatHex(sha256().digest(canonicalForm(entry)));
    }

    /**
     * The chain hash that links an entry hash to the previous chain hash (both in hexadecimal).
     *
     * @param previousChainHash the chain hash of the previous seal, or of the genesis head
     * @param entryHash         the hash of the entry sealed
     * @return the new chain hash, 64 hexadecimal characters
     */
    public static String chainHash(String previousChainHash, String entryHash) {
        MessageDigest digest = sha256();
        digest.update(hashBytes(previousChainHash, "previousChainHash"));
        digest.update(hashBytes(entryHash, "entryHash"));
        return HEX.formatHex(digest.digest());
    }

    /**
     * Whether the text is a SHA-256 digest in lower-case hexadecimal.
     *
     * @param text the text, may be null
     * @return true for 64 lower-case hexadecimal characters
     */
    public static boolean isDigest(String text) {
        if (text == null || text.length() != 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static byte[] hashBytes(String hex, String what) {
        if (!isDigest(hex)) {
            throw new IllegalArgumentException(what + " is not a SHA-256 digest in lower-case hexadecimal");
        }
        return HEX.parseHex(hex);
    }

    private static String instant(Instant instant) {
        return MICROS.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Writes fields as {@code name:length:value\n}, or {@code name=~\n} when absent. */
    private static final class Form {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

        void raw(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }

        void field(String name, String value) {
            out.writeBytes(name.getBytes(StandardCharsets.UTF_8));
            if (value == null) {
                out.writeBytes("=~".getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                out.write(':');
                out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                out.write(':');
                out.writeBytes(bytes);
            }
            out.write('\n');
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
