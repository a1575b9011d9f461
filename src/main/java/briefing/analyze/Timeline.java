package briefing.analyze;

import briefing.model.FigureTime;
import briefing.model.Event;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.Statement;
import briefing.model.TimelineEvent;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timeline: every statement at its date, and every dated event its sentences name (a year, a month
 * and year, a period, a horizon, an as-of date) with the sentence and its paragraph. A bare year inside
 * a name ({@code 1982 United Nations Convention}, {@code Global Goals 2030}) is not an event. Pure.
 */
public final class Timeline {

    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(?:in\\s+|since\\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern SINCE = Pattern.compile("\\bsince\\s+((?:19|20)\\d{2})\\b");

    private Timeline() {
    }

    /**
     * The timeline of these statements, grouped into {@code occasions}: an occasion reported several times
     * is one entry (its fullest source's), and a date its reports all name ("the 2022 upgrade") is listed
     * once, from the first report that names it.
     */
    public static List<TimelineEvent> build(List<Statement> statements, List<Event> occasions) {
        // Reports are read independently: all of them on every core at once (an occasion is mostly one
        // report), then taken in each occasion's order.
        Map<String, List<TimelineEvent>> ofStatement = new HashMap<>();
        List<List<TimelineEvent>> read = statements.parallelStream().map(Timeline::eventsOf).toList();
        for (int i = 0; i < statements.size(); i++) {
            ofStatement.put(statements.get(i).id(), read.get(i));
        }
        List<TimelineEvent> events = new ArrayList<>();
        for (Event occasion : occasions) {
            List<List<TimelineEvent>> found = occasion.statements().stream().map(ofStatement::get).toList();
            // Dates an earlier report of the occasion already named; within one report each sentence counts.
            Set<List<Object>> named = new HashSet<>();
            boolean first = true;
            for (List<TimelineEvent> ofReport : found) {
                List<List<Object>> here = new ArrayList<>();
                for (TimelineEvent e : ofReport) {
                    List<Object> key = List.of(e.year(), e.month(), e.endYear(), e.kind(), e.when());
                    if (e.kind().equals("statement") ? first : !named.contains(key)) {
                        events.add(e);
                    }
                    here.add(key);
                }
                named.addAll(here);
                first = false;
            }
        }
        events = sameMilestoneOnce(events);
        events.sort(Comparator.comparingInt(TimelineEvent::year).thenComparingInt(TimelineEvent::month)
                .thenComparing(e -> e.kind().equals("statement") ? 0 : 1)
                .thenComparing(TimelineEvent::statementId).thenComparing(e -> e.source() == null ? "" : e.source().anchor())
                .thenComparing(TimelineEvent::when));
        return events;
    }

    /** Words on each side of a date that say what it is the date of ("established diplomatic relations in"). */
    static final int CONTEXT_WORDS = 8;

    /**
     * The share of those words' stems (of the fewer) two sentences must share to name one milestone:
     * "established diplomatic relations in 1992" in two wordings shares 4 of 9.
     */
    static final double SAME_MILESTONE = 0.4;

    /**
     * One entry per milestone across occasions: a date another sentence names for the same thing (the same
     * year and kind, compatible months, and at least {@value #SAME_MILESTONE} of the stems of the words around
     * the date in common:
     * "established diplomatic relations in December 1992" and "since the two countries established
     * diplomatic relations in 1992") is listed once, at its most precise (December 1992), with the other
     * paragraphs as "also named in". Statements' own dates are never merged.
     */
    static List<TimelineEvent> sameMilestoneOnce(List<TimelineEvent> events) {
        List<TimelineEvent> kept = new ArrayList<>();
        Map<Integer, List<Integer>> byYear = new HashMap<>();
        List<Set<String>> contexts = new ArrayList<>();
        for (TimelineEvent e : events) {
            Set<String> context = e.source() == null ? Set.of() : context(e);
            Integer same = null;
            double best = 0;
            if (e.source() != null) {
                for (int i : byYear.getOrDefault(e.year(), List.of())) {
                    TimelineEvent k = kept.get(i);
                    double share = Stems.shareOfFewer(contexts.get(i), context);
                    if (k.source() != null && !k.text().equals(e.text()) && k.kind().equals(e.kind())
                            && k.endYear() == e.endYear() && (k.month() == 0 || e.month() == 0 || k.month() == e.month())
                            && share >= SAME_MILESTONE && share > best) {
                        same = i;
                        best = share;
                    }
                }
            }
            if (same == null) {
                byYear.computeIfAbsent(e.year(), y -> new ArrayList<>()).add(kept.size());
                kept.add(e);
                contexts.add(context);
            } else {
                TimelineEvent k = kept.get(same);
                // The more precise date leads (a month over a year alone); else the first named.
                kept.set(same, e.month() != 0 && k.month() == 0
                        ? new TimelineEvent(e.year(), e.month(), e.endYear(), e.kind(), e.when(), e.text(), e.statementId(), e.source(),
                                k.alsoIn()).alsoNamedIn(List.of(k.source()))
                        : k.alsoNamedIn(List.of(e.source())));
            }
        }
        return kept;
    }

    /** The stems of the words around the event's date in its sentence. */
    private static Set<String> context(TimelineEvent e) {
        String text = e.text();
        int at = text.indexOf(e.when());
        int length = e.when().length();
        if (at < 0) {
            at = text.indexOf(String.valueOf(e.year()));
            length = 4;
        }
        if (at < 0) {
            return new HashSet<>(Stems.of(text));
        }
        String[] before = words(text.substring(0, at));
        String[] after = words(text.substring(at + length));
        List<String> words = new ArrayList<>();
        words.addAll(List.of(before).subList(Math.max(0, before.length - CONTEXT_WORDS), before.length));
        words.addAll(List.of(after).subList(0, Math.min(after.length, CONTEXT_WORDS)));
        return new HashSet<>(Stems.of(String.join(" ", words)));
    }

    /** The words of a text: runs of letters and digits (punctuation is no word). */
    private static String[] words(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}'’-]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }


    private static List<TimelineEvent> eventsOf(Statement s) {
        List<TimelineEvent> events = new ArrayList<>();
        Integer statementYear = s.date() == null ? null : s.date().getYear();
        if (s.date() != null) {
            events.add(new TimelineEvent(s.date().getYear(), s.date().getMonthValue(), s.date().getYear(), "statement",
                    s.date().getDayOfMonth() + " " + month(s.date().getMonthValue()) + " " + s.date().getYear(),
                    s.title(), s.id(), null));
        }
        for (Paragraph p : s.paragraphs()) {
            ParagraphRef ref = new ParagraphRef(s.id(), p.anchor());
            for (String sentence : FigureExtractor.sentences(p.text())) {
                List<int[]> taken = new ArrayList<>();
                Matcher m = MONTH_YEAR.matcher(sentence);
                while (m.find()) {
                    int month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue();
                    int year = Integer.parseInt(m.group(2));
                    events.add(new TimelineEvent(year, month, year, "date", m.group(1) + " " + year, sentence, s.id(), ref));
                    taken.add(new int[] {m.start(), m.end()});
                }
                Matcher since = SINCE.matcher(sentence);
                while (since.find()) {
                    if (free(taken, since.start(), since.end())) {
                        int year = Integer.parseInt(since.group(1));
                        events.add(new TimelineEvent(year, 0, year, "date", "since " + year, sentence, s.id(), ref));
                        taken.add(new int[] {since.start(), since.end()});
                    }
                }
                for (TimeExpressions.Found found : TimeExpressions.in(sentence, statementYear)) {
                    FigureTime t = found.time();
                    if (found.base() || !free(taken, found.start(), found.end()) || t.approximate() && t.kind() == FigureTime.Kind.YEAR) {
                        continue;
                    }
                    String kind = switch (t.kind()) {
                        case HORIZON -> "horizon";
                        case PERIOD -> "period";
                        case AS_OF -> "as-of";
                        default -> "date";
                    };
                    events.add(new TimelineEvent(t.start(), 0, t.end(), kind, t.describe(), sentence, s.id(), ref));
                    taken.add(new int[] {found.start(), found.end()});
                }
            }
        }
        return events;
    }

    private static boolean free(List<int[]> taken, int start, int end) {
        return taken.stream().noneMatch(t -> start < t[1] && t[0] < end);
    }

    private static String month(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
