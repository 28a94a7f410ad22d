package dev.backoffice.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of a step made of many calls: one line per item with its position ({@code [3/12]}),
 * then how many were done and how long it took, so a long step never looks stuck.
 */
final class Progress {

    private final PrintStream out;
    private final String what;
    private final int total;
    private final long started = System.nanoTime();
    private int done;

    private Progress(PrintStream out, String what, int total) {
        this.out = out;
        this.what = what;
        this.total = total;
    }

    /** Starts the progress of {@code total} items of {@code what} ("employees hired"). */
    static Progress of(PrintStream out, String what, int total) {
        return new Progress(out, what, total);
    }

    /** One more item done. */
    void advance(String item) {
        done++;
        String width = String.valueOf(total);
        out.printf("  [%" + width.length() + "d/%s] %s%n", done, width, item);
        out.flush();
    }

    /** Prints how many were done and in what time. */
    void finish() {
        out.println("  " + done + " " + what + " in " + elapsed(Duration.ofNanos(System.nanoTime() - started)));
    }

    /** A duration as people read it: {@code 350 ms}, {@code 2.4 s}. */
    static String elapsed(Duration duration) {
        long millis = duration.toMillis();
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
