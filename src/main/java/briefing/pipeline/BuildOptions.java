package briefing.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a build reads and writes (every folder defaults to its name under the project root), and
 * whether draft notes are included (only in preview).
 *
 * @param baseUrl where the site is published, overriding {@code content/site.yaml}; null keeps the file's
 */
public record BuildOptions(Path root, Path seeds, Path content, Path templates, Path output, boolean drafts,
                           String baseUrl) {

    public BuildOptions {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
        seeds = orDefault(root, seeds, "seeds");
        content = orDefault(root, content, "content");
        templates = orDefault(root, templates, "templates");
        output = orDefault(root, output, "site-output");
    }

    public BuildOptions(Path root, Path seeds, Path content, Path templates, Path output) {
        this(root, seeds, content, templates, output, false, null);
    }

    public static BuildOptions at(Path root) {
        return new BuildOptions(root, null, null, null, null, false, null);
    }

    /** The same folders, with draft notes included (for preview) and the site written to {@code output}. */
    public BuildOptions forPreview(Path previewOutput) {
        return new BuildOptions(root, seeds, content, templates, previewOutput, true, baseUrl);
    }

    private static Path orDefault(Path root, Path given, String name) {
        return (given == null ? root.resolve(name) : root.resolve(given)).toAbsolutePath().normalize();
    }
}
