package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a time limit may do to a build: stop one that has not begun to publish (so the previous site stays
 * whole), never one that has published.
 */
class BuildStopTest {

    @TempDir
    Path dir;

    @Test
    void aBuildThatHasPublishedCannotBeStoppedAndOneThatHasNotCanBeWithoutPublishing() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        Build published = new Build(BuildOptions.at(p.root()), warning -> { });
        published.run();
        assertTrue(Files.isRegularFile(p.output().resolve("index.html")));

        assertFalse(published.stopBeforePublishing(), "publishing has happened: let it be");

        Build stopped = new Build(BuildOptions.at(p.root()), warning -> { });
        assertTrue(stopped.stopBeforePublishing());
        assertFalse(stopped.stopBeforePublishing(), "once");
        assertEquals(published.check().pages(), stopped.check().pages(), "a stopped build still checks; it never publishes");
    }
}
