package briefing.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole corpus after analysis: statements newest first, themes in their editors' order, the
 * themes of every paragraph (a paragraph with no theme maps to an empty list), and the figures ledger
 * with the rules that typed it, the editors' notes, newest first, and the glossary.
 */
public record Briefing(List<Statement> statements, List<Theme> themes,
                       Map<ParagraphRef, List<ThemeMatch>> themesByParagraph,
                       List<Figure> figures, FigureRules figureRules, List<Note> notes,
                       List<GlossaryEntry> glossary, Map<ParagraphRef, List<Related>> related,
                       List<TimelineEvent> timeline, List<ThemeChange> changes, List<Event> events,
                       List<Commitment> commitments, List<CommitmentLink> lineage, List<Judgement> judgements) {

    /** Newest first; undated statements last; ties broken by id so the order never depends on disk. */
    public static final Comparator<Statement> NEWEST_FIRST = Comparator
            .comparing(Statement::date, Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder()))
            .reversed()
            .thenComparing(Statement::id);

    public Briefing {
        statements = statements.stream().sorted(NEWEST_FIRST).toList();
        themes = List.copyOf(themes);
        themesByParagraph = Map.copyOf(Objects.requireNonNull(themesByParagraph));
        figures = List.copyOf(figures);
        glossary = List.copyOf(glossary);
        related = Map.copyOf(related);
        timeline = List.copyOf(timeline);
        changes = List.copyOf(changes);
        events = List.copyOf(events);
        commitments = List.copyOf(commitments);
        lineage = List.copyOf(lineage);
        judgements = List.copyOf(judgements);
        notes = notes.stream().sorted(java.util.Comparator.comparing(Note::date).reversed().thenComparing(Note::slug)).toList();
        Objects.requireNonNull(figureRules, "figureRules");
    }

    /** Paragraphs of other statements that say much the same, most similar first. */
    public List<Related> relatedTo(Statement statement, Paragraph paragraph) {
        return related.getOrDefault(new ParagraphRef(statement.id(), paragraph.anchor()), List.of());
    }

    /** The notes that cite one paragraph. */
    public List<Note> notesOn(Statement statement, Paragraph paragraph) {
        ParagraphRef ref = new ParagraphRef(statement.id(), paragraph.anchor());
        return notes.stream().filter(n -> n.cites().contains(ref)).toList();
    }



    public List<ThemeMatch> themesOf(Statement statement, Paragraph paragraph) {
        return themesByParagraph.getOrDefault(new ParagraphRef(statement.id(), paragraph.anchor()), List.of());
    }
}
