package briefing.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the staging tree JBake bakes: {@code content/} (one file per page, JBake header then body),
 * {@code assets/} (the templates' static files plus generated data files) and an empty {@code data/}.
 * Refuses any path that would leave the staging folder.
 */
public final class StagingWriter {

    /** The JBake header key carrying a page's model key, read back by the template engine. */
    public static final String PAGE_KEY = "pagekey";
    private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private StagingWriter() {
    }

    public static void write(Path staging, List<Page> pages, Path templateAssets, Map<String, byte[]> generatedAssets) {
        writePages(staging, pages);
        writeAssets(staging, templateAssets, generatedAssets);
    }

    /** The content file of a page, relative to the staging tree's {@code content/} folder. */
    public static String contentFile(Page page) {
        return page.path() + "index." + page.extension();
    }

    /** What the content file of a page holds: JBake's header, then the body. */
    public static String contentText(Page page) {
        return header(page) + page.body();
    }

    /** Writes (or rewrites) the content files of these pages. */
    public static void writePages(Path staging, Collection<Page> pages) {
        try {
            Path content = Files.createDirectories(staging.resolve("content"));
            Files.createDirectories(staging.resolve("data"));
            for (Page page : pages) {
                Path file = inside(content, contentFile(page));
                Files.createDirectories(file.getParent());
                Files.writeString(file, contentText(page), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the staging tree in " + staging, e);
        }
    }

    /** Deletes content files (relative to {@code content/}) of pages that are no longer built. */
    public static void deletePages(Path staging, Collection<String> contentFiles) {
        try {
            Path content = staging.resolve("content");
            for (String relative : contentFiles) {
                Files.deleteIfExists(inside(content, relative));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete from the staging tree in " + staging, e);
        }
    }

    /**
     * Replaces {@code assets/} with the templates' static files plus the generated files; returns every
     * asset's path relative to {@code assets/} (which is also its path in the site).
     */
    public static Set<String> writeAssets(Path staging, Path templateAssets, Map<String, byte[]> generatedAssets) {
        try {
            Path assets = staging.resolve("assets");
            deleteTree(assets);
            Files.createDirectories(assets);
            Set<String> written = new TreeSet<>();
            if (Files.isDirectory(templateAssets)) {
                copyTree(templateAssets, assets, written);
            }
            for (Map.Entry<String, byte[]> asset : generatedAssets.entrySet()) {
                Path file = inside(assets, asset.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, asset.getValue());
                written.add(asset.getKey());
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the staging tree in " + staging, e);
        }
    }

    private static String header(Page page) {
        return "title=" + oneLine(page.title()) + "\n"
                + "type=" + page.type() + "\n"
                + "status=published\n"
                + "date=" + HEADER_DATE.format(page.date()) + "\n"
                + PAGE_KEY + "=" + page.path() + "\n"
                + "~~~~~~\n";
    }

    private static String oneLine(String value) {
        return value.replaceAll("\\s+", " ").strip();
    }

    private static Path inside(Path dir, String relative) {
        Path file = dir.resolve(relative).normalize();
        if (!file.startsWith(dir)) {
            throw new IllegalArgumentException("refusing to write outside " + dir + ": " + relative);
        }
        return file;
    }

    private static void copyTree(Path from, Path to, Set<String> written) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted().toList()) {
                String relative = from.relativize(source).toString().replace('\\', '/');
                Path target = to.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                    written.add(relative);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
