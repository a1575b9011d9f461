package briefing.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar builds the site inside a network namespace with no network at all (util-linux
 * {@code unshare -n}, as root, which CI is): a build never reaches out, whatever a template or library
 * might try.
 */
class NoNetworkIT {

    @TempDir
    Path dir;

    @Test
    void theJarBuildsTheSiteWithTheNetworkCutOff() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        List<String> command = new ArrayList<>(TestProject.jarCommand(List.of("unshare", "-n")));
        command.addAll(List.of("build", "--root", p.root().toString()));

        TestProject.Run run = TestProject.process(command, 120);

        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().startsWith("built "), run.out());
        assertTrue(Files.isRegularFile(p.output().resolve("index.html")));
    }
}
