package briefing.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a reader sees them ({@code 23 June 2023}); the ISO form goes in {@code datetime} attributes. */
final class Dates {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    static String display(LocalDate date) {
        return date == null ? "date unknown" : DISPLAY.format(date);
    }

    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
