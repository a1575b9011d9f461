package briefing.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
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
        try {
            Path content = Files.createDirectories(staging.resolve("content"));
            Path assets = Files.createDirectories(staging.resolve("assets"));
            Files.createDirectories(staging.resolve("data"));
            for (Page page : pages) {
                Path file = inside(content, page.path() + "index." + page.extension());
                Files.createDirectories(file.getParent());
                Files.writeString(file, header(page) + page.body(), StandardCharsets.UTF_8);
            }
            if (Files.isDirectory(templateAssets)) {
                copyTree(templateAssets, assets);
            }
            for (Map.Entry<String, byte[]> asset : generatedAssets.entrySet()) {
                Path file = inside(assets, asset.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, asset.getValue());
            }
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

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
