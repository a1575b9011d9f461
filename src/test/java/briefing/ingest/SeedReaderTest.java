package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.model.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedReaderTest {

    @TempDir
    Path dir;

    private List<Statement> read(Path seeds, Diagnostics diagnostics) {
        return new SeedReader(new ProjectPaths(dir)).read(seeds, diagnostics);
    }

    private static List<String> formatted(Diagnostics diagnostics) {
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }

    @Test
    void realSeedsReadWithTheirMetadataAndNoDiagnostics() {
        Diagnostics diagnostics = new Diagnostics();
        List<Statement> statements = new SeedReader(new ProjectPaths(TestProject.REPO))
                .read(TestProject.REPO.resolve("seeds"), diagnostics);

        assertEquals(List.of(), formatted(diagnostics));
        assertTrue(statements.stream().map(Statement::id).toList().containsAll(
                List.of("2025-08-11-seoul-joint-statement", "2023-06-23-hanoi-summit-press-meeting")));
        Statement joint = statements.stream().filter(s -> s.id().equals("2025-08-11-seoul-joint-statement")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 8, 11), joint.date());
        assertEquals("joint statement", joint.kind());
        assertEquals("Seoul", joint.place());
        assertEquals(List.of("General Secretary To Lam (Vietnam)", "President Lee Jae Myung (Republic of Korea)"), joint.leaders());
        assertEquals("VietNamNet", joint.sourceName());
        assertEquals("seeds/2025-08-11-seoul-joint-statement.txt", joint.source().path());
    }

    @Test
    void statementWithoutMetadataIsInferredFromItsTextWithAWarning() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(TestProject.REPO.resolve("src/test/resources/layouts/seoul-dateline-report.txt"), seeds.resolve("Seoul Report.txt"));
        Diagnostics diagnostics = new Diagnostics();

        Statement statement = read(seeds, diagnostics).get(0);

        assertEquals("seoul-report", statement.id());
        assertEquals(LocalDate.of(2024, 3, 14), statement.date());
        assertEquals("en.yna.co.kr", statement.sourceName());
        assertEquals("https://en.yna.co.kr/view/AEN20240314000000320", statement.sourceUrl());
        assertTrue(statement.title().startsWith("South Korea and Vietnam agreed on Thursday"), "no dateline in the title: "
                + statement.title());
        List<String> messages = formatted(diagnostics);
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("seeds/Seoul Report.txt: warning: no metadata file; inferred id 'seoul-report'"),
                messages.get(0));
        assertTrue(messages.get(0).contains("hint: add Seoul Report.yaml beside it"), messages.get(0));
        assertFalse(diagnostics.hasErrors());
    }

    @Test
    void anEmptyMetadataFileIsWarnedOfNotTakenAsMetadata() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(TestProject.REPO.resolve("src/test/resources/layouts/seoul-dateline-report.txt"), seeds.resolve("report.txt"));
        Files.writeString(seeds.resolve("report.yaml"), "# to be filled in\n");
        Diagnostics diagnostics = new Diagnostics();

        Statement statement = read(seeds, diagnostics).get(0);

        assertEquals("report", statement.id());
        assertEquals(List.of("seeds/report.yaml: warning: the metadata file is empty: everything about the statement is inferred from its text\n"
                + "  hint: give its fields (id, title, date, kind, place, leaders, parties, event, source), or remove the file"), formatted(diagnostics));
    }

    @Test
    void statementWithNoDateAnywhereBuildsUndatedWithAWarning() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("undated.txt"), "The two sides agreed to meet again.\n");
        Diagnostics diagnostics = new Diagnostics();

        Statement statement = read(seeds, diagnostics).get(0);

        assertNull(statement.date());
        assertTrue(formatted(diagnostics).get(0).contains("no date (none in the text or the file name either; listed last)"));
    }

    @Test
    void aDatedFileNameGivesTheDateWhenTheTextHasNoMarker() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("2024-05-02-hanoi-talks.txt"), "The two sides met in Hanoi on 30 April 2024 and agreed.\n");
        Files.writeString(seeds.resolve("2024-13-99-bad.txt"), "Text.\n");
        Diagnostics diagnostics = new Diagnostics();

        List<Statement> statements = read(seeds, diagnostics);

        assertEquals(LocalDate.of(2024, 5, 2), statements.get(0).date(), "the file name beats a date in the prose");
        assertTrue(formatted(diagnostics).get(0).contains("date 2024-05-02 (from the file name)"), formatted(diagnostics).toString());
        assertNull(statements.get(1).date(), "an impossible date in a file name is no date");
    }

    @Test
    void badMetadataIsReportedAllAtOnceWithLinesAndHints() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("x.txt"), "The two sides agreed.\n");
        Files.writeString(seeds.resolve("x.yaml"), """
                id: Not An Id
                titel: A statement
                date: 2024-13-45
                source:
                  url: ftp://example.org
                kind: statement
                kind: report
                """);
        Diagnostics diagnostics = new Diagnostics();

        read(seeds, diagnostics);

        assertEquals(List.of(
                "seeds/x.yaml:1:1: error: id 'Not An Id' is not usable in a URL\n  hint: use lower-case letters, digits and '-', e.g. 'not-an-id'",
                "seeds/x.yaml:2:1: error: unknown field 'titel'\n  hint: did you mean 'title'?",
                "seeds/x.yaml:3:7: error: 'date' is not a real date: '2024-13-45'\n  hint: check month (01-12) and day of the month",
                "seeds/x.yaml:5:3: error: source url 'ftp://example.org' is not a web address\n  hint: write the full address, starting with https://",
                "seeds/x.yaml:7:1: error: 'kind' is given twice (first at line 6)\n  hint: keep one of them"),
                formatted(diagnostics).stream().map(s -> s.replace(System.lineSeparator(), "\n")).toList());
    }

    @Test
    void yamlThatAsksToConstructObjectsIsRejectedNotExecuted() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("x.txt"), "The two sides agreed.\n");
        Files.writeString(seeds.resolve("x.yaml"), "title: !!java.io.File [\"/etc/passwd\"]\n");
        Diagnostics diagnostics = new Diagnostics();

        read(seeds, diagnostics);

        assertEquals("seeds/x.yaml:1:8: error: YAML tag 'tag:yaml.org,2002:java.io.File' is not allowed",
                formatted(diagnostics).get(0).lines().findFirst().orElseThrow());
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorOnTheirLine() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.write(seeds.resolve("latin1.txt"), "First line.\n\nCaf\u00e9 line.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Diagnostics diagnostics = new Diagnostics();

        assertEquals(List.of(), read(seeds, diagnostics));
        assertTrue(formatted(diagnostics).get(0).startsWith("seeds/latin1.txt:3: error: the file is not valid UTF-8"),
                formatted(diagnostics).get(0));
    }

    @Test
    void byteOrderMarkAndCrlfAreFine() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("crlf.txt"), "\uFEFF1. The first point.\r\n\r\n2. The second point.\r\n");
        Diagnostics diagnostics = new Diagnostics();

        Statement statement = read(seeds, diagnostics).get(0);

        assertEquals(List.of("p1", "p2"), statement.paragraphs().stream().map(p -> p.anchor()).toList());
        assertEquals("The first point.", statement.paragraphs().get(0).text());
        assertEquals(3, statement.paragraphs().get(1).source().line());
    }

    @Test
    void twoStatementsClaimingOneIdAreAnError() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), "One.\n");
        Files.writeString(seeds.resolve("b.txt"), "Two.\n");
        Files.writeString(seeds.resolve("b.yaml"), "id: a\n");
        Diagnostics diagnostics = new Diagnostics();

        read(seeds, diagnostics);

        assertTrue(formatted(diagnostics).contains(
                "seeds/b.txt: error: statement id 'a' is already used by seeds/a.txt\n  hint: give one of them another 'id' in its metadata file"
                        .replace("\n", System.lineSeparator())), formatted(diagnostics).toString());
    }

    @Test
    void metadataWithoutItsStatementAndEmptyStatementsAreErrors() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("orphan.yaml"), "title: x\n");
        Files.writeString(seeds.resolve("empty.txt"), "\n \nSource: https://example.org/x\nComment (0)\n");
        Diagnostics diagnostics = new Diagnostics();

        read(seeds, diagnostics);

        List<String> firstLines = formatted(diagnostics).stream().map(s -> s.lines().findFirst().orElseThrow()).toList();
        assertEquals(List.of("seeds/empty.txt: error: the statement has no text",
                "seeds/orphan.yaml: error: metadata file without a statement: no orphan.txt beside it"), firstLines);
    }

    @Test
    void theTextsEventDateComesBeforeTheMarkerAndTheFileNameBeforeBoth() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        String xinhua = " date 2022-12-15 EU pledges 10 billion euro investment in Southeast Asia\n\nBRUSSELS, Dec. 14 "
                + "(Xinhua) — The European Union (EU) has pledged to mobilize 10 billion euros by 2027.\n";
        Files.writeString(seeds.resolve("xinhua-eu-pledges.txt"), xinhua);
        Files.writeString(seeds.resolve("2022-12-13-eu-pledges.txt"), xinhua);

        List<Statement> statements = read(seeds, new Diagnostics());

        assertEquals(LocalDate.of(2022, 12, 14), statements.stream().filter(s -> s.id().equals("xinhua-eu-pledges"))
                .findFirst().orElseThrow().date(), "the event the day before the page was published");
        assertEquals(LocalDate.of(2022, 12, 13), statements.stream().filter(s -> s.id().equals("2022-12-13-eu-pledges"))
                .findFirst().orElseThrow().date(), "the editor's file name first");
    }

    @Test
    void aFullDateFarFromTheMarkerIsWarnedOfAtItsLineAndTheMarkerKept() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("report.txt"), " date 2024-05-18 Global Renewable News\n\nVice President Harris "
                + "Launches New Initiatives to Strengthen U.S.-Philippines Alliance\n\nNovember 24, 2022\n\nThe Vice President "
                + "announced new initiatives in Manila.\n");
        Diagnostics diagnostics = new Diagnostics();

        Statement statement = read(seeds, diagnostics).get(0);

        assertEquals(LocalDate.of(2024, 5, 18), statement.date());
        assertTrue(formatted(diagnostics).stream().anyMatch(m -> m.startsWith("seeds/report.txt:5: warning: the text dates "
                + "its event 2022-11-24, 541 days from its date marker 2024-05-18")), formatted(diagnostics).toString());
    }
}
