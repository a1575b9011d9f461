package briefing.analyze;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day and month a text gives without a year ("on Wednesday (Nov. 20)", "on 20 November", "November
 * 20"): what a report that never says its year still says of when its event was. A day and month
 * followed by a year is a full date, not this. Pure.
 */
final class MonthDays {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?![\\p{L}])(?!\\s*,?\\s*\\d{4})");

    private MonthDays() {
    }

    /** The first day and month without a year in the text, if any. */
    static Optional<MonthDay> in(String text) {
        Matcher a = MONTH_DAY.matcher(text);
        Matcher b = DAY_MONTH.matcher(text);
        boolean foundA = a.find();
        boolean foundB = b.find();
        if (foundA && (!foundB || a.start() <= b.start())) {
            return of(a.group(1), a.group(2));
        }
        return foundB ? of(b.group(2), b.group(1)) : Optional.empty();
    }

    private static Optional<MonthDay> of(String month, String day) {
        String key = month.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(key.startsWith("sept") ? "sept" : key.substring(0, 3));
        int d = Integer.parseInt(day);
        if (m == null || d < 1 || d > 31 || d > java.time.Month.of(m).maxLength()) {
            return Optional.empty();
        }
        return Optional.of(MonthDay.of(m, d));
    }

    /** Whether {@code date} falls within {@code days} days of this day and month in its own year (or the years beside it). */
    static boolean near(MonthDay monthDay, LocalDate date, int days) {
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++) {
            if (!monthDay.isValidYear(year)) {
                continue;
            }
            long apart = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(monthDay.atYear(year), date));
            if (apart <= days) {
                return true;
            }
        }
        return false;
    }
}
