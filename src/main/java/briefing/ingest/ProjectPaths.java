package briefing.ingest;

import java.nio.file.Path;

/**
 * Turns absolute input paths into the project-relative, forward-slash form that diagnostics print
 * ({@code seeds/x.txt}), so messages read the same on every machine.
 */
public record ProjectPaths(Path root) {

    public ProjectPaths {
        root = root.toAbsolutePath().normalize();
    }

    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
