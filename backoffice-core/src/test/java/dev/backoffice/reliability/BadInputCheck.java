package dev.backoffice.reliability;

import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.DomainEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checking machinery of the R7 bad-input tests, shared by every context: a malformed command
 * must be refused with a typed {@link BackOfficeException} carrying the expected stable code and a
 * message, and once all of them ran nothing may be stored: every watched state (audit trail,
 * balances, parties, employees, shipments...) reads as before and no event was published.
 */
final class BadInputCheck {

    private final List<DomainEvent> events;
    private final Map<String, Supplier<?>> watched = new LinkedHashMap<>();
    private final Map<String, Object> before = new LinkedHashMap<>();
    private final List<String> anomalies = new ArrayList<>();
    private int refused;

    /**
     * @param events the events the back office under test publishes; cleared now, so the malformed
     *               commands that follow must leave it empty
     */
    BadInputCheck(List<DomainEvent> events) {
        this.events = events;
    }

    /** Remembers a state now, to find it unchanged in {@link #report}. Call before the first malformed command. */
    BadInputCheck watch(String what, Supplier<?> state) {
        watched.put(what, state);
        before.put(what, state.get());
        events.clear();
        return this;
    }

    /** Runs a malformed command, which must fail with a {@link BackOfficeException} of {@code code} (any code if null). */
    void refused(String what, String code, Supplier<?> call) {
        try {
            call.get();
            anomalies.add(what + ": accepted");
        } catch (BackOfficeException e) {
            if (code != null && !code.equals(e.code())) {
                anomalies.add(what + ": " + e.code() + " instead of " + code + " (" + e.getMessage() + ")");
            }
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                anomalies.add(what + ": no message");
            }
            refused++;
        } catch (RuntimeException e) {
            anomalies.add(what + ": untyped " + e);
        }
    }

    /** A malformed command without an answer ({@code void} methods). */
    void refusedRun(String what, String code, Runnable call) {
        refused(what, code, () -> {
            call.run();
            return null;
        });
    }

    /** How many commands were refused so far. */
    int refusedCount() {
        return refused;
    }

    /**
     * Checks that nothing was stored, prints the {@code RELIABILITY} line and fails on any anomaly or
     * when fewer than {@code minimum} commands were refused.
     */
    void report(String id, String name, int minimum) {
        for (Map.Entry<String, Supplier<?>> state : watched.entrySet()) {
            Object after = state.getValue().get();
            if (!Objects.equals(before.get(state.getKey()), after)) {
                anomalies.add(state.getKey() + " changed: " + shortened(before.get(state.getKey())) + " -> "
                        + shortened(after));
            }
        }
        if (!events.isEmpty()) {
            anomalies.add(events.size() + " events published by refused commands: " + shortened(events.stream()
                    .map(event -> event.getClass().getSimpleName()).toList()));
        }
        System.out.println("RELIABILITY " + id + " " + name + " threads=1 operations=" + (refused + anomalies.size())
                + " refused=" + refused + " anomalies=" + anomalies.size());
        assertThat(anomalies).isEmpty();
        assertThat(refused).isGreaterThanOrEqualTo(minimum);
    }

    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    static String repeat(int length) {
        return "x".repeat(length);
    }

    /** Text as a log can show it: control characters escaped, long text cut. */
    static String printable(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(24).forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return "'" + out + (text.length() > 24 ? "...(" + text.length() + ")" : "") + "'";
    }
}
