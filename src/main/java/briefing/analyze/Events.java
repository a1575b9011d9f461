package briefing.analyze;

import briefing.model.Event;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.Related;
import briefing.model.Slugs;
import briefing.model.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups statements into events. Statements whose metadata names the same {@code event:} are one event,
 * and never join another (so naming an event is also how an editor splits a wrong group). The others are
 * one event when they are of the same partnership and dated within {@value #WINDOW_DAYS} days of the
 * event's first statement: a joint statement and the next day's reports of it. A statement whose parties
 * are unknown is an event alone; an undated one too, unless the day and month it gives without a year
 * fit one event of its partnership, or it clearly repeats one event's passages; undated reports of one
 * partnership that clearly repeat each other's passages are one event. Pure.
 */
public final class Events {

    /** How many days after an event's first statement a report of the same partnership still joins it. */
    static final int WINDOW_DAYS = 2;

    /** How many of an undated statement's paragraphs must closely repeat an event's for it to join that event. */
    static final int SHARED_PASSAGES = 2;
    /** How close a repeat must be (a related paragraph's score, a share of the paragraph's own). */
    static final double SHARED_SCORE = 0.5;

    /** Which kind of text is the fuller source, shown first: the statement itself before reports of it. */
    private static final List<String> SOURCE_ORDER = List.of("joint statement", "declaration", "fact sheet", "press release",
            "readout", "transcript", "speech", "news report");

    private Events() {
    }

    public static List<Event> group(List<Statement> statements) {
        return group(statements, Map.of());
    }

    /**
     * As {@link #group(List)}, and an undated statement of a known partnership joins the one event of its
     * partnership it shares most passages with ({@code related}, at least {@value #SHARED_PASSAGES} paragraphs
     * scoring {@value #SHARED_SCORE} or more), when no other event shares as many: a report that never
     * says its date, of the summit whose joint statement it quotes.
     */
    public static List<Event> group(List<Statement> statements, Map<ParagraphRef, List<Related>> related) {
        List<List<Statement>> groups = new ArrayList<>();
        List<Statement> undated = new ArrayList<>();
        Map<String, List<Statement>> declared = new TreeMap<>();
        Map<List<String>, List<Statement>> byPartnership = new TreeMap<>(Comparator.comparing(String::valueOf));
        for (Statement s : statements) {
            if (s.event() != null) {
                declared.computeIfAbsent(s.event(), k -> new ArrayList<>()).add(s);
            } else if (s.parties().names().isEmpty()) {
                groups.add(List.of(s));
            } else if (s.date() == null) {
                undated.add(s);
            } else {
                byPartnership.computeIfAbsent(s.parties().partnership(), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<Statement> ofPartnership : byPartnership.values()) {
            ofPartnership.sort(Comparator.comparing(Statement::date).thenComparing(Statement::id));
            List<Statement> current = new ArrayList<>();
            for (Statement s : ofPartnership) {
                if (!current.isEmpty() && ChronoUnit.DAYS.between(current.get(0).date(), s.date()) > WINDOW_DAYS) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
                current.add(s);
            }
            groups.add(current);
        }
        List<List<Statement>> alone = new ArrayList<>();
        for (Statement s : undated) {
            onItsDay(s, groups).or(() -> closest(s, groups, related, true))
                    .ifPresentOrElse(g -> g.add(s), () -> alone.add(new ArrayList<>(List.of(s))));
        }
        // Undated reports of one partnership that clearly repeat each other's passages are one event too.
        for (List<Statement> single : alone) {
            closest(single.get(0), groups, related, false).ifPresentOrElse(g -> g.addAll(single), () -> groups.add(single));
        }
        Map<String, Event> bySlug = new LinkedHashMap<>();
        declared.forEach((slug, members) -> bySlug.put(slug, event(slug, members, true)));
        for (List<Statement> members : groups) {
            String slug = inferredSlug(members.get(0));
            for (int n = 2; bySlug.containsKey(slug); n++) {
                slug = inferredSlug(members.get(0)) + "-" + n;
            }
            bySlug.put(slug, event(slug, members, false));
        }
        return bySlug.values().stream()
                .sorted(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                        .thenComparing(Event::slug))
                .toList();
    }

    /**
     * The one dated group of the statement's partnership whose date is within {@value #WINDOW_DAYS} days of
     * the day and month the statement's opening gives without a year ("on Wednesday (Nov. 20)"), if exactly
     * one is: two summits of a partnership on the same days of different years leave the choice to the
     * passages the statement shares.
     */
    private static java.util.Optional<List<Statement>> onItsDay(Statement s, List<List<Statement>> groups) {
        String opening = String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of(s.title()),
                s.paragraphs().stream().limit(2).map(Paragraph::text)).toList());
        java.util.Optional<java.time.MonthDay> day = MonthDays.in(opening);
        if (day.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<List<Statement>> near = groups.stream()
                .filter(g -> g.get(0).date() != null && g.get(0).parties().partnership().equals(s.parties().partnership()))
                .filter(g -> g.stream().anyMatch(m -> m.date() != null && MonthDays.near(day.get(), m.date(), WINDOW_DAYS)))
                .toList();
        return near.size() == 1 ? java.util.Optional.of(near.get(0)) : java.util.Optional.empty();
    }

    /**
     * The group of the statement's partnership ({@code dated}: among the dated groups, else the undated)
     * it shares clearly most passages with, if any.
     */
    private static java.util.Optional<List<Statement>> closest(Statement s, List<List<Statement>> groups,
                                                              Map<ParagraphRef, List<Related>> related, boolean dated) {
        Map<String, List<Statement>> groupOf = new java.util.HashMap<>();
        for (List<Statement> g : groups) {
            if ((g.get(0).date() != null) == dated && g.get(0).parties().partnership().equals(s.parties().partnership())) {
                g.forEach(member -> groupOf.put(member.id(), g));
            }
        }
        Map<List<Statement>, Integer> shared = new java.util.IdentityHashMap<>();
        for (Paragraph p : s.paragraphs()) {
            related.getOrDefault(new ParagraphRef(s.id(), p.anchor()), List.of()).stream()
                    .filter(r -> r.score() >= SHARED_SCORE && groupOf.containsKey(r.paragraph().statementId()))
                    .map(r -> groupOf.get(r.paragraph().statementId())).distinct()
                    .forEach(g -> shared.merge(g, 1, Integer::sum));
        }
        List<Map.Entry<List<Statement>, Integer>> ranked = shared.entrySet().stream()
                .sorted(Map.Entry.<List<Statement>, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < SHARED_PASSAGES
                || ranked.size() > 1 && ranked.get(1).getValue().equals(ranked.get(0).getValue())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(ranked.get(0).getKey());
    }

    private static Event event(String slug, List<Statement> members, boolean declared) {
        List<Statement> ordered = members.stream()
                .sorted(Comparator.comparingInt((Statement s) -> sourceRank(s.kind()))
                        .thenComparing(Statement::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                        .thenComparing(Statement::id))
                .toList();
        LocalDate date = members.stream().map(Statement::date).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
        List<String> parties = ordered.stream().map(s -> s.parties().names()).filter(p -> !p.isEmpty()).findFirst().orElse(List.of());
        return new Event(slug, date, parties, ordered.stream().map(Statement::id).toList(), declared);
    }

    private static int sourceRank(String kind) {
        int at = SOURCE_ORDER.indexOf(kind);
        return at < 0 ? SOURCE_ORDER.size() : at;
    }

    private static String inferredSlug(Statement first) {
        if (first.date() == null || first.parties().names().isEmpty()) {
            return "statement-" + first.id();
        }
        List<String> sorted = first.parties().partnership();
        return first.date() + "-" + Slugs.of(String.join(" ", sorted));
    }
}
