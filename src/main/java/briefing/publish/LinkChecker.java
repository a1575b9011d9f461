package briefing.publish;

import briefing.diag.Diagnostics;
import briefing.model.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks a baked site the way a careful publisher would before it goes out: every internal link and
 * resource resolves to a file, every {@code #fragment} to an element id on its page, and no page repeats
 * an id. Each page is parsed once (in parallel); only a page with a problem is parsed again, with
 * positions, so each problem names the page and line of the link.
 */
public final class LinkChecker {

    private static final String[][] LINKING = {
            {"a[href]", "href"}, {"link[href]", "href"}, {"img[src]", "src"}, {"script[src]", "src"},
            {"source[src]", "src"}, {"iframe[src]", "src"}, {"object[data]", "data"}, {"form[action]", "action"}};

    /** What one page offers (its ids) and asks for (its links), without positions. */
    private record Scan(Set<String> ids, List<String> duplicateIds, List<String> links) {
    }

    private final Path site;
    private final String displayPrefix;

    /** {@code displayPrefix} is how the site folder is named in messages (e.g. {@code site-output}). */
    public LinkChecker(Path site, String displayPrefix) {
        this.site = site.toAbsolutePath().normalize();
        this.displayPrefix = displayPrefix;
    }

    public void check(Diagnostics diagnostics) {
        Map<Path, Scan> scans = new ConcurrentHashMap<>();
        htmlPages().parallelStream().forEach(page -> scans.put(page, scan(parse(page, false))));
        for (Path page : htmlPages()) {
            Scan scan = scans.get(page);
            List<String> problems = new ArrayList<>();
            scan.duplicateIds().forEach(id -> problems.add("id:" + id));
            for (String href : scan.links()) {
                String problem = problem(page, href, scans);
                if (problem != null) {
                    problems.add(problem);
                }
            }
            if (!problems.isEmpty()) {
                report(page, problems, scans, diagnostics);
            }
        }
    }

    private static Scan scan(Document document) {
        Set<String> ids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Element withId : document.select("[id]")) {
            if (!ids.add(withId.id())) {
                duplicates.add(withId.id());
            }
        }
        document.select("a[name]").forEach(e -> ids.add(e.attr("name")));
        List<String> links = new ArrayList<>();
        for (String[] kind : LINKING) {
            document.select(kind[0]).forEach(e -> links.add(e.attr(kind[1])));
        }
        return new Scan(ids, duplicates, links);
    }

    /** Null when the link is fine, else a short description of what is wrong. */
    private String problem(Path page, String href, Map<Path, Scan> scans) {
        URI uri;
        try {
            uri = new URI(href.strip());
        } catch (URISyntaxException e) {
            return "malformed link '" + href + "'";
        }
        if (uri.getScheme() != null || href.startsWith("//")) {
            return null; // external: not ours to check at build time
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        Path target = path.isEmpty() ? page : resolve(page, path);
        if (!target.startsWith(site)) {
            return "link '" + href + "' leads outside the site";
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "broken link '" + href + "': " + shown(target) + " does not exist";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && scans.containsKey(target) && !scans.get(target).ids().contains(fragment)) {
            return "broken anchor '" + href + "': no id '" + fragment + "' on " + shown(target);
        }
        return null;
    }

    /** Parses the page again, with positions, to put each problem on its line. */
    private void report(Path page, List<String> problems, Map<Path, Scan> scans, Diagnostics diagnostics) {
        Document document = parse(page, true);
        String shown = shown(page);
        Set<String> reported = new HashSet<>();
        for (String problem : problems) {
            if (problem.startsWith("id:")) {
                String id = problem.substring(3);
                List<Element> withId = document.select("[id]").stream().filter(e -> e.id().equals(id)).toList();
                diagnostics.error(new SourceRef(shown, line(withId.get(withId.size() - 1))),
                        "id '" + id + "' is used twice on the page", "ids must be unique for #links to work");
                continue;
            }
            for (String[] kind : LINKING) {
                for (Element element : document.select(kind[0])) {
                    String message = problem(page, element.attr(kind[1]), scans);
                    if (problem.equals(message) && reported.add(message + "@" + line(element))) {
                        diagnostics.error(new SourceRef(shown, line(element)), message, "");
                    }
                }
            }
        }
    }

    private String shown(Path file) {
        return displayPrefix + "/" + site.relativize(file).toString().replace('\\', '/');
    }

    private Path resolve(Path page, String path) {
        Path base = path.startsWith("/") ? site : page.getParent();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return base.resolve(relative).normalize();
    }

    private static Document parse(Path page, boolean positions) {
        try {
            Parser parser = Parser.htmlParser().setTrackPosition(positions);
            return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), "", parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
    }

    private static int line(Element element) {
        return Math.max(element.sourceRange().start().lineNumber(), 0);
    }

    private List<Path> htmlPages() {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + site, e);
        }
    }
}
