package briefing.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One occasion (a summit, a visit, a ministers' meeting) and the statements that report it: a joint
 * statement and the news reports, readouts and transcripts of the same talks are one event with several
 * sources.
 *
 * @param slug       its URL name: the metadata's {@code event:}, else its date and parties
 *                   ({@code 2023-06-23-south-korea-vietnam})
 * @param date       the earliest of its statements' dates; null for an undated statement alone
 * @param parties    its statements' parties
 * @param statements the ids of its statements, the fullest source first (a joint statement before a
 *                   transcript before a report), then by date and id
 * @param declared   true when editors named it in metadata; false when grouped by parties and date
 */
public record Event(String slug, LocalDate date, List<String> parties, List<String> statements, boolean declared) {

    public Event {
        Objects.requireNonNull(slug, "slug");
        parties = List.copyOf(parties);
        statements = List.copyOf(statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("an event has at least one statement: " + slug);
        }
    }

    /** Whether more than one statement reports it. */
    public boolean reportedSeveralTimes() {
        return statements.size() > 1;
    }

    /** Each statement's event, by statement id. */
    public static java.util.Map<String, Event> byStatement(List<Event> events) {
        java.util.Map<String, Event> out = new java.util.HashMap<>();
        events.forEach(e -> e.statements().forEach(id -> out.put(id, e)));
        return out;
    }
}
