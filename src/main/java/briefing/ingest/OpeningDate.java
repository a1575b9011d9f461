package briefing.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The date a text's opening gives for the event it reports, read the way a news reader does. A full date
 * ({@code 14 December 2022}) counts as it stands; a day and month without a year ({@code PUTRAJAYA, Dec 16
 * —}, {@code on March 12}), a weekday ({@code on Monday}) or {@code yesterday} count only against the
 * collection marker, the date the page was published. News reports an event on or before the day it is
 * published, so a weekday is the latest such day on or before that date, and a day and month take the
 * year that puts them there. Without a marker, a day and month take the latest year the text writes in a
 * full date (a report of a visit that says "on October 31" and "October 30 to 31, 2010"). A page's time stamp ({@code 26 November 2023, 07:44}) is when it was
 * published, not the event: it is the date only when the opening gives no other. Nothing here guesses:
 * with no full date and no marker, a partial date says nothing.
 */
public final class OpeningDate {

    /**
     * A date the text gives, the line it is on, and whether it was written in full (day, month and year)
     * rather than completed from the publication date.
     */
    public record Found(LocalDate date, int line, boolean full) {
        public Found {
            if (date == null || line < 1) {
                throw new IllegalArgumentException("a found date needs a date and a line: " + date + " at " + line);
            }
        }
    }

    /** One line of the opening: its number in the file and its text. */
    record Line(int number, String text) {
    }

    /** A partial date may lie this many days after the publication date (time zones, a late marker). */
    private static final int PUBLICATION_SLACK_DAYS = 2;

    private OpeningDate() {
    }

    /**
     * The event's date in the opening's lines (in reading order, those after the headline first: what stands
     * above a headline belongs to the page, such as a republisher's date), else the page's time stamp.
     * The lines come in the order to read them.
     */
    static Optional<Found> of(List<Line> opening, Optional<LocalDate> marker, Optional<Integer> textYear) {
        Optional<Found> stamp = timeStamp(opening);
        Optional<LocalDate> published = marker;
        // A page's time stamp is not used to complete a weekday: it may be an update long after the event.
        // (Tried: it read two train texts right and two test texts wrong.)
        for (Line line : opening) {
            Optional<Found> found = eventDate(line, published, textYear);
            if (found.isPresent()) {
                return found;
            }
        }
        return stamp;
    }

    /** The first date a time stamp gives (a full date followed by a clock time). */
    private static Optional<Found> timeStamp(List<Line> opening) {
        for (Line line : opening) {
            Optional<TextLayout.Dated> dated = TextLayout.datedIn(line.text());
            if (dated.isPresent() && TextLayout.isTimeStamp(line.text(), dated.get())) {
                return Optional.of(new Found(dated.get().date(), line.number(), true));
            }
        }
        return Optional.empty();
    }

    /** The leftmost date expression in one line that says when the event was; a time stamp is not one. */
    private static Optional<Found> eventDate(Line line, Optional<LocalDate> published, Optional<Integer> textYear) {
        String text = line.text();
        List<Map.Entry<Integer, Found>> candidates = new ArrayList<>();
        TextLayout.datedIn(text)
                .filter(d -> !TextLayout.isTimeStamp(text, d) && !TextLayout.afterHistoryWord(text, d.start()))
                .ifPresent(d -> candidates.add(Map.entry(d.start(), new Found(d.date(), line.number(), true))));
        published.ifPresent(p -> partial(line, p, candidates));
        if (published.isEmpty()) {
            // No publication date: a day and month ("Vietnam and Japan on October 31 issued") take the year
            // the text writes in full elsewhere ("from October 30 to 31, 2010"); a weekday stays unknown.
            textYear.flatMap(y -> TextLayout.monthDayIn(text, y)).ifPresent(d -> candidates.add(
                    Map.entry(d.start(), new Found(d.date(), line.number(), false))));
        }
        return candidates.stream().min(Map.Entry.comparingByKey()).map(Map.Entry::getValue);
    }

    /** Day-and-month, weekday and "yesterday" expressions, completed from the publication date. */
    private static void partial(Line line, LocalDate published, List<Map.Entry<Integer, Found>> candidates) {
        String text = line.text();
        TextLayout.monthDayIn(text, published.getYear()).ifPresent(d -> candidates.add(
                Map.entry(d.start(), new Found(onOrBefore(d.date(), published), line.number(), false))));
        TextLayout.weekdayIn(text).ifPresent(w -> candidates.add(
                Map.entry(w.getValue(), new Found(latest(w.getKey(), published), line.number(), false))));
        int yesterday = TextLayout.yesterdayIn(text);
        if (yesterday >= 0) {
            candidates.add(Map.entry(yesterday, new Found(published.minusDays(1), line.number(), false)));
        }
    }

    /** A day and month in the publication's year, or the year before when that puts it after publication. */
    static LocalDate onOrBefore(LocalDate inPublicationYear, LocalDate published) {
        return inPublicationYear.isAfter(published.plusDays(PUBLICATION_SLACK_DAYS))
                ? inPublicationYear.minusYears(1) : inPublicationYear;
    }

    /** The latest {@code day} on or before {@code published}. */
    static LocalDate latest(DayOfWeek day, LocalDate published) {
        return published.with(TemporalAdjusters.previousOrSame(day));
    }
}
