package briefing.ingest;

/**
 * A line of text that a regular expression may read only so many characters of: editors write the
 * cleaning patterns, and a pattern that backtracks badly on a long run of spaces must give up on that
 * line (it is then taken as not matching) instead of stalling the build. The budget grows with the line.
 */
final class BoundedText implements CharSequence {

    /** Thrown when a pattern has read more of the line than its budget allows. */
    static final class TooSlow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooSlow() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final int[] reads;
    private final int budget;

    /** {@code text} with a budget of 200 reads per character, and 10,000 more. */
    BoundedText(String text) {
        this(text, new int[1], 10_000 + 200 * text.length());
    }

    private BoundedText(String text, int[] reads, int budget) {
        this.text = text;
        this.reads = reads;
        this.budget = budget;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] > budget) {
            throw new TooSlow();
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
