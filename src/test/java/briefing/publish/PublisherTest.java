package briefing.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing: a site a web server can read, and nothing left beside it by builds that were killed. */
class PublisherTest {

    @TempDir
    Path dir;

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    private List<String> besideOutput() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void thePublishedSiteIsReadableByEveryoneThoughItsWorkFolderWasPrivate() throws IOException {
        Path target = dir.resolve("site-output");
        Path built = Publisher.workFolder(target, "next");
        assertEquals("rwx------", mode(built), "createTempDirectory makes 0700");
        Path page = Files.createDirectories(built.resolve("notes/x")).resolve("index.html");
        Files.writeString(page, "<p>x</p>");
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(built.resolve("notes"), PosixFilePermissions.fromString("rwx------"));

        Publisher.swap(built, target);

        assertEquals("rwxr-xr-x", mode(target));
        assertEquals("rwxr-xr-x", mode(target.resolve("notes")));
        assertEquals("rw-r--r--", mode(target.resolve("notes/x/index.html")));
    }

    @Test
    void leftoversOfKilledBuildsAreRemovedAndThoseOfARunningBuildKept() throws Exception {
        Path target = Files.createDirectories(dir.resolve("site-output"));
        long dead = deadPid();
        for (String name : List.of(".site-output.next-" + dead + "-1", ".site-output.staging-" + dead + "-2",
                ".site-output.old-" + dead + "-3", ".site-output.next-8812345", ".site-output.staging-" + ProcessHandle.current().pid() + "-4",
                ".site-output.lookalike-1", "other")) {
            Files.createDirectories(dir.resolve(name).resolve("sub"));
        }

        Publisher.removeLeftovers(target);

        assertEquals(List.of(".site-output.lookalike-1", ".site-output.staging-" + ProcessHandle.current().pid() + "-4", "other",
                "site-output"), besideOutput());
    }

    @Test
    void aSiteMovedAsideByABuildKilledInTheMiddleOfTheSwapIsPutBack() throws Exception {
        Path target = dir.resolve("site-output");
        Path aside = Files.createDirectories(dir.resolve(".site-output.old-" + deadPid() + "-7"));
        Files.writeString(aside.resolve("index.html"), "the last good site");
        Files.createDirectories(dir.resolve(".site-output.next-" + deadPid() + "-8"));

        Publisher.removeLeftovers(target);

        assertEquals(List.of("site-output"), besideOutput());
        assertEquals("the last good site", Files.readString(target.resolve("index.html")));
        assertTrue(Files.isDirectory(target));
    }
}
