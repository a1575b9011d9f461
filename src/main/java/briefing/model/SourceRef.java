package briefing.model;

import java.util.Objects;

/**
 * Where something came from: a project-relative path (forward slashes) and a 1-based line, 0 when the
 * problem concerns the file as a whole. Every model value that an editor can get wrong carries one.
 */
public record SourceRef(String path, int line) {

    public SourceRef {
        Objects.requireNonNull(path, "path");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    public static SourceRef file(String path) {
        return new SourceRef(path, 0);
    }

    public SourceRef atLine(int newLine) {
        return new SourceRef(path, newLine);
    }

    @Override
    public String toString() {
        return line > 0 ? path + ":" + line : path;
    }
}
