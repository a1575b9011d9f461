package briefing.site;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings written in capitals ("STRENGTHENING ECONOMIC, TRADE … COOPERATION WITH ASEAN") made readable
 * in sentence case, each word in the case the statement's own prose gives it: "Strengthening economic,
 * trade … cooperation with ASEAN", "… between Vietnam and the Republic of Korea". A word the prose never
 * writes is lower case; a heading not all in capitals is left as written.
 */
final class HeadingCase {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?:;]\\s+|[\"“(]\\s*)$");

    /** Each word's case in the prose, by its lower-case form: as written when never seen in lower case. */
    private final Map<String, String> proseCase = new HashMap<>();

    /**
     * Learns the case of words from the statement's paragraphs: a word written in capitals among other
     * words (ASEAN) keeps them; a capitalised word keeps its capital when the prose writes it so between lower-case words
     * ("between Vietnam and the", "Republic of Korea"), not only inside a name ("Ministry of National
     * Defense"); the first word of a sentence tells nothing.
     */
    HeadingCase(Iterable<String> prose) {
        Map<String, Boolean> seenLower = new HashMap<>();
        for (String text : prose) {
            java.util.List<int[]> spans = new java.util.ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            for (int i = 0; i < spans.size(); i++) {
                String word = text.substring(spans.get(i)[0], spans.get(i)[1]);
                String key = word.toLowerCase(Locale.ROOT);
                if (word.equals(key)) {
                    seenLower.put(key, true);
                    continue;
                }
                if (SENTENCE_START.matcher(text.substring(Math.max(0, spans.get(i)[0] - 3), spans.get(i)[0])).find()) {
                    continue;
                }
                // An acronym among ordinary words, not a word of a line in capitals.
                boolean acronym = word.length() > 1 && isUpper(word)
                        && ((i > 0 && !isUpper(text.substring(spans.get(i - 1)[0], spans.get(i - 1)[1])))
                        || (i + 1 < spans.size() && !isUpper(text.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]))));
                boolean standalone = (i == 0 || isLower(text, spans.get(i - 1))) && (i + 1 == spans.size() || isLower(text, spans.get(i + 1)));
                if (acronym || standalone) {
                    proseCase.merge(key, word, (a, b) -> a.equals(b) ? a : (isUpper(a) ? b : a));
                }
            }
        }
        seenLower.keySet().forEach(proseCase::remove);
    }

    private static boolean isLower(String text, int[] span) {
        return Character.isLowerCase(text.charAt(span[0]));
    }

    /** The heading in sentence case when it is written all in capitals; else as it is. */
    String readable(String heading) {
        if (!isUpper(heading) || heading.chars().filter(Character::isLetter).count() < 12) {
            return heading;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(heading);
        int last = 0;
        boolean first = true;
        while (m.find()) {
            out.append(heading, last, m.start());
            String key = m.group().toLowerCase(Locale.ROOT);
            String word = proseCase.getOrDefault(key, key);
            if (first && word.equals(key)) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            out.append(word);
            first = false;
            last = m.end();
        }
        return out.append(heading.substring(last)).toString();
    }

    private static boolean isUpper(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT));
    }
}
