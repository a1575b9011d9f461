package briefing.site;

import briefing.memo.Memo;
import briefing.model.Briefing;
import briefing.model.GlossaryEntry;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The glossary as readers see it: the index of entries, a page per entry with every paragraph that
 * mentions it (newest statement first), and each entry's first mention in a paragraph marked as a link.
 */
final class GlossaryViews {

    private record MarkKey(ParagraphRef paragraph, String text) {
    }

    private final Briefing briefing;
    /**
     * Marks found by this and earlier builds of the process, kept while the glossary is the same: finding
     * them runs every name's pattern over the paragraph, the costliest part of a warm rebuild's page
     * models. Keyed by paragraph and text, so an edited paragraph is searched again.
     */
    private final Map<MarkKey, List<Segments.Mark>> marks;
    private final Map<ParagraphRef, List<GlossaryEntry>> byParagraph = new HashMap<>();
    private final Map<GlossaryEntry, List<Pattern>> patterns = new HashMap<>();

    GlossaryViews(Briefing briefing, Memo memo) {
        this.briefing = briefing;
        this.marks = memo.of("glossary marks", ConcurrentHashMap::new, briefing.glossary());
        for (GlossaryEntry entry : briefing.glossary()) {
            patterns.put(entry, entry.names().stream().map(GlossaryEntry::namePattern).toList());
            for (ParagraphRef ref : entry.mentions()) {
                byParagraph.computeIfAbsent(ref, k -> new ArrayList<>()).add(entry);
            }
        }
    }

    static String path(GlossaryEntry entry) {
        return Urls.glossaryEntry(entry);
    }

    /** Each entry's first mention in the paragraph, as a mark linking to the entry. */
    List<Segments.Mark> marks(Statement statement, Paragraph paragraph) {
        ParagraphRef ref = new ParagraphRef(statement.id(), paragraph.anchor());
        return this.marks.computeIfAbsent(new MarkKey(ref, paragraph.text()), key -> find(key.paragraph(), paragraph));
    }

    private List<Segments.Mark> find(ParagraphRef ref, Paragraph paragraph) {
        List<Segments.Mark> marks = new ArrayList<>();
        for (GlossaryEntry entry : byParagraph.getOrDefault(ref, List.of())) {
            int bestStart = Integer.MAX_VALUE;
            int bestEnd = -1;
            for (Pattern pattern : patterns.get(entry)) {
                Matcher m = pattern.matcher(paragraph.text());
                if (m.find() && m.start() < bestStart) {
                    bestStart = m.start();
                    bestEnd = m.end();
                }
            }
            if (bestEnd > 0) {
                marks.add(new Segments.Mark(bestStart, bestEnd, path(entry), title(entry, paragraph.text().substring(bestStart, bestEnd)), "term"));
            }
        }
        return List.copyOf(marks);
    }

    /**
     * The hover text of a marked name: what the reader does not already see. An acronym gets its full name
     * ("United Nations"); a full name its acronym ("AKFTA"), not the words it marks once more.
     */
    static String title(GlossaryEntry entry, String marked) {
        if (entry.fullName() == null) {
            return entry.term();
        }
        return marked.replaceAll("\\s+", " ").equalsIgnoreCase(entry.fullName()) ? entry.term() : entry.fullName();
    }

    Map<String, Object> summary(GlossaryEntry entry) {
        return Views.of()
                .put("slug", entry.slug())
                .put("term", entry.term())
                .put("fullName", entry.fullName())
                .put("aliases", entry.aliases())
                .put("definition", entry.definition())
                .put("count", entry.mentions().size())
                .put("path", path(entry))
                .map();
    }

    List<Object> index() {
        return briefing.glossary().stream().<Object>map(entry -> {
            Map<String, Object> summary = summary(entry);
            return entry.definition() != null ? summary : Views.of().putAll(summary).put("inText", inText(entry)).map();
        }).toList();
    }

    /** Words each side of the name in the statements' own sentence, for an entry no editor defines. */
    private static final int IN_TEXT_WORDS = 10;

    /**
     * What the statements say about an entry no editor defines: its sentence where it is spelled out (else
     * its first mention), cut to the words around the name, with where it stands. Null when none matches.
     */
    private Map<String, Object> inText(GlossaryEntry entry) {
        List<ParagraphRef> refs = new ArrayList<>();
        if (entry.definedAt() != null) {
            refs.add(entry.definedAt());
        }
        refs.addAll(entry.mentions());
        for (ParagraphRef ref : refs) {
            Statement statement = briefing.statements().stream().filter(st -> st.id().equals(ref.statementId())).findFirst().orElse(null);
            Paragraph paragraph = statement == null ? null : statement.paragraph(ref.anchor()).orElse(null);
            if (paragraph == null) {
                continue;
            }
            for (Segments.Mark mark : marks(statement, paragraph)) {
                if (!mark.href().equals(path(entry))) {
                    continue;
                }
                String text = paragraph.text();
                int from = text.lastIndexOf(". ", mark.start());
                int from0 = from < 0 ? 0 : from + 2;
                int to = text.indexOf(". ", mark.end());
                int to0 = to < 0 ? text.length() : to + 1;
                SentenceWindow w = SentenceWindow.around(text.substring(from0, to0), mark.start() - from0, mark.end() - from0, IN_TEXT_WORDS);
                return Views.of().put("text", w.before() + w.marked() + w.after())
                        .put("path", Urls.paragraph(statement, paragraph))
                        .put("where", FigureViews.whereShort(statement, paragraph)).map();
            }
        }
        return null;
    }

    /** The paragraphs mentioning an entry, newest statement first. */
    List<Map<String, Object>> mentions(GlossaryEntry entry) {
        Map<String, List<ParagraphRef>> byStatement = new HashMap<>();
        entry.mentions().forEach(ref -> byStatement.computeIfAbsent(ref.statementId(), k -> new ArrayList<>()).add(ref));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Statement statement : briefing.statements()) {
            for (ParagraphRef ref : byStatement.getOrDefault(statement.id(), List.of())) {
                Paragraph p = statement.paragraph(ref.anchor()).orElseThrow();
                out.add(Views.of()
                        .put("statement", statement.title())
                        .put("date", Dates.display(statement.date()))
                        .put("where", SiteModel.paragraphName(p))
                        .put("text", p.text())
                        .put("path", Urls.paragraph(statement, p))
                        .put("defines", ref.equals(entry.definedAt()))
                        .map());
            }
        }
        return out;
    }
}
