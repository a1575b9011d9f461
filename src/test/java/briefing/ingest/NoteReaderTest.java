package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.model.Note;
import briefing.model.ParagraphRef;
import briefing.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes in, diagnostics out. Every broken note in {@code src/test/resources/notes-invalid/} sits beside
 * the exact messages it must produce ({@code <case>.expected}); new cases are picked up by adding files.
 */
class NoteReaderTest {

    private static final Path INVALID = TestProject.REPO.resolve("src/test/resources/notes-invalid");
    private static final List<String> THEMES = List.of("defense", "economy", "science", "labour", "climate", "culture", "multilateral");
    private static List<Statement> statements;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSeeds() {
        statements = new SeedReader(new ProjectPaths(TestProject.REPO)).read(TestProject.REPO.resolve("seeds"), new Diagnostics());
    }

    private List<Note> read(Diagnostics diagnostics) {
        return new NoteReader(new ProjectPaths(dir)).read(dir.resolve("content/notes"), THEMES, statements, diagnostics);
    }

    private Path notes() throws IOException {
        return Files.createDirectories(dir.resolve("content/notes"));
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenNoteFailsWithItsExactMessages() throws IOException {
        try (Stream<Path> files = Files.list(INVALID)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList().stream().map(fixture ->
                    DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
                        Path notes = notes();
                        try (Stream<Path> old = Files.list(notes)) {
                            for (Path p : old.toList()) {
                                Files.delete(p);
                            }
                        }
                        Files.copy(fixture, notes.resolve(fixture.getFileName()));
                        Diagnostics diagnostics = new Diagnostics();

                        List<Note> read = read(diagnostics);

                        String expected = Files.readString(Path.of(fixture.toString().replaceFirst("\\.md$", ".expected")),
                                StandardCharsets.UTF_8).strip();
                        String actual = diagnostics.all().stream().map(Diagnostic::format)
                                .collect(Collectors.joining("\n")).replace(System.lineSeparator(), "\n");
                        assertEquals(expected, actual);
                        assertEquals(List.of(), read, "a broken note is not published");
                    }));
        }
    }

    @Test
    void aValidNoteReadsWithThemesCitesAndBodyLine() throws IOException {
        Files.writeString(notes().resolve("trade.md"), """
                ---
                title: Trade
                date: 2025-09-01
                author: Editors
                themes: [economy]
                cites: [2025-08-11-seoul-joint-statement#p4]
                summary: Short.
                ---
                The **body**.
                """);
        Diagnostics diagnostics = new Diagnostics();

        Note note = read(diagnostics).get(0);

        assertEquals(List.of(), diagnostics.all());
        assertEquals("trade", note.slug());
        assertEquals(LocalDate.of(2025, 9, 1), note.date());
        assertEquals(List.of("economy"), note.themes());
        assertEquals(List.of(new ParagraphRef("2025-08-11-seoul-joint-statement", "p4")), note.cites());
        assertEquals(9, note.bodyFirstLine());
        assertEquals("The **body**.\n", note.markdown());
        assertFalse(note.draft());
    }

    @Test
    void byteOrderMarkCrlfAndNonAsciiFileNamesAreFine() throws IOException {
        Files.writeString(notes().resolve("my note é.md"), "\uFEFF---\r\ntitle: Accents\r\ndate: 2025-09-01\r\n---\r\nBody.\r\n");
        Diagnostics diagnostics = new Diagnostics();

        List<Note> notes = read(diagnostics);

        assertEquals(List.of(), diagnostics.all());
        assertEquals("my-note-e", notes.get(0).slug());
        assertEquals("Body.\n", notes.get(0).markdown());
    }

    @Test
    void twoFilesClaimingOneUrlAreAnError() throws IOException {
        Files.writeString(notes().resolve("My Note.md"), "---\ntitle: A\ndate: 2025-09-01\n---\nA.\n");
        Files.writeString(notes().resolve("my-note.md"), "---\ntitle: B\ndate: 2025-09-01\n---\nB.\n");
        Diagnostics diagnostics = new Diagnostics();

        read(diagnostics);

        assertEquals("content/notes/my-note.md: error: this note and content/notes/My Note.md both claim /notes/my-note/\n"
                        + "  hint: rename one of them: file names that differ only in case, spaces or accents give the same URL",
                diagnostics.all().get(0).format().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void everyProblemOfOneNoteIsReportedAtOnce() throws IOException {
        Files.writeString(notes().resolve("many.md"), """
                ---
                titel: X
                date: 2024-02-30
                themes: [economics]
                cites: [nowhere#p1]
                ---
                Body.
                """);
        Diagnostics diagnostics = new Diagnostics();

        read(diagnostics);

        assertEquals(5, diagnostics.errorCount(), diagnostics.all().toString());
        assertTrue(diagnostics.all().stream().allMatch(d -> d.source().path().equals("content/notes/many.md")));
    }
}
