package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole builds of hostile or broken inputs, each beside the exact output it must give. Every folder in
 * {@code src/test/resources/hostile-builds/} is a case: {@code input/} is laid over a copy of this
 * project's inputs, {@code links} (optional) makes symbolic links ({@code <path> -> SECRET} or
 * {@code -> SECRET_DIR}: a file, or a folder, outside the project holding a fake secret; {@code -> FIFO}
 * makes a named pipe instead), {@code generate} (optional) writes inputs too large to keep in the
 * repository ({@code <path> x<count> <text>}: the text, with {@code \n} for a line break, written
 * count times; lines naming the same path append), and {@code expected} is {@code exit <code>} followed by exactly what the build prints on stderr.
 *
 * <p>Whatever the case, the secret appears in no file the build leaves in the project, a failed build
 * leaves {@code site-output/} exactly as it was, and a published site holds no control character.
 */
class HostileBuildTest {

    private static final Path CASES = TestProject.REPO.resolve("src/test/resources/hostile-builds");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyHostileBuildGivesItsExactOutputAndPublishesNothingItShouldNot() throws IOException {
        try (Stream<Path> cases = Files.list(CASES)) {
            return cases.filter(Files::isDirectory).sorted().toList().stream()
                    .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
        }
    }

    private void run(Path testCase) throws IOException, InterruptedException {
        Path work = dir.resolve(testCase.getFileName().toString());
        String secret = "tok_DUMMY_" + UUID.randomUUID();
        Path outside = Files.createDirectories(work.resolve("outside"));
        Path secretFile = Files.writeString(outside.resolve("secret.txt"), "FAKE_CI_SECRET=" + secret + "\n");
        Path secretDir = Files.createDirectories(outside.resolve("secrets"));
        Files.writeString(secretDir.resolve("secret.md"), "---\ntitle: " + secret + "\ndate: 2025-01-01\n---\n" + secret + "\n");
        Files.writeString(secretDir.resolve("secret.txt"), secret + "\n");
        TestProject p = TestProject.copyOfRepo(work.resolve("project"));
        if (Files.isDirectory(testCase.resolve("input"))) {
            overlay(testCase.resolve("input"), p.root());
        }
        if (Files.exists(testCase.resolve("links"))) {
            for (String line : Files.readAllLines(testCase.resolve("links"))) {
                String[] parts = line.split("\\s*->\\s*");
                Path link = p.path(parts[0].strip());
                Files.deleteIfExists(link);
                Files.createDirectories(link.getParent());
                switch (parts[1].strip()) {
                    case "FIFO" -> assertEquals(0, new ProcessBuilder("mkfifo", link.toString()).start().waitFor());
                    case "SECRET_DIR" -> Files.createSymbolicLink(link, secretDir);
                    default -> Files.createSymbolicLink(link, secretFile);
                }
            }
        }
        if (Files.exists(testCase.resolve("generate"))) {
            generate(Files.readAllLines(testCase.resolve("generate")), p.root());
        }
        Files.createDirectories(p.output());
        Files.writeString(p.output().resolve("index.html"), "the last good site\n");
        Map<String, String> before = files(p.output());

        TestProject.Run run = p.run("build");

        String expected = Files.readString(testCase.resolve("expected"), StandardCharsets.UTF_8).strip();
        assertEquals(expected, ("exit " + run.exitCode() + "\n" + run.err()).replace(System.lineSeparator(), "\n").strip(),
                run.toString());
        for (Map.Entry<String, String> file : files(p.root()).entrySet()) {
            assertFalse(file.getValue().contains(secret), "the secret was written into " + file.getKey());
        }
        if (run.exitCode() != 0) {
            assertEquals(before, files(p.output()), "a failed build leaves site-output as it was");
        } else {
            for (String name : files(p.output()).keySet()) {
                if (name.matches(".*\\.(html|xml|json|txt|csv|svg|js|css)")) {
                    String text = Files.readString(p.output().resolve(name), StandardCharsets.UTF_8);
                    assertTrue(text.chars().noneMatch(HostileBuildTest::isControl), "a control character was published in " + name);
                }
            }
        }
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    private static void generate(List<String> lines, Path root) throws IOException {
        Map<Path, StringBuilder> texts = new java.util.LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split(" ", 3);
            String text = parts[2].replace("\\n", "\n");
            texts.computeIfAbsent(root.resolve(parts[0]), f -> new StringBuilder()).append(text.repeat(Integer.parseInt(parts[1].substring(1))));
        }
        for (Map.Entry<Path, StringBuilder> file : texts.entrySet()) {
            Files.createDirectories(file.getKey().getParent());
            Files.writeString(file.getKey(), file.getValue());
        }
    }

    private static void overlay(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Every regular file under {@code root} (links not followed) and its text, by relative path. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        List<Path> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).forEach(all::add);
        }
        for (Path file : all) {
            out.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
        return out;
    }
}
