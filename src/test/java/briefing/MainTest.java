package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpExplainsTheCommandsAndExitsZero() {
        Result result = run("--help");

        assertEquals(0, result.code());
        assertTrue(result.out().contains("build"), result.out());
        assertTrue(result.out().contains("check"), result.out());
        assertTrue(result.out().contains("Turns diplomatic statements into a cross-linked briefing website"));
    }

    @Test
    void buildHelpListsTheFolderOptions() {
        Result result = run("build", "--help");

        assertEquals(0, result.code());
        for (String option : new String[] {"--root", "--seeds", "--content", "--templates", "--output"}) {
            assertTrue(result.out().contains(option), option);
        }
    }

    @Test
    void unknownCommandIsAUsageErrorWithExitTwo() {
        Result result = run("bake-everything");

        assertEquals(2, result.code());
        assertTrue(result.err().contains("Unmatched argument"), result.err());
    }

    @Test
    void noArgumentsPrintsUsage() {
        Result result = run();

        assertEquals(2, result.code());
        assertTrue(result.out().startsWith("Usage: briefing"), result.out());
    }

    @Test
    void missingFoldersAreReportedAsInputErrors(@TempDir Path empty) {
        Result result = run("build", "--root", empty.toString());

        assertEquals(1, result.code());
        assertTrue(result.err().contains("content/site.yaml: error: the site settings file does not exist"), result.err());
        assertTrue(result.err().contains("seeds: error: the seeds folder does not exist"), result.err());
    }

    @Test
    void newNoteWritesAValidDraftThatBuilds(@TempDir Path dir) throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);

        TestProject.Run run = p.run("new", "note", "Trade, again", "--theme", "economy",
                "--cites", "2025-08-11-seoul-joint-statement#p4", "--date", "2025-09-01");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("wrote content/notes/trade-again.md (a draft: it shows in 'serve'; set draft: false to publish)\n", run.out());
        String note = p.read("content/notes/trade-again.md");
        assertTrue(note.startsWith("---\ntitle: \"Trade, again\"\ndate: 2025-09-01\nthemes: [economy]\ncites:\n"
                + "  - 2025-08-11-seoul-joint-statement#p4\n"), note);
        p.write("content/notes/trade-again.md", note.replace("draft: true", "draft: false"));
        assertEquals(0, p.run("build").exitCode());
        assertTrue(java.nio.file.Files.exists(p.output().resolve("notes/trade-again/index.html")));
    }

    @Test
    void newNoteChecksThemesAndCitesAndNeverOverwrites(@TempDir Path dir) {
        TestProject p = TestProject.copyOfRepo(dir);

        TestProject.Run bad = p.run("new", "note", "X", "--theme", "economics", "--cites", "2025-08-11-seoul-joint-statement#p44");

        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("unknown theme 'economics'\n  hint: did you mean 'economy'?"), bad.err());
        assertTrue(bad.err().contains("did you mean '2025-08-11-seoul-joint-statement#p4'?"), bad.err());
        assertEquals(0, p.run("new", "note", "Same").exitCode());
        TestProject.Run again = p.run("new", "note", "Same");
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("a note with this name exists already"), again.err());
    }
}
