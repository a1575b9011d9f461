package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jar's preview, stopped as Ctrl-C stops it (SIGTERM here): its temporary folders go with it. */
class PreviewShutdownIT {

    @TempDir
    Path dir;

    private static List<String> entries(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void stoppingThePreviewRemovesItsTemporaryFolders() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir.resolve("project"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>(TestProject.jarCommand(List.of(), "-Djava.io.tmpdir=" + tmp));
        command.addAll(List.of("serve", "--port", "0", "--root", p.root().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = out.readLine(); line != null && !line.startsWith("serving "); line = out.readLine()) {
                lines.add(line);
            }
            assertTrue(entries(tmp).stream().anyMatch(n -> n.startsWith("briefing-preview-")), "serving: " + lines);

            process.destroy();

            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the preview stopped");
            assertEquals(List.of(), entries(tmp).stream().filter(n -> n.startsWith("briefing-")).toList());
        } finally {
            process.destroyForcibly();
        }
    }
}
