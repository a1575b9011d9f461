package briefing.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line-level vocabulary of raw statements: collection noise, section headings, paragraph numbers,
 * transcript speaker labels and dates written in prose. Pure functions over one line of text.
 */
final class TextLayout {

    static final Pattern DATE_MARKER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*(.*)$");
    static final Pattern SOURCE_LINE = Pattern.compile("^\\s*Source\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    static final Pattern URL = Pattern.compile("https?://\\S+");
    static final Pattern COMMENT_LINE = Pattern.compile("^\\s*Comments?\\s*\\(\\d+\\)\\s*$", Pattern.CASE_INSENSITIVE);
    static final Pattern IMAGE_STUB = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)\\s*\\|?");

    /** {@code 4.} or {@code 4)}; multi-level numbers ({@code 2.1.1}) may drop the final dot. */
    private static final Pattern SINGLE_NUMBER = Pattern.compile("^(\\d{1,3})[.)]\\s+(\\S.*)$");
    private static final Pattern MULTI_NUMBER = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})+)\\.?\\s+([\\p{Lu}\"“‘(].*)$");
    private static final Pattern HEADING_PREFIX = Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3})*|[IVXLC]{1,6}|[A-Z])[.)]?\\s+");
    private static final Pattern SPEAKER = Pattern.compile(
            "^((?:[\\p{Lu}][\\p{L}'’.\\-]*)(?:\\s+(?:[\\p{Lu}][\\p{L}'’.\\-]*|of|the|van|de)){0,5})\\s*:\\s+(\\S.*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;][\"”’)\\]]*$");

    private static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    /** A month's name as prose writes it, or in capitals as datelines and page headers do ("NOVEMBER 13, 2023"). */
    private static final String MONTHS = "(" + MONTH_NAMES + "|" + MONTH_NAMES.toUpperCase(Locale.ROOT) + ")";
    /** An ordinal's letters after a day ("14th December 2022", "December 1st, 2022"). */
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /** What joins the two days of a range ("October 30 to 31, 2010", "13-16 June 2007", "June 13 through 16"). */
    private static final String UNTIL = "\\s*(?:-|–|—|to|through|till|until|and)\\s*";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})" + ORDINAL + "(?:\\s+of)?\\s+" + MONTHS + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})\\b");
    /** A range of days whose year follows the last: its date is the first day's ("June 13 through 16, 2007"). */
    private static final Pattern MONTH_DAY_RANGE_YEAR = Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})" + ORDINAL + UNTIL
            + "(?:" + MONTHS + "\\s+)?\\d{1,2}" + ORDINAL + ",?\\s+(\\d{4})\\b");
    /** "13-16 June 2007", "30 October to 1 November 2010": the first day's date. */
    private static final Pattern DAY_RANGE_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})" + ORDINAL + "(?:\\s+" + MONTHS + ")?"
            + UNTIL + "\\d{1,2}" + ORDINAL + "\\s+" + MONTHS + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** A year-first date with dots or slashes, as East Asian pages write it ("2023.11.27", "2023/11/27"). */
    private static final Pattern YEAR_FIRST = Pattern.compile("\\b(\\d{4})([./])(\\d{1,2})\\2(\\d{1,2})\\b(?![./]\\d)");
    /** A day-first date with dots, as European pages write it ("14.12.2022"); slashes are left (day or month first?). */
    private static final Pattern DOTTED_DAY_FIRST = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b(?!\\.\\d)");
    /** A day and month with no year after them (not {@code June 4, 2023}, not {@code June 2023}). */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTHS + "\\s+(\\d{1,2})" + ORDINAL + "\\b(?!,?\\s*\\d{4}|:\\d)");
    private static final Pattern DATELINE_NO_YEAR = Pattern.compile(
            "\\p{Lu}[\\p{L} .'’\\[\\]-]{0,40}?,\\s*" + MONTHS + "\\s*(\\d{1,2})(?!\\d|,?\\s*\\d{4})\\s*"
                    + "(?:\\([^)]{1,30}\\)\\s*)?(?:--|[—–:-])");
    private static final Pattern CLOCK_AFTER = Pattern.compile("[\\s,•|-]{0,4}\\d{1,2}:\\d{2}\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("(?i)\\byesterday\\b");
    private static final Pattern HISTORY = Pattern.compile("(?i)\\bsince\\b");
    /** How far before a date a history word is read, in characters: about one clause. */
    private static final int HISTORY_REACH = 80;

    private TextLayout() {
    }

    /** A numbered paragraph's number and text, when the line opens with a paragraph number. */
    static Optional<String[]> numbered(String line) {
        Matcher single = SINGLE_NUMBER.matcher(line);
        if (single.matches()) {
            return Optional.of(new String[] {single.group(1), single.group(2).strip()});
        }
        Matcher multi = MULTI_NUMBER.matcher(line);
        if (multi.matches()) {
            return Optional.of(new String[] {multi.group(1), multi.group(2).strip()});
        }
        return Optional.empty();
    }

    /**
     * A section heading: a line in capitals (with an optional {@code 1.}, {@code II.} or {@code A.}
     * prefix), or a short numbered line that reads as a title rather than a sentence.
     */
    static boolean isHeading(String line) {
        String body = HEADING_PREFIX.matcher(line).replaceFirst("");
        int letters = 0;
        int lower = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
        }
        if (letters >= 4 && lower == 0 && line.length() <= 300) {
            return true;
        }
        boolean hasPrefix = body.length() != line.length();
        return hasPrefix && numbered(line).isPresent() && body.length() <= 80
                && body.split("\\s+").length <= 10 && !endsSentence(body) && lower < letters;
    }

    /** Whether a heading opens with a number ({@code 1.}, {@code 2.1}, {@code II.}, {@code A.}). */
    static boolean hasHeadingPrefix(String line) {
        return HEADING_PREFIX.matcher(line).lookingAt();
    }

    /** A transcript turn's speaker and words, when the line opens with {@code Name:}. */
    static Optional<String[]> speakerTurn(String line) {
        Matcher m = SPEAKER.matcher(line);
        if (m.matches() && m.group(1).length() <= 60) {
            return Optional.of(new String[] {m.group(1).strip(), m.group(2).strip()});
        }
        return Optional.empty();
    }

    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text.stripTrailing()).find();
    }

    /** A date found in a line and where it stands in it. */
    record Dated(LocalDate date, int start, int end) {
    }

    /** The first full date written in prose ({@code 23 June 2023}, {@code June 23, 2023}, ISO). */
    static Optional<LocalDate> dateIn(String text) {
        return datedIn(text).map(Dated::date);
    }

    /**
     * The first full date written in prose, with its place in the line; a range of days written with its
     * year ("October 30 to 31, 2010") gives its first day.
     */
    static Optional<Dated> datedIn(String text) {
        java.util.List<Optional<Dated>> found = java.util.List.of(
                first(DAY_MONTH_YEAR, text, m -> date(m.group(3), month(m.group(2)), m.group(1))),
                first(MONTH_DAY_YEAR, text, m -> date(m.group(3), month(m.group(1)), m.group(2))),
                first(MONTH_DAY_RANGE_YEAR, text, m -> date(m.group(4), month(m.group(1)), m.group(2))),
                first(DAY_RANGE_MONTH_YEAR, text, m -> date(m.group(4), month(m.group(2) != null ? m.group(2) : m.group(3)),
                        m.group(1))),
                first(ISO_DATE, text, m -> date(m.group(1), Integer.parseInt(m.group(2)), m.group(3))),
                first(YEAR_FIRST, text, m -> date(m.group(1), Integer.parseInt(m.group(3)), m.group(4))),
                first(DOTTED_DAY_FIRST, text, m -> date(m.group(3), Integer.parseInt(m.group(2)), m.group(1))));
        return found.stream().flatMap(Optional::stream).min(java.util.Comparator.comparingInt(Dated::start));
    }

    /** The first match of {@code pattern} in {@code text} that reads as a real date. */
    private static Optional<Dated> first(Pattern pattern, String text,
                                         java.util.function.Function<Matcher, Optional<LocalDate>> reading) {
        Matcher m = pattern.matcher(text);
        return m.find() ? dated(reading.apply(m), m) : Optional.empty();
    }

    /** A full date followed by a clock time ({@code 26 November 2023, 07:44}): when a page was published. */
    static boolean isTimeStamp(String text, Dated dated) {
        return CLOCK_AFTER.matcher(text).region(dated.end(), text.length()).lookingAt();
    }

    /**
     * A dateline that gives the day and month but no year, at the start of a line: {@code PUTRAJAYA, Dec 16 —},
     * {@code HANOI, Dec 5 (Yonhap) --}, {@code New Delhi [India], July 27 (ANI):}.
     */
    static Optional<MonthDay> datelineWithoutYear(String text) {
        Matcher m = DATELINE_NO_YEAR.matcher(text);
        return m.lookingAt() ? monthDay(m.group(1), m.group(2)) : Optional.empty();
    }

    /** The first day and month written without a year ({@code on March 12}, {@code Thursday, Feb. 9}). */
    static Optional<Dated> monthDayIn(String text, int year) {
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = date(Integer.toString(year), month(m.group(1)), m.group(2));
            if (date.isPresent()) {
                return Optional.of(new Dated(date.get(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** The first weekday named in the line ({@code on Monday}, {@code (Tuesday)}) and where it stands. */
    static Optional<Map.Entry<DayOfWeek, Integer>> weekdayIn(String text) {
        Matcher m = WEEKDAY.matcher(text);
        return m.find() ? Optional.of(Map.entry(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)), m.start()))
                : Optional.empty();
    }

    /** Where the line says {@code yesterday}, or -1. */
    static int yesterdayIn(String text) {
        Matcher m = YESTERDAY.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** Whether a history word ({@code since}) stands shortly before this place in the line. */
    static boolean afterHistoryWord(String text, int at) {
        return HISTORY.matcher(text.substring(Math.max(0, at - HISTORY_REACH), at)).find();
    }

    private static Optional<Dated> dated(Optional<LocalDate> date, Matcher m) {
        return date.map(d -> new Dated(d, m.start(), m.end()));
    }

    private static Optional<MonthDay> monthDay(String month, String day) {
        try {
            return Optional.of(MonthDay.of(month(month), Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
