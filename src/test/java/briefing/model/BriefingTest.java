package briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The analysed corpus: its fixed orders and its per-paragraph look-ups. */
class BriefingTest {

    private static final FigureRules RULES = new FigureRules(List.of(), List.of(), List.of(), "other", SourceRef.file("content/figure-rules.yaml"));

    private static Statement statement(String id, LocalDate date, String... anchors) {
        List<Paragraph> paragraphs = java.util.Arrays.stream(anchors)
                .map(a -> new Paragraph(a, null, null, null, "Text of " + a + ".", ParagraphRole.BODY, new SourceRef("seeds/" + id + ".txt", 1)))
                .toList();
        return new Statement(id, "Title " + id, date, "joint statement", null, List.of(), null, null,
                SourceRef.file("seeds/" + id + ".txt"), List.of(), paragraphs);
    }

    private static Note note(String slug, LocalDate date, ParagraphRef... cites) {
        return new Note(slug, "Note " + slug, date, "ed", List.of(), List.of(cites), null, false, "Body.", 5,
                SourceRef.file("content/notes/" + slug + ".md"));
    }

    private static Briefing briefing(List<Statement> statements, List<Note> notes, Map<ParagraphRef, List<ThemeMatch>> themes,
                                     Map<ParagraphRef, List<Related>> related) {
        return new Briefing(statements, List.of(), themes, List.of(), RULES, notes, List.of(), related, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void statementsAreNewestFirstUndatedLastAndTiesByIdWhateverTheInputOrder() {
        List<Statement> statements = List.of(
                statement("b-undated", null, "p1"),
                statement("2023-x", LocalDate.of(2023, 6, 23), "p1"),
                statement("a-undated", null, "p1"),
                statement("2025-b", LocalDate.of(2025, 8, 11), "p1"),
                statement("2025-a", LocalDate.of(2025, 8, 11), "p1"));

        Briefing briefing = briefing(statements, List.of(), Map.of(), Map.of());

        assertEquals(List.of("2025-a", "2025-b", "2023-x", "a-undated", "b-undated"),
                briefing.statements().stream().map(Statement::id).toList());
        List<Statement> reversed = new java.util.ArrayList<>(statements);
        java.util.Collections.reverse(reversed);
        assertEquals(briefing.statements(), briefing(reversed, List.of(), Map.of(), Map.of()).statements());
    }

    @Test
    void notesAreNewestFirstThenBySlug() {
        Briefing briefing = briefing(List.of(), List.of(
                note("older", LocalDate.of(2024, 1, 1)),
                note("zeta", LocalDate.of(2025, 3, 1)),
                note("alpha", LocalDate.of(2025, 3, 1))), Map.of(), Map.of());

        assertEquals(List.of("alpha", "zeta", "older"), briefing.notes().stream().map(Note::slug).toList());
    }

    @Test
    void themesRelatedAndNotesAreLookedUpByStatementAndAnchor() {
        Statement one = statement("2025-one", LocalDate.of(2025, 1, 1), "p1", "p2");
        Statement two = statement("2024-two", LocalDate.of(2024, 1, 1), "p1");
        ParagraphRef oneP1 = new ParagraphRef("2025-one", "p1");
        ParagraphRef twoP1 = new ParagraphRef("2024-two", "p1");
        ThemeMatch economy = new ThemeMatch("economy", 3.0, List.of("trade"), List.of());
        Related similar = new Related(twoP1, 0.8);
        Note cites = note("on-trade", LocalDate.of(2025, 2, 1), oneP1);
        Note other = note("elsewhere", LocalDate.of(2025, 2, 2), twoP1);

        Briefing briefing = briefing(List.of(one, two), List.of(cites, other), Map.of(oneP1, List.of(economy)),
                Map.of(oneP1, List.of(similar)));
        Paragraph p1 = one.paragraph("p1").orElseThrow();
        Paragraph p2 = one.paragraph("p2").orElseThrow();

        assertEquals(List.of(economy), briefing.themesOf(one, p1));
        assertEquals(List.of(), briefing.themesOf(one, p2), "a paragraph with no theme has an empty list");
        assertEquals(List.of(), briefing.themesOf(two, two.paragraph("p1").orElseThrow()), "same anchor, other statement");
        assertEquals(List.of(similar), briefing.relatedTo(one, p1));
        assertEquals(List.of(), briefing.relatedTo(one, p2));
        assertEquals(List.of(cites), briefing.notesOn(one, p1));
        assertEquals(List.of(other), briefing.notesOn(two, two.paragraph("p1").orElseThrow()));
        assertEquals(List.of(), briefing.notesOn(one, p2));
    }

    @Test
    void figureRulesAndThemesByParagraphAreRequired() {
        assertThrows(NullPointerException.class, () -> new Briefing(List.of(), List.of(), Map.of(), List.of(), null, List.of(),
                List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        assertThrows(NullPointerException.class, () -> briefing(List.of(), List.of(), null, Map.of()));
    }
}
