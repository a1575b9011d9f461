package briefing.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
        Path jar = TestProject.REPO.resolve("target/briefing.jar");
        assertTrue(Files.isRegularFile(jar), "run after 'package'");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process process = new ProcessBuilder("unshare", "-n", java, "-jar", jar.toString(), "build", "--root", p.root().toString())
                .redirectErrorStream(true).start();
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(done, "the build finished");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.startsWith("built "), output);
        assertTrue(Files.isRegularFile(p.output().resolve("index.html")));
    }
}
