package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar, starved of memory: an {@link OutOfMemoryError} (any Throwable) ends the process with exit
 * code 3 and a short message, never a hang (JBake's and OrientDB's threads must not keep the JVM alive)
 * and never a page of stack trace; nothing is published.
 */
class InternalErrorIT {

    @TempDir
    Path dir;

    @Test
    void outOfMemoryExitsThreeWithAShortMessageAndNoHang() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        List<String> command = new ArrayList<>(TestProject.jarCommand(List.of(), "-Xmx12m"));
        command.addAll(List.of("build", "--root", p.root().toString()));

        TestProject.Run run = TestProject.process(command, 120);

        assertEquals(3, run.exitCode(), "exit 3, and the process ended (-1: killed after 120 s): " + run.out());
        assertTrue(run.out().contains("briefing: internal error: java.lang.OutOfMemoryError: the build ran out of memory\n  hint: "), run.out());
        assertTrue(run.out().lines().noneMatch(line -> line.startsWith("\tat ")), "no stack trace: " + run.out());
        assertFalse(Files.exists(p.output()), "nothing published");
    }
}
