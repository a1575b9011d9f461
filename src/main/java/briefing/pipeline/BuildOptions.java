package briefing.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/** Where a build reads and writes; every folder defaults to its name under the project root. */
public record BuildOptions(Path root, Path seeds, Path content, Path templates, Path output) {

    public BuildOptions {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
        seeds = orDefault(root, seeds, "seeds");
        content = orDefault(root, content, "content");
        templates = orDefault(root, templates, "templates");
        output = orDefault(root, output, "site-output");
    }

    public static BuildOptions at(Path root) {
        return new BuildOptions(root, null, null, null, null);
    }

    private static Path orDefault(Path root, Path given, String name) {
        return (given == null ? root.resolve(name) : root.resolve(given)).toAbsolutePath().normalize();
    }
}
