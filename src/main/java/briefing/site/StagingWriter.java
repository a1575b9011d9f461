package briefing.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
     * The assets of a staging tree after {@link #writeAssets}: every asset's path relative to
     * {@code assets/} (which is also its path in the site), and those whose bytes were new or changed.
     */
    public record StagedAssets(Set<String> all, Set<String> changed) {
        public StagedAssets {
            all = Set.copyOf(all);
            changed = Set.copyOf(changed);
        }
    }

    /**
     * Makes {@code assets/} hold exactly the templates' static files plus the generated files (a generated
     * file wins over a static one of the same path). A file already there with the same bytes is left
     * alone, so a warm build learns which assets an edit changed.
     */
    public static StagedAssets writeAssets(Path staging, Path templateAssets, Map<String, byte[]> generatedAssets) {
        try {
            Path assets = Files.createDirectories(staging.resolve("assets"));
            Map<String, byte[]> wanted = new TreeMap<>();
            if (Files.isDirectory(templateAssets)) {
                try (Stream<Path> files = Files.walk(templateAssets)) {
                    // A link is never copied (ingest refuses links in the input folders before this runs).
                    for (Path source : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                        wanted.put(templateAssets.relativize(source).toString().replace('\\', '/'), Files.readAllBytes(source));
                    }
                }
            }
            wanted.putAll(generatedAssets);
            Set<String> changed = new TreeSet<>();
            for (Map.Entry<String, byte[]> asset : wanted.entrySet()) {
                Path file = inside(assets, asset.getKey());
                if (!sameBytes(file, asset.getValue())) {
                    Files.createDirectories(file.getParent());
                    Files.write(file, asset.getValue());
                    changed.add(asset.getKey());
                }
            }
            try (Stream<Path> files = Files.walk(assets)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (!wanted.containsKey(assets.relativize(file).toString().replace('\\', '/'))) {
                        Files.delete(file);
                    }
                }
            }
            return new StagedAssets(wanted.keySet(), changed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the staging tree in " + staging, e);
        }
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
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
}
