package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.ingest.FigureDataReader;
import briefing.ingest.FigureRulesReader;
import briefing.ingest.ProjectPaths;
import briefing.ingest.SeedReader;
import briefing.model.Figure;
import briefing.model.FigureEdits;
import briefing.model.FigureRules;
import briefing.model.FigureStatus;
import briefing.model.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger of the real seeds, typed by the real rules, and the editors' data file. */
class FigureLedgerTest {

    private static List<Statement> statements;
    private static FigureRules rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void readRealInputs() {
        ProjectPaths paths = new ProjectPaths(TestProject.REPO);
        Diagnostics diagnostics = new Diagnostics();
        statements = new SeedReader(paths).read(TestProject.REPO.resolve("seeds"), diagnostics);
        rules = new FigureRulesReader(paths).read(TestProject.REPO.resolve("content/figure-rules.yaml"), diagnostics).orElseThrow();
        assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());
    }

    private static List<Figure> ledger(FigureEdits edits, Diagnostics diagnostics) {
        return FigureLedger.assemble(statements, rules, edits, new PartyFinder(List.of()), diagnostics);
    }

    /** One line per figure: amount, time, topic, status, holder. */
    private static String summary(Figure f) {
        return f.text() + " | " + f.time().describe() + " | " + f.topic() + " | " + f.status() + (f.holder() == null ? "" : " | " + f.holder());
    }

    @Test
    void realSeedsYieldEveryFigureWithItsTimeTopicAndStatus() {
        Diagnostics diagnostics = new Diagnostics();

        String all = ledger(FigureEdits.NONE, diagnostics).stream()
                .filter(f -> f.source().statementId().equals("2023-06-23-hanoi-summit-press-meeting")
                        || f.source().statementId().equals("2025-08-11-seoul-joint-statement"))
                .map(FigureLedgerTest::summary).collect(Collectors.joining("\n"));

        assertEquals(String.join("\n",
                "US$100 billion | no time stated | trade | TARGET",
                "$150 billion | by 2030 | trade | TARGET",
                "$200 million | 2024–2027 | development-finance | TARGET | Grant aid",
                "$30 million | over the next decade (2023–2033) | research | TARGET | Joint research",
                "17 cooperation documents | no time stated | other | REPORTED",
                "$87 billion | 2022 | trade | REPORTED",
                "11.4 percent | 2022 | trade | REPORTED",
                "9,500 active investment projects | As of April 2023 | investment | REPORTED",
                "$82 billion | As of April 2023 | investment | REPORTED",
                "$1.2 billion | 2012–2015 | development-finance | REPORTED | EDCF",
                "$1.5 billion | 2016–2020 | development-finance | REPORTED | Framework credit",
                "150 billion USD | by 2030 | trade | TARGET",
                "US$2 billion | until 2030 | development-finance | TARGET | EDCF",
                "US$2 billion | until 2030 | development-finance | TARGET | EDPF"), all);
        assertFalse(diagnostics.hasErrors());
    }

    private FigureEdits edits(String yaml, Diagnostics diagnostics) throws Exception {
        Path file = dir.resolve("content/figure-data.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return new FigureDataReader(new ProjectPaths(dir)).read(file, diagnostics);
    }

    @Test
    void editorsAddOutsideDataCorrectAndOmitFigures() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        FigureEdits edits = edits("""
                add:
                  - id: trade-2019
                    topic: trade
                    status: reported
                    amount: US$67.2 billion
                    year: 2019
                    label: Bilateral trade, 2019
                    source: {name: Customs, url: https://example.org/trade-2019}
                  - id: restated-target
                    topic: trade
                    status: target
                    amount: 150 billion USD
                    by: 2030
                    cites: 2025-08-11-seoul-joint-statement#p4
                correct:
                  - figure: 2023-06-23-hanoi-summit-press-meeting#vietnam-and-south-korea-strive-to.1
                    by: 2023
                    label: Earlier target
                omit:
                  - figure: 2023-06-23-hanoi-summit-press-meeting#before-the-press-conference-president-vo.1
                    reason: a count of documents
                """, diagnostics);

        List<Figure> figures = ledger(edits, diagnostics);

        assertEquals(List.of(), diagnostics.all());
        assertEquals(ledger(FigureEdits.NONE, new Diagnostics()).size() + 1, figures.size(), "two added, one left out");
        Figure outside = figures.stream().filter(f -> f.id().equals("trade-2019")).findFirst().orElseThrow();
        assertEquals(67.2e9, outside.value(), 1);
        assertEquals(2019, outside.time().start());
        assertEquals("https://example.org/trade-2019", outside.outsideUrl());
        Figure cited = figures.stream().filter(f -> f.id().equals("restated-target")).findFirst().orElseThrow();
        assertEquals("150 billion USD", cited.text(), "a cited figure is traced to the sentence that states it");
        assertTrue(cited.sentence().startsWith("Thereby, the two sides agreed to complete the target"));
        Figure corrected = figures.stream().filter(f -> f.id().endsWith("strive-to.1")).findFirst().orElseThrow();
        assertEquals(2023, corrected.time().end());
        assertEquals(FigureStatus.TARGET, corrected.status());
        assertEquals("Earlier target", corrected.label());
        assertTrue(figures.stream().noneMatch(f -> f.id().endsWith("president-vo.1")));
    }

    @Test
    void aCitedParagraphThatDoesNotStateTheNumberFailsAtTheCitationsLineWithAHint() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        FigureEdits edits = edits("""
                add:
                  - id: wrong-target
                    topic: trade
                    amount: 160 billion USD
                    by: 2030
                    cites: 2025-08-11-seoul-joint-statement#p4
                  - id: wrong-paragraph
                    topic: trade
                    amount: 150 billion USD
                    cites: 2025-08-11-seoul-joint-statement#p44
                  - id: no-source
                    topic: trade
                    amount: $1 billion
                correct:
                  - figure: 2025-08-11-seoul-joint-statement#p9.3
                    topic: finance
                """, diagnostics);

        ledger(edits, diagnostics);

        assertEquals(List.of(
                "content/figure-data.yaml:6:12: error: 2025-08-11-seoul-joint-statement#p4 does not state 160 billion USD\n"
                        + "  hint: that paragraph states 150 billion USD; check the amount or the citation",
                "content/figure-data.yaml:10:12: error: cites a paragraph that does not exist: '2025-08-11-seoul-joint-statement#p44'\n"
                        + "  hint: did you mean 'p4'?",
                "content/figure-data.yaml:11:5: error: an added figure needs a source\n"
                        + "  hint: give 'source: {name: ..., url: https://...}' for outside data, or 'cites: <statement-id>#<anchor>'",
                "content/figure-data.yaml:15:5: error: no figure '2025-08-11-seoul-joint-statement#p9.3'\n"
                        + "  hint: did you mean '2025-08-11-seoul-joint-statement#p9.1'? (ids are listed in data/figures.csv)"),
                diagnostics.all().stream().map(Diagnostic::format).map(s -> s.replace(System.lineSeparator(), "\n")).toList());
    }
}
