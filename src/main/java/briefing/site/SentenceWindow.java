package briefing.site;

/**
 * The words around a marked part of a sentence ("…reached $87 billion, representing an [11.4 percent]
 * increase compared to 2021."), for a figure whose whole sentence the page already quotes above: a few
 * words each side, cut between words, "…" where words were left out.
 */
record SentenceWindow(String before, String marked, String after) {

    static SentenceWindow around(String sentence, int start, int end, int words) {
        String before = sentence.substring(0, start);
        String after = sentence.substring(end);
        return new SentenceWindow(lastWords(before, words), sentence.substring(start, end), firstWords(after, words));
    }

    /** The window as text: before, marked and after. */
    @Override
    public String toString() {
        return before + marked + after;
    }

    private static String lastWords(String text, int words) {
        int cut = text.length();
        int seen = 0;
        // A space right before the mark does not end a word: count words, not the gap before the figure.
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i)) && i < text.length() - 1 && !Character.isWhitespace(text.charAt(i + 1))) {
                if (++seen == words) {
                    cut = i + 1;
                    return "…" + text.substring(cut);
                }
            }
        }
        return text;
    }

    private static String firstWords(String text, int words) {
        int seen = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord && ++seen == words) {
                    return text.substring(0, i) + "…";
                }
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                inWord = true;
            }
        }
        return text;
    }
}
