package briefing.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.GoldLabel;
import briefing.model.GoldLabel.GoldParagraph;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.ParagraphRole;
import briefing.model.SourceRef;
import briefing.model.Statement;
import briefing.model.ThemeMatch;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final SourceRef TEXT = SourceRef.file("corpus/texts/t.txt");
    private static final SourceRef LABEL = SourceRef.file("corpus/labels/t.yaml");
    private static final List<String> THEMES = List.of("defense", "economy", "culture");

    private static Paragraph paragraph(String anchor, String text, int line) {
        return new Paragraph(anchor, null, null, null, text, ParagraphRole.PREAMBLE, TEXT.atLine(line));
    }

    private static final Statement STATEMENT = new Statement("t", "leaders meet  in \"Hanoi\"", LocalDate.of(2024, 3, 7),
            "statement", null, List.of(), null, null, TEXT, List.of(), List.of(
                    paragraph("photo-vna", "(Photo: VNA) Leaders at the talks", 1),
                    paragraph("the-two-sides", "The two sides agreed to expand defence industry cooperation and trade.", 2),
                    paragraph("both-welcomed", "Both welcomed the friendship between their peoples.", 3)));

    private static GoldLabel label(List<GoldParagraph> paragraphs, LocalDate date, List<String> noise) {
        return titled("Leaders meet in “Hanoi”", "Leaders meet in “Hanoi”", paragraphs, date, noise);
    }

    private static GoldLabel titled(String title, String titleLine, List<GoldParagraph> paragraphs, LocalDate date,
                                    List<String> noise) {
        return new GoldLabel("t", "https://example.org", "Example", GoldLabel.Split.TRAIN, title, date, true,
                "joint statement", List.of("A", "B"), "e", titleLine, List.of("Development of bilateral relations"), noise,
                paragraphs, List.of(), List.of(), LABEL);
    }

    private static EvaluationReport evaluate(GoldLabel label, Map<String, List<String>> given) {
        Evaluation.Analysis analysis = new Evaluation.Analysis(List.of(STATEMENT),
                ref -> given.getOrDefault(ref.anchor(), List.of()).stream()
                        .map(t -> new ThemeMatch(t, 3, List.of("term-of-" + t), List.of())).toList(),
                List.of(), (ref, theme) -> "no term of " + theme + " matched", name -> name, id -> id, List.of());
        return Evaluation.evaluate(List.of(label), analysis, THEMES);
    }

    @Test
    void requiredThemesGivenAreRightMissedAreRecallAndUnacceptableOnesArePrecision() {
        GoldLabel label = label(List.of(
                new GoldParagraph("The two sides agreed to expand defence", Set.of("defense", "economy"), Set.of(), LABEL.atLine(9)),
                new GoldParagraph("Both welcomed the friendship", Set.of(), Set.of("culture"), LABEL.atLine(11))),
                LocalDate.of(2024, 3, 7), List.of());

        EvaluationReport report = evaluate(label, Map.of("the-two-sides", List.of("defense", "culture"),
                "both-welcomed", List.of("culture")));

        Map<String, Double> m = report.measures().get(GoldLabel.Split.TRAIN);
        assertEquals(1.0, m.get("themes.defense.recall"));
        assertEquals(0.0, m.get("themes.economy.recall"));
        // culture on the first paragraph is wrong; on the second it is acceptable, so not counted.
        assertEquals(0.0, m.get("themes.culture.precision"));
        assertEquals(0.5, m.get("themes.precision"));
        assertEquals(0.5, m.get("themes.recall"));
        assertTrue(report.errors().stream().anyMatch(e -> e.measure().equals("themes.economy")
                && e.where().startsWith("corpus/labels/t.yaml:9") && e.cause().equals("no term of economy matched")), report.errors().toString());
        assertTrue(report.errors().stream().anyMatch(e -> e.measure().equals("themes.culture")
                && e.cause().contains("term-of-culture")), report.errors().toString());
    }

    @Test
    void paragraphsNoiseTitleAndDateAreMeasured() {
        GoldLabel label = label(List.of(
                new GoldParagraph("The two sides agreed", Set.of(), Set.of(), LABEL.atLine(9)),
                new GoldParagraph("Both welcomed the friendship", Set.of(), Set.of(), LABEL.atLine(11)),
                new GoldParagraph("A paragraph the parser dropped", Set.of(), Set.of(), LABEL.atLine(13))),
                null, List.of("(Photo: VNA)"));

        Map<String, Double> m = evaluate(label, Map.of()).measures().get(GoldLabel.Split.TRAIN);

        assertEquals(2.0 / 3, m.get("paragraphs.kept"), 1e-9);
        assertEquals(2.0 / 3, m.get("paragraphs.clean"), 1e-9, "the caption paragraph matches no real paragraph");
        assertEquals(0.5, m.get("noise.removed"), "the caption was kept, the headline line left out");
        assertEquals(1.0, m.get("titles"), "the same title but for case, spacing and quote styles");
        assertEquals(1.0, m.get("titles.not_junk"));
        assertEquals(0.0, m.get("dates.not_invented"), "the text states no date, yet one was given");
        assertEquals(0.0, m.get("kinds"));
    }

    @Test
    void aTitleIsRightOnlyWhenTheFileHoldsItsHeadlineAndNotForAFinalFullStop() {
        GoldLabel webHeadline = titled("Leaders meet in Hanoi", null, List.of(), null, List.of());
        GoldLabel fullStop = titled("Leaders meet in Hanoi.", "Leaders meet in Hanoi.", List.of(), null, List.of());

        Map<String, Double> notInFile = evaluate(webHeadline, Map.of()).measures().get(GoldLabel.Split.TRAIN);
        EvaluationReport strict = evaluate(fullStop, Map.of());

        assertEquals(1.0, notInFile.get("titles"), "no text whose file holds its headline: nothing to get wrong");
        assertEquals(0.0, strict.measures().get(GoldLabel.Split.TRAIN).get("titles"));
        assertTrue(strict.errors().stream().anyMatch(e -> e.measure().equals("titles")), strict.errors().toString());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Statements by President Ferdinand R|cut off",
            "FACT SHEET: Vice President Harris Launches New Initiatives to Strengthen U.S|cut off",
            "Hanoi (VNA) –|cut off",
            "(Photo: VNA)|a noise line of the text",
            "DEVELOPMENT OF BILATERAL RELATIONS|a section heading of the text"})
    void aTitleThatIsNoiseAHeadingOrCutIsJunk(String title, String why) {
        assertEquals(why, Evaluation.junk(title, label(List.of(), null, List.of("(Photo: VNA)"))));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Statements by President Ferdinand R. Marcos Jr. and Japanese Prime Minister Fumio Kishida",
            "Vice President Harris Launches New Initiatives to Strengthen U.S.-Philippines Alliance",
            "Malaysia and Japan will promote cooperation in the sector of broadcasting and information…"})
    void aWholeTitleOrAnHonestlyShortenedSentenceIsNotJunk(String title) {
        assertEquals(null, Evaluation.junk(title, label(List.of(), null, List.of("(Photo: VNA)"))));
    }

    @Test
    void aFloorAboveTheMeasureIsAShortfallAndAnUnknownMeasureToo() {
        GoldLabel label = label(List.of(new GoldParagraph("The two sides agreed", Set.of("defense"), Set.of(), LABEL)),
                LocalDate.of(2024, 3, 7), List.of());
        EvaluationReport report = evaluate(label, Map.of("the-two-sides", List.of("defense")));

        List<EvaluationReport.Shortfall> shortfalls = report.shortfalls(Map.of("train",
                Map.of("themes.micro_f1", 1.0, "kinds", 0.5, "themes.micro-f1", 0.1)));

        assertEquals(List.of("kinds", "themes.micro-f1"), shortfalls.stream().map(EvaluationReport.Shortfall::measure).toList());
    }
}
