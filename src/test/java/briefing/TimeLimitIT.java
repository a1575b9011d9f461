package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar past its time limit: the process ends with exit 3 and a line naming the stage it was in,
 * the previous site stays as it was, and the next build (in time) publishes and leaves no work folder.
 */
class TimeLimitIT {

    @TempDir
    Path dir;

    @Test
    void aBuildPastItsTimeLimitEndsWithExitThreeAndTheNextBuildCleansUp() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        Files.createDirectories(p.output());
        Files.writeString(p.output().resolve("index.html"), "the last good site\n");
        List<String> command = new ArrayList<>(TestProject.jarCommand(List.of()));
        command.addAll(List.of("build", "--root", p.root().toString(), "--time-limit", "0.05"));

        TestProject.Run stopped = TestProject.process(command, 120);

        assertEquals(3, stopped.exitCode(), stopped.out());
        assertTrue(stopped.out().matches("(?s).*briefing: the build ran past its time limit of 0\\.05 s( \\(in \\w+\\))?; stopped, "
                + "nothing was published\n  hint: .*--time-limit SECONDS\n"), stopped.out());
        assertEquals("the last good site\n", Files.readString(p.output().resolve("index.html")));

        command.removeAll(List.of("--time-limit", "0.05"));
        TestProject.Run next = TestProject.process(command, 300);

        assertEquals(0, next.exitCode(), next.out());
        try (var siblings = Files.list(p.root())) {
            assertEquals(List.of(), siblings.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).filter(n -> n.contains("site-output")).toList(),
                    "no work folder left beside the site");
        }
    }
}
