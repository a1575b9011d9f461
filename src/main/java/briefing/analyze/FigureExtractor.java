package briefing.analyze;

import briefing.model.Figure;
import briefing.model.FigureStatus;
import briefing.model.FigureTime;
import briefing.model.FigureUnit;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.Statement;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every quantity a statement states: money ({@code $87 billion}, {@code US$100 billion},
 * {@code 150 billion USD}), percentages ({@code 11.4 percent}, {@code 18.6%}) and counts with their noun
 * ({@code 9,500 active investment projects}), each normalised to a number and unit, with its sentence,
 * its paragraph and what the sentence says of its time. Years, durations ({@code 30 years}), dates and
 * numbers inside names ({@code 1982}, {@code P4G}) are not figures. A shared amount ({@code EDCF and
 * EDPF, each worth US$2 billion}) becomes one figure per holder. Topic and status are left for
 * {@link FigureTyper}. Pure.
 */
public final class FigureExtractor {

    // Thousands grouped by three (1,234,567) or the Indian way (3,20,000); then plain digits.
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:(?:\\s*|-)(trillion|billion|million|thousand|lakh crore|crore|lakh|bn|mn|tn)|(?<=\\d)(m|b))\\b";
    private static final Pattern MONEY_SYMBOL = Pattern.compile(
            "(?<![\\p{L}])(" + Currencies.SYMBOLS + ")\\s?" + NUMBER + "(?:(?i)" + SCALE + ")?");
    // Currency words are matched as written (lower case, or a capital where usage has one), so "By 2025 Dong
    // Nai province" or "In 2022 Won Hee-ryong" are not amounts; the scale words are matched in any case.
    private static final Pattern MONEY_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}$.,])" + NUMBER + "(?:(?i:" + SCALE + "))?\\s*(" + Currencies.WORDS + ")\\b");
    private static final Pattern PERCENT = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])" + NUMBER + "\\s*(?:percent|per\\s+cent|%)", Pattern.CASE_INSENSITIVE);
    private static final String SMALL_WORD = "(?!(?:of|the|a|an|and|or|to|in|on|for|with|by|from|per|at|than|as)\\b)[a-z][a-z-]*";
    // A day-first date is no count ("On 14 December leaders met").
    private static final String MONTH_OR_DAY = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b";
    // Up to three words may stand before a counted noun, a people's or place's adjective among them ("100
    // British companies", "10,000 Vietnamese students").
    private static final String BEFORE_NOUN = "(?:(?:" + SMALL_WORD + "|(?!" + MONTH_OR_DAY + ")[A-Z][a-z]+)\\s+){0,3}?";
    // A counted noun is a plural word, or an acronym's plural ("35 MOUs", "200 SMEs").
    private static final String COUNTED_NOUN = "(" + BEFORE_NOUN + "(?:" + SMALL_WORD + "s|[A-Z]{2,6}s))\\b";
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}$.,+/-])(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+" + COUNTED_NOUN);
    // A count in millions ("5.3 million barrels", "1mn tonnes", "25 million vaccine doses").
    // Scale words only: a glued m or b is metres or a model ("the 50m freestyle").
    private static final Pattern SCALED_COUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}$.,+/-])" + NUMBER + "(?:\\s*|-)(?i:(trillion|billion|million|bn|mn|tn)\\b)()\\s+" + COUNTED_NOUN);
    private static final Set<String> NOT_COUNTED = Set.of("years", "months", "weeks", "days", "hours", "minutes",
            "decades", "centuries", "times", "percent", "billions", "millions", "dollars", "won", "euros", "pesos", "rupees",
            // words ending in s that are no plural noun ("the 80 million that was offered")
            "was", "is", "has", "does", "this", "thus", "its", "his", "us", "as", "plus", "less", "unless", "across", "always",
            "perhaps", "whereas", "besides", "towards", "afterwards");
    private static final Pattern QUALIFIER = Pattern.compile(
            "\\b(over|nearly|about|around|approximately|almost|more than|less than|up to|some|roughly)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EACH = Pattern.compile("\\beach\\b[^.;]{0,30}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACRONYM_IN_PARENS = Pattern.compile("\\(([A-Z][A-Za-z0-9+&-]{1,11})\\)");
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+$");

    /** How far before or after an amount its qualifier, month, "each" or currency word is looked for. */
    private static final int LOOK = 60;
    /** How far before a shared amount the holders' acronyms are looked for. */
    private static final int HOLDERS_REACH = 400;

    /** A figure found in one sentence, before typing. */
    record Found(int start, int end, double value, FigureUnit unit, String noun, String qualifier) {
    }

    private FigureExtractor() {
    }

    /** Every figure of every paragraph of the statement, in reading order, numbered per paragraph. */
    public static List<Figure> extract(Statement statement, Currencies currencies) {
        Integer year = statement.date() == null ? null : statement.date().getYear();
        List<Figure> figures = new ArrayList<>();
        for (Paragraph paragraph : statement.paragraphs()) {
            int n = 0;
            for (String sentence : sentences(paragraph.text())) {
                List<Found> found = inSentence(sentence, currencies);
                List<TimeExpressions.Found> times = TimeExpressions.in(sentence, year);
                for (int i = 0; i < found.size(); i++) {
                    Found f = found.get(i);
                    FigureTime time = timeOf(f, i + 1 < found.size() ? found.get(i + 1).start() : Integer.MAX_VALUE, times);
                    Integer base = f.unit().equals(FigureUnit.PERCENT) ? baseOf(f, times) : null;
                    List<String> holders = sharedHolders(sentence, f);
                    for (String holder : holders.isEmpty() ? java.util.Collections.<String>singletonList(null) : holders) {
                        n++;
                        figures.add(new Figure(statement.id() + "#" + paragraph.anchor() + "." + n,
                                new ParagraphRef(statement.id(), paragraph.anchor()), sentence, f.start(), f.end(),
                                sentence.substring(f.start(), f.end()), f.value(), f.unit(), f.noun(), f.qualifier(),
                                holder, "other", FigureStatus.REPORTED, time, base, null, null, paragraph.source(), List.of()));
                    }
                }
            }
        }
        return figures;
    }

    /** The sentences of a paragraph, as the JDK's English sentence rules split them. */
    static List<String> sentences(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
        }
        return out;
    }

    /** Figures of a sentence read on its own (an editor's amount): "$" is US dollars. */
    static List<Found> inSentence(String sentence) {
        return inSentence(sentence, Currencies.STANDARD);
    }

    /** Figures of one sentence: money first, then percentages, then counts, never overlapping. */
    static List<Found> inSentence(String sentence, Currencies currencies) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length() + 1];
        Matcher m = MONEY_SYMBOL.matcher(sentence);
        while (m.find()) {
            Optional<String> currency = currencies.ofSymbol(m.group(1).strip(), sentence.substring(m.end(), Math.min(sentence.length(), m.end() + LOOK)));
            if (currency.isEmpty()) {
                continue;
            }
            FigureUnit unit = FigureUnit.money(currency.get());
            take(found, taken, sentence, m.start(), m.end(), number(m.group(2)) * scale(m.group(3), m.group(4)), unit, null);
        }
        m = MONEY_WORD.matcher(sentence);
        while (m.find()) {
            boolean bareYear = m.group(2) == null && m.group(3) == null && m.group(1).matches("(?:19|20)\\d{2}");
            if (bareYear) {
                continue; // "By 2025 dong ..." is a year before a word, not an amount
            }
            Optional<String> currency = currencies.ofWord(m.group(4));
            if (currency.isEmpty()) {
                continue; // a unit word no party uses and with no usual currency ("riyals" in a Japan–India text)
            }
            FigureUnit unit = FigureUnit.money(currency.get());
            take(found, taken, sentence, m.start(), m.end(), number(m.group(1)) * scale(m.group(2), m.group(3)), unit, null);
        }
        m = PERCENT.matcher(sentence);
        while (m.find()) {
            take(found, taken, sentence, m.start(), m.end(), number(m.group(1)), FigureUnit.PERCENT, null);
        }
        m = SCALED_COUNT.matcher(sentence);
        while (m.find()) {
            String noun = m.group(4);
            if (!NOT_COUNTED.contains(noun.substring(noun.lastIndexOf(' ') + 1))) {
                take(found, taken, sentence, m.start(), m.end(), number(m.group(1)) * scale(m.group(2), m.group(3)), FigureUnit.COUNT, noun);
            }
        }
        m = COUNT.matcher(sentence);
        while (m.find()) {
            String digits = m.group(1);
            String noun = m.group(2);
            String lastWord = noun.substring(noun.lastIndexOf(' ') + 1);
            boolean isYear = digits.length() == 4 && !digits.contains(",") && digits.matches("(19|20)\\d{2}");
            boolean afterMonth = MONTH_BEFORE.matcher(before(sentence, m.start())).find();
            if (!isYear && !afterMonth && !NOT_COUNTED.contains(lastWord)) {
                take(found, taken, sentence, m.start(), m.end(), number(digits), FigureUnit.COUNT, noun);
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static void take(List<Found> found, boolean[] taken, String sentence, int start, int end, double value,
                             FigureUnit unit, String noun) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return;
            }
        }
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        Matcher q = QUALIFIER.matcher(before(sentence, start));
        String qualifier = q.find() ? q.group(1).toLowerCase(Locale.ROOT) : null;
        found.add(new Found(start, end, value, unit, noun, qualifier));
    }

    /**
     * The time a figure goes with: the nearest expression after it with no other figure in between,
     * else the nearest before it. Comparison bases never count. {@code next} is where the next figure
     * starts; {@code times} are in reading order.
     */
    private static FigureTime timeOf(Found figure, int next, List<TimeExpressions.Found> times) {
        int first = firstStartingFrom(times, figure.end());
        for (int k = first; k < times.size() && times.get(k).start() < next; k++) {
            if (!times.get(k).base()) {
                return times.get(k).time();
            }
        }
        for (int k = first - 1; k >= 0; k--) {
            TimeExpressions.Found t = times.get(k);
            if (!t.base() && t.end() <= figure.start()) {
                return t.time();
            }
        }
        return FigureTime.NONE;
    }

    /** The index of the first expression starting at or after {@code from} (expressions never overlap). */
    private static int firstStartingFrom(List<TimeExpressions.Found> times, int from) {
        int lo = 0;
        int hi = times.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The few characters before {@code end}, where the patterns anchored at a figure's start look. */
    private static String before(String sentence, int end) {
        return sentence.substring(Math.max(0, end - LOOK), end);
    }

    private static Integer baseOf(Found figure, List<TimeExpressions.Found> times) {
        for (int k = firstStartingFrom(times, figure.end()); k < times.size() && times.get(k).start() - figure.end() < LOOK; k++) {
            if (times.get(k).base()) {
                return times.get(k).time().start();
            }
        }
        return null;
    }

    /** For {@code X (A) and Y (B), each worth $N}: the holders A and B; empty when the amount is not shared. */
    private static List<String> sharedHolders(String sentence, Found figure) {
        if (!EACH.matcher(before(sentence, figure.start())).find()) {
            return List.of();
        }
        List<String> holders = new ArrayList<>();
        Matcher m = ACRONYM_IN_PARENS.matcher(sentence.substring(Math.max(0, figure.start() - HOLDERS_REACH), figure.start()));
        while (m.find()) {
            holders.add(m.group(1));
        }
        return holders.size() >= 2 ? holders : List.of();
    }

    private static double number(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }

    /** The multiplier of a scale word ({@code billion}, {@code crore} …) or of a letter glued to the digits ({@code m}, {@code b}). */
    private static double scale(String word, String letter) {
        String w = word != null ? word : letter;
        if (w == null) {
            return 1;
        }
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "trillion", "tn" -> 1e12;
            case "billion", "bn", "b" -> 1e9;
            case "million", "mn", "m" -> 1e6;
            case "lakh crore" -> 1e12;
            case "crore" -> 1e7;
            case "lakh" -> 1e5;
            case "thousand" -> 1e3;
            default -> 1;
        };
    }
}
