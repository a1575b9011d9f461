package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.memo.Memo;
import briefing.TestProject;
import briefing.diag.Diagnostics;
import briefing.ingest.FigureRulesReader;
import briefing.ingest.ProjectPaths;
import briefing.ingest.PartyReader;
import briefing.ingest.SeedReader;
import briefing.ingest.ThemeReader;
import briefing.model.Briefing;
import briefing.model.ClassifierSettings;
import briefing.model.CommitmentRules;
import briefing.model.FigureEdits;
import briefing.model.FigureRules;
import briefing.model.GlossaryDefinition;
import briefing.model.Paragraph;
import briefing.model.Party;
import briefing.model.SourceRef;
import briefing.model.Statement;
import briefing.model.Theme;
import briefing.model.ThemeMatch;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classification of the real seeds with the real theme definitions in content/. */
class CorpusAnalyzerTest {

    static Briefing briefing;
    private static List<Statement> statements;
    private static List<Theme> themes;
    private static ClassifierSettings settings;
    private static FigureRules rules;
    private static List<Party> parties;

    @BeforeAll
    static void analyzeRealCorpus() {
        ProjectPaths paths = new ProjectPaths(TestProject.REPO);
        Diagnostics diagnostics = new Diagnostics();
        ThemeReader reader = new ThemeReader(paths);
        themes = reader.readThemes(TestProject.REPO.resolve("content/themes"), diagnostics);
        settings = reader.readSettings(TestProject.REPO.resolve("content/classification.yaml"), diagnostics).orElseThrow();
        statements = new SeedReader(paths).read(TestProject.REPO.resolve("seeds"), diagnostics);
        rules = new FigureRulesReader(paths).read(TestProject.REPO.resolve("content/figure-rules.yaml"), diagnostics).orElseThrow();
        parties = new PartyReader(paths).read(TestProject.REPO.resolve("content/parties.yaml"), diagnostics);
        briefing = CorpusAnalyzer.analyze(statements, parties, List.of(), themes, settings, rules, FigureEdits.NONE, CommitmentRules.NONE, List.of(), List.of(), diagnostics, Memo.none());
        assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());
    }

    private static List<String> themesOf(String statementId, String anchor) {
        Statement statement = briefing.statements().stream().filter(s -> s.id().equals(statementId)).findFirst().orElseThrow();
        Paragraph paragraph = statement.paragraph(anchor).orElseThrow();
        return briefing.themesOf(statement, paragraph).stream().map(ThemeMatch::theme).toList();
    }

    @Test
    void theSevenThemesAreDefinedInContentInTheirOrder() {
        assertEquals(List.of("defense", "economy", "science", "labour", "climate", "culture", "multilateral"),
                briefing.themes().stream().map(Theme::slug).toList());
    }

    @ParameterizedTest(name = "2025 {0} is first on {1}")
    @CsvSource({
            "p3, defense", "p4, economy", "p6, economy", "p7, science", "p9, economy", "p10, labour",
            "p12, labour", "p13, climate", "p14, climate", "p16, culture", "p17, culture", "p18, multilateral",
            "p19, multilateral", "p21, multilateral", "p22, multilateral"})
    void jointStatementParagraphsLeadWithTheirTheme(String anchor, String theme) {
        List<String> themes = themesOf("2025-08-11-seoul-joint-statement", anchor);
        assertEquals(theme, themes.isEmpty() ? "none" : themes.get(0), anchor + " got " + themes);
    }

    @ParameterizedTest(name = "2023 \"{0}\" is on {1}")
    @CsvSource({
            "both-parties-have-agreed-to-intensify, defense",
            "vietnam-and-south-korea-strive-to, economy",
            "president-vo-van-thuong-stated-we, labour",
            "south-korea-will-further-support-vietnam, science",
            "in-2022-the-bilateral-trade-volume, economy",
            "from-2012-to-2015-south-korea, economy",
            "president-vo-van-thuong-also-emphasized, multilateral"})
    void pressReportParagraphsCarryTheirTheme(String anchor, String theme) {
        List<String> themes = themesOf("2023-06-23-hanoi-summit-press-meeting", anchor);
        assertTrue(themes.contains(theme), anchor + " got " + themes);
    }

    @Test
    void ceremonialParagraphsHaveNoTheme() {
        assertEquals(List.of(), themesOf("2025-08-11-seoul-joint-statement", "the-two-sides-agreed-that-the"));
        assertEquals(List.of(), themesOf("2023-06-23-hanoi-summit-press-meeting", "at-the-conclusion-of-the-morning"));
    }

    @Test
    void aidParagraphIsOnDevelopmentFinanceDespiteItsListOfSectors() {
        assertTrue(themesOf("2023-06-23-hanoi-summit-press-meeting", "president-yoon-suk-yeol-of-south").contains("economy"));
    }

    @Test
    void mostParagraphsGetOneOrTwoThemes() {
        long total = 0;
        long oneOrTwo = 0;
        for (Statement s : briefing.statements()) {
            for (Paragraph p : s.paragraphs()) {
                total++;
                int n = briefing.themesOf(s, p).size();
                if (n == 1 || n == 2) {
                    oneOrTwo++;
                }
            }
        }
        assertTrue(oneOrTwo * 2 > total, oneOrTwo + " of " + total);
    }

    @Test
    void matchesSayWhichTermsMatchedInTextAndHeading() {
        Statement joint = briefing.statements().stream().filter(s -> s.id().startsWith("2025")).findFirst().orElseThrow();
        ThemeMatch match = briefing.themesOf(joint, joint.paragraph("p3").orElseThrow()).get(0);

        assertTrue(match.textTerms().contains("defense industry"), match.toString());
        assertTrue(match.headingTerms().contains("national defense"), match.toString());
    }

    @Test
    void equalInputsReuseTheLastAnalysisAndOtherInputsDoNot() {
        Memo memo = Memo.keeping();
        Briefing first = CorpusAnalyzer.analyze(statements, parties, List.of(), themes, settings, rules, FigureEdits.NONE, CommitmentRules.NONE, List.of(), List.of(), new Diagnostics(), memo);
        Briefing again = CorpusAnalyzer.analyze(List.copyOf(statements), parties, List.of(), themes, settings, rules, FigureEdits.NONE, CommitmentRules.NONE, List.of(), List.of(), new Diagnostics(), memo);
        Briefing fewer = CorpusAnalyzer.analyze(statements.subList(0, 1), parties, List.of(), themes, settings, rules, FigureEdits.NONE, CommitmentRules.NONE, List.of(), List.of(), new Diagnostics(), memo);

        assertTrue(first.figures() == again.figures(), "equal inputs: the analysis is reused");
        assertEquals(first, again);
        assertTrue(fewer.statements().size() == 1 && fewer.figures() != first.figures(), "other inputs: analysed anew");
        Briefing cold = CorpusAnalyzer.analyze(statements, parties, List.of(), themes, settings, rules, FigureEdits.NONE, CommitmentRules.NONE, List.of(), List.of(), new Diagnostics(), Memo.none());
        assertTrue(cold.figures() != first.figures() && cold.equals(first), "a cold analysis owes nothing to the last one, and equals it");
    }

    @Test
    void anEditorsEditReusesThePartsItCannotChange() {
        Memo memo = Memo.keeping();
        Briefing first = CorpusAnalyzer.analyze(statements, parties, List.of(), themes, settings, rules, FigureEdits.NONE, CommitmentRules.NONE, List.of(), List.of(), new Diagnostics(), memo);
        List<Theme> newIntros = themes.stream().map(t -> new Theme(t.slug(), t.title() + " (edited)", t.order(), t.summary(),
                t.introMarkdown() + "\nEdited.", t.terms(), t.excluded(), t.source())).toList();
        List<GlossaryDefinition> glossary = List.of(new GlossaryDefinition("kvfta", "KVFTA", "Vietnam–Korea Free Trade Agreement",
                List.of("VKFTA"), "An edited definition.", SourceRef.file("content/glossary.yaml")));
        Briefing edited = CorpusAnalyzer.analyze(List.copyOf(statements), parties, List.of(), newIntros, settings, rules, FigureEdits.NONE, CommitmentRules.NONE, List.of(),
                glossary, new Diagnostics(), memo);

        assertTrue(edited.related() == first.related(), "theme introductions and the glossary do not change related paragraphs");
        assertTrue(edited.themesByParagraph() == first.themesByParagraph(), "nor a theme's paragraphs: only its terms do");
        assertTrue(edited.statements().get(0) == first.statements().get(0), "equal statements are the last build's objects");
        assertEquals(newIntros, edited.themes(), "the briefing carries the edited themes");
        assertFalse(edited.glossary().equals(first.glossary()), "the glossary is made again");
        assertEquals("An edited definition.", edited.glossary().stream().filter(e -> e.slug().equals("kvfta")).findFirst()
                .orElseThrow().definition());
    }

    @Test
    void stemmingMatchesInflectedFormsButNotOtherWords() {
        TermMatcher<String> matcher = new TermMatcher<>(List.of("defense industry", "semiconductor"), t -> t);

        assertEquals(java.util.Map.of("defense industry", 1, "semiconductor", 2),
                matcher.count(Stems.of("Defense industries grew; semiconductors and a semiconductor plant.")));
        assertEquals(java.util.Map.of(), matcher.count(Stems.of("The industry of defensive play")));
    }
}
