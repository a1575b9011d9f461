package briefing.analyze;

import briefing.model.FigureTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a sentence says of time, with where it says it: periods ({@code from 2024 to 2027},
 * {@code 2016 through 2020}, {@code over the next decade}), horizons ({@code by 2030}), as-of dates and
 * years ({@code In 2022}, {@code last year}), and comparison bases ({@code compared to 2021}). Relative
 * expressions are resolved against the statement's year. English grammar, not editorial data.
 */
final class TimeExpressions {

    /** One time expression and its span in the sentence; {@code base} marks a comparison base. */
    record Found(FigureTime time, int start, int end, boolean base) {
    }

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    private static final Pattern PERIOD_FROM = Pattern.compile(
            "\\b(?:from|between)\\s+(?:the\\s+year\\s+)?" + YEAR + "\\s+(?:to|until|till|through|and)\\s+" + YEAR + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD_THROUGH = Pattern.compile("\\b" + YEAR + "\\s+(?:through|to)\\s+" + YEAR + "\\b");
    private static final Pattern PERIOD_DASH = Pattern.compile("\\b" + YEAR + "\\s*[-–]\\s*" + YEAR + "\\b");
    private static final Pattern PERIOD_NEXT = Pattern.compile(
            "\\b(?:over|in|during|within)\\s+the\\s+(?:next|coming)\\s+(decade|(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\\s+years)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BASE = Pattern.compile("\\b(?:compared\\s+(?:to|with)|than\\s+in)\\s+" + YEAR + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HORIZON = Pattern.compile(
            "\\b(?:by|until|till|through|before)\\s+(?:the\\s+end\\s+of\\s+)?" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AS_OF = Pattern.compile(
            "\\bas\\s+(?:of|at)\\s+(?:(?:the\\s+end\\s+of\\s+)?(?:" + MONTH + ")\\s+)?" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_YEAR = Pattern.compile(
            "\\b(?:in|for|during)\\s+(?:(?:late|early|mid-?)\\s*)?(?:(?:" + MONTH + ")\\s+)?" + YEAR + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(last|this|next)\\s+year\\b", Pattern.CASE_INSENSITIVE);

    private TimeExpressions() {
    }

    /**
     * Whether any pattern could match: each needs a year (19xx or 20xx) or the word "year" or "decade".
     * Most sentences have neither, and this check is far cheaper than ten regular expressions.
     */
    private static boolean mayNameTime(String sentence) {
        for (int i = 0; i + 3 < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if ((c == '1' && sentence.charAt(i + 1) == '9' || c == '2' && sentence.charAt(i + 1) == '0')
                    && Character.isDigit(sentence.charAt(i + 2)) && Character.isDigit(sentence.charAt(i + 3))) {
                return true;
            }
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        return lower.contains("year") || lower.contains("decade");
    }

    /** Every time expression in the sentence, in order; {@code statementYear} may be null (undated). */
    static List<Found> in(String sentence, Integer statementYear) {
        if (!mayNameTime(sentence)) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length() + 1];
        periods(sentence, statementYear, found, taken);
        add(found, taken, BASE.matcher(sentence), m -> FigureTime.year(year(m, 1), m.group()), true, sentence);
        add(found, taken, HORIZON.matcher(sentence),
                m -> new FigureTime(FigureTime.Kind.HORIZON, year(m, 1), year(m, 1), m.group(), false), false, sentence);
        add(found, taken, AS_OF.matcher(sentence),
                m -> new FigureTime(FigureTime.Kind.AS_OF, year(m, 1), year(m, 1), capitalised(m.group()), false), false, sentence);
        add(found, taken, IN_YEAR.matcher(sentence), m -> FigureTime.year(year(m, 1), String.valueOf(year(m, 1))), false, sentence);
        if (statementYear != null) {
            add(found, taken, RELATIVE_YEAR.matcher(sentence), m -> {
                int year = statementYear + switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "last" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
                return new FigureTime(FigureTime.Kind.YEAR, year, year, m.group() + " (" + year + ")", true);
            }, false, sentence);
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private static void periods(String sentence, Integer statementYear, List<Found> found, boolean[] taken) {
        for (Pattern pattern : List.of(PERIOD_FROM, PERIOD_THROUGH, PERIOD_DASH)) {
            add(found, taken, pattern.matcher(sentence), m -> {
                int from = year(m, 1);
                int to = year(m, 2);
                return to >= from ? new FigureTime(FigureTime.Kind.PERIOD, from, to, m.group(), false) : null;
            }, false, sentence);
        }
        if (statementYear != null) {
            add(found, taken, PERIOD_NEXT.matcher(sentence), m -> {
                int years = m.group(1).equalsIgnoreCase("decade") ? 10 : count(m.group(2));
                return new FigureTime(FigureTime.Kind.PERIOD, statementYear, statementYear + years,
                        m.group().replaceFirst("^(?i)(over|in|during|within)\\s+", "$1 "), true);
            }, false, sentence);
        }
    }

    private interface TimeOf {
        FigureTime of(Matcher m);
    }

    private static void add(List<Found> found, boolean[] taken, Matcher m, TimeOf time, boolean base, String sentence) {
        while (m.find()) {
            boolean free = true;
            for (int i = m.start(); i < m.end(); i++) {
                free &= !taken[i];
            }
            FigureTime t = free ? time.of(m) : null;
            if (t != null) {
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                found.add(new Found(t, m.start(), m.end(), base));
            }
        }
    }

    private static int year(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int count(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        return NUMBER_WORDS.containsKey(w) ? NUMBER_WORDS.get(w) : Integer.parseInt(w);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
