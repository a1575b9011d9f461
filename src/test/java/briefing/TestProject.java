package briefing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of this project's real inputs (seeds, content, templates) in a temporary folder, so tests can
 * build, edit and break them without touching the repository; plus helpers to run the CLI in-process.
 */
public final class TestProject {

    /** The repository root: Maven runs tests from it. */
    public static final Path REPO = Path.of("").toAbsolutePath();

    private final Path root;

    private TestProject(Path root) {
        this.root = root;
    }

    /** Copies the real seeds, content and templates into {@code dir}. */
    public static TestProject copyOfRepo(Path dir) {
        for (String folder : new String[] {"seeds", "content", "templates"}) {
            copyTree(REPO.resolve(folder), dir.resolve(folder));
        }
        return new TestProject(dir);
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public Path output() {
        return root.resolve("site-output");
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a file from {@code src/test/resources/<resource>} into the project. */
    public void addResource(String resource, String relative) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.copy(REPO.resolve("src/test/resources").resolve(resource), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the CLI in-process with {@code --root} set to this project. */
    public Run run(String command, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[more.length + 3];
        args[0] = command;
        args[1] = "--root";
        args[2] = root.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        int code = new Main(new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * The command that runs the packaged jar (integration tests: {@code target/briefing.jar} is built by
     * 'package') with these JVM options, prefixed by {@code wrapper} (e.g. {@code unshare -n}).
     */
    public static List<String> jarCommand(List<String> wrapper, String... jvmOptions) {
        Path jar = REPO.resolve("target/briefing.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("run after 'package': no " + jar);
        }
        List<String> command = new ArrayList<>(wrapper);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    /** Runs a process to its end, stderr merged into out; one still running after the time-out is killed (exit -1). */
    public static Run process(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean done = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(done ? process.exitValue() : -1, output, "");
    }

    /** One CLI run: exit code and what it printed. */
    public record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
