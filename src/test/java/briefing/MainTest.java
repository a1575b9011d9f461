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
}
