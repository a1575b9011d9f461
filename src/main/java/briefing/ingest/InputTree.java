package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.model.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The input folders hold only regular files and folders. A symbolic link anywhere under them (or a pipe,
 * socket or device) is an error naming it: a link could make the build read and publish a file from
 * outside the project ({@code seeds/x.txt -> /proc/self/environ}). The build checks this before any
 * input is read, and stops when it fails, so no link is ever followed; a file over the size the
 * {@link InputBudget} allows is refused there too, before it is read.
 */
public final class InputTree {

    private final ProjectPaths paths;
    private final InputBudget budget;

    public InputTree(ProjectPaths paths) {
        this.paths = paths;
        this.budget = InputBudget.DEFAULT;
    }

    /**
     * Reports every entry under {@code roots} (the roots included) that is not a regular file or folder,
     * and every file over its size in the budget; {@code assets} is the folder whose files are copied
     * into the site as they are (a font or an image may be larger than a text input).
     */
    public void check(List<Path> roots, Path assets, Diagnostics diagnostics) {
        for (Path root : roots) {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                continue; // the readers say what is missing
            }
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        SourceRef ref = SourceRef.file(paths.display(file));
                        if (attributes.isSymbolicLink()) {
                            diagnostics.error(ref, "a symbolic link: inputs must be regular files inside the project, "
                                    + "and a link is never followed", "replace the link with the file itself");
                        } else if (attributes.isOther()) {
                            diagnostics.error(ref, "not a regular file (a pipe, socket or device)",
                                    "replace it with a regular file, or remove it");
                        } else {
                            budget.checkSize(ref, attributes.size(), file.startsWith(assets), diagnostics);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        diagnostics.error(SourceRef.file(paths.display(file)), "cannot be read: " + e.getMessage(),
                                "check the file's permissions");
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
    }

    /** A regular input file (never through a link): what the readers read. */
    static boolean isRegularFile(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }
}
