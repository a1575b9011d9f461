package briefing.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The input files of one folder, in a stable order: regular (a link is not followed), not hidden,
 * optionally of one extension.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** {@code suffix} such as {@code ".md"}, or empty for every file. */
    static List<Path> in(Path dir, String suffix) {
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.filter(InputTree::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
