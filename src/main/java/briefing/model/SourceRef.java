package briefing.model;

import java.util.Objects;

/**
 * Where something came from: a project-relative path (forward slashes), a 1-based line (0 when the
 * problem concerns the file as a whole) and a 1-based column (0 when unknown). Every model value that an
 * editor can get wrong carries one. Prints as {@code path:line:col}, leaving out what is unknown.
 */
public record SourceRef(String path, int line, int column) {

    public SourceRef {
        Objects.requireNonNull(path, "path");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, were " + line + ":" + column);
        }
    }

    public SourceRef(String path, int line) {
        this(path, line, 0);
    }

    public static SourceRef file(String path) {
        return new SourceRef(path, 0, 0);
    }

    public SourceRef atLine(int newLine) {
        return new SourceRef(path, newLine, 0);
    }

    public SourceRef at(int newLine, int newColumn) {
        return new SourceRef(path, newLine, newColumn);
    }

    @Override
    public String toString() {
        if (line == 0) {
            return path;
        }
        return column > 0 ? path + ":" + line + ":" + column : path + ":" + line;
    }
}
