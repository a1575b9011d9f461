package briefing.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts a finished site in place of the published one. The new site is built in a folder beside the
 * target (same file system), so the swap is two renames: readers and CI see either the old site or the
 * new one, never a half-written mix; a build that fails never reaches here and leaves the old site as
 * it was. Pages of deleted inputs disappear because the new folder replaces the old one whole. (Between
 * the two renames there is an instant with no {@code site-output/}: one atomic rename would need the
 * target to be a symbolic link to a versioned folder, and then {@code cp -r}, {@code rsync -a} without
 * a trailing slash or {@code Files.walk} would copy or see a link instead of the site.)
 *
 * <p>Work folders are named with the id of the process that made them, so the next build removes those
 * of builds that were killed, and leaves alone those of a build still running beside it.
 */
public final class Publisher {

    private static final String WORK_PREFIX = ".";
    private static final Pattern WORK_FOLDER = Pattern.compile("(staging|next|old)-(?:(\\d{1,10})-)?.*");
    private static final Set<PosixFilePermission> READABLE_FILE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
    private static final Set<PosixFilePermission> READABLE_FOLDER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);

    private Publisher() {
    }

    /** A fresh, empty folder beside {@code target} to build the next site into. */
    public static Path workFolder(Path target, String purpose) {
        try {
            Path parent = target.toAbsolutePath().normalize().getParent();
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, workPrefix(target) + purpose + "-" + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder beside " + target, e);
        }
    }

    private static String workPrefix(Path target) {
        return WORK_PREFIX + target.getFileName() + ".";
    }

    /**
     * Removes the work folders beside {@code target} that builds killed before they finished left (their
     * process is gone, or they predate process ids in the names). A site a killed build had moved aside
     * for the swap is put back first when {@code target} is missing.
     */
    public static void removeLeftovers(Path target) {
        Path absoluteTarget = target.toAbsolutePath().normalize();
        Path parent = absoluteTarget.getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String prefix = workPrefix(absoluteTarget);
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                Matcher m = name.startsWith(prefix) ? WORK_FOLDER.matcher(name.substring(prefix.length())) : null;
                if (m == null || !m.matches() || (m.group(2) != null && ProcessHandle.of(Long.parseLong(m.group(2))).isPresent())) {
                    continue;
                }
                if (m.group(1).equals("old") && !Files.exists(absoluteTarget, LinkOption.NOFOLLOW_LINKS)) {
                    move(entry, absoluteTarget);
                } else {
                    deleteTree(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up beside " + target, e);
        }
    }

    /** Replaces {@code target} with {@code built}, readable by everyone (a web server); {@code built} is gone afterwards. */
    public static void swap(Path built, Path target) {
        Path absoluteTarget = target.toAbsolutePath().normalize();
        try {
            makeWorldReadable(built);
            Path old = null;
            if (Files.exists(absoluteTarget)) {
                old = workFolder(absoluteTarget, "old");
                Files.delete(old);
                move(absoluteTarget, old);
            }
            move(built, absoluteTarget);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish into " + target, e);
        }
    }

    /**
     * Adds read permission for everyone to every file and read and search permission to every folder: a
     * work folder is made private (0700) and the umask may be strict, but a web server reads the site as
     * another user. Nothing is taken away; on a file system without POSIX permissions nothing is done.
     */
    private static void makeWorldReadable(Path site) throws IOException {
        if (!Files.getFileStore(site).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
                Set<PosixFilePermission> wanted = EnumSet.noneOf(PosixFilePermission.class);
                wanted.addAll(permissions);
                wanted.addAll(Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? READABLE_FOLDER : READABLE_FILE);
                if (!wanted.equals(permissions)) {
                    Files.setPosixFilePermissions(file, wanted);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Makes {@code target} hold exactly what {@code source} holds, touching only what differs: the preview
     * updates the folder it serves after an incremental build. Each file is replaced by a rename (a reader
     * sees the old or the new file, never half of one); the set as a whole is not atomic, which is fine for
     * a preview and why {@code build} uses {@link #swap} instead.
     */
    public static void mirror(Path source, Path target) {
        try {
            Files.createDirectories(target);
            Set<Path> present = new HashSet<>();
            try (Stream<Path> files = Files.walk(source)) {
                for (Path from : files.filter(Files::isRegularFile).toList()) {
                    Path relative = source.relativize(from);
                    Path to = target.resolve(relative.toString());
                    present.add(to);
                    replaceIfDifferent(from, to);
                }
            }
            try (Stream<Path> files = Files.walk(target)) {
                for (Path stale : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (Files.isRegularFile(stale) && !present.contains(stale)) {
                        Files.delete(stale);
                    } else if (Files.isDirectory(stale) && !stale.equals(target) && isEmpty(stale)) {
                        Files.delete(stale);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + target, e);
        }
    }

    /**
     * {@link #mirror} when the caller knows what may have changed: only {@code candidates} are compared
     * (and copied if they differ) and {@code deleted} removed; relative paths. Everything else must be
     * equal already, as after an earlier mirror of the same folders.
     */
    public static void mirror(Path source, Path target, Collection<String> candidates, Collection<String> deleted) {
        try {
            for (String relative : candidates) {
                replaceIfDifferent(source.resolve(relative), target.resolve(relative));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + target, e);
        }
        deleteFiles(target, deleted);
    }

    /** Deletes these files (relative to {@code root}) and then any folder they leave empty. */
    public static void deleteFiles(Path root, Collection<String> relativeFiles) {
        try {
            for (String relative : relativeFiles) {
                Path file = root.resolve(relative).normalize();
                if (!file.startsWith(root)) {
                    throw new IllegalArgumentException("refusing to delete outside " + root + ": " + relative);
                }
                Files.deleteIfExists(file);
                for (Path dir = file.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root)
                        && Files.isDirectory(dir) && isEmpty(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete from " + root, e);
        }
    }

    /** Copies {@code from} over {@code to} (through a rename) unless they already hold the same bytes. */
    private static void replaceIfDifferent(Path from, Path to) throws IOException {
        if (differ(from, to)) {
            Files.createDirectories(to.getParent());
            Path next = to.resolveSibling(WORK_PREFIX + to.getFileName() + ".next");
            Files.copy(from, next, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            move(next, to);
        }
    }

    /** Same size and time (a file copied with its attributes and not rewritten since), or else same bytes. */
    private static boolean differ(Path from, Path to) throws IOException {
        if (!Files.exists(to)) {
            return true;
        }
        BasicFileAttributes a = Files.readAttributes(from, BasicFileAttributes.class);
        BasicFileAttributes b = Files.readAttributes(to, BasicFileAttributes.class);
        if (a.size() != b.size()) {
            return true;
        }
        return !a.lastModifiedTime().equals(b.lastModifiedTime()) && Files.mismatch(from, to) != -1;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
