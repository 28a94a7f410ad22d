package dev.backoffice.inmemory;

/**
 * Text kept as characters in {@link Columns.Chars}, one text after another, so that a table
 * stores a {@code long} per text (where it starts and how long it is) instead of a reference to a
 * string (see {@link Columns}). Reading makes a new string. Only grows, but for {@link #truncateTo},
 * which undoes the last texts added. Not thread-safe; used under the store's lock.
 */
final class Texts {

    /** The reference of null. */
    static final long NONE = -1;
    /** A reference holds the text's start above this many bits, its length below. */
    private static final int LENGTH_BITS = 24;
    private static final long LENGTH_MASK = (1L << LENGTH_BITS) - 1;

    private final Columns.Chars chars = new Columns.Chars();
    private int size;

    /** Adds a text; {@return its reference, {@link #NONE} for null} */
    long add(String text) {
        if (text == null) {
            return NONE;
        }
        int length = text.length();
        if (length > LENGTH_MASK || size > Integer.MAX_VALUE - length) {
            throw new IllegalStateException("the in-memory store holds no more text");
        }
        int start = size;
        chars.write(start, text);
        size += length;
        return (long) start << LENGTH_BITS | length;
    }

    /** {@return the text of a reference, null for {@link #NONE}} */
    String get(long reference) {
        if (reference == NONE) {
            return null;
        }
        int start = (int) (reference >>> LENGTH_BITS);
        char[] text = new char[(int) (reference & LENGTH_MASK)];
        chars.read(start, text);
        return new String(text);
    }

    /** {@return whether the text of a reference equals the given one (null equals {@link #NONE})} */
    boolean matches(long reference, String text) {
        if (reference == NONE || text == null) {
            return reference == NONE && text == null;
        }
        int start = (int) (reference >>> LENGTH_BITS);
        if ((reference & LENGTH_MASK) != text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (chars.get(start + i) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Forgets the text of the reference and every text added after it (nothing for {@link #NONE}). */
    void truncateTo(long reference) {
        if (reference != NONE) {
            size = (int) (reference >>> LENGTH_BITS);
        }
    }
}
