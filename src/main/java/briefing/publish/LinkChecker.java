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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks a baked site the way a careful publisher would before it goes out: every internal link and
 * resource resolves to a file, every {@code #fragment} to an element id on its page, and no page repeats
 * an id. Each problem names the page and line of the link.
 */
public final class LinkChecker {

    private static final List<String[]> LINKING = List.of(
            new String[] {"a[href]", "href"}, new String[] {"link[href]", "href"},
            new String[] {"img[src]", "src"}, new String[] {"script[src]", "src"},
            new String[] {"source[src]", "src"}, new String[] {"iframe[src]", "src"},
            new String[] {"object[data]", "data"}, new String[] {"form[action]", "action"});

    private final Path site;
    private final String displayPrefix;
    private final Map<Path, Set<String>> idsByPage = new HashMap<>();

    /** {@code displayPrefix} is how the site folder is named in messages (e.g. {@code site-output}). */
    public LinkChecker(Path site, String displayPrefix) {
        this.site = site.toAbsolutePath().normalize();
        this.displayPrefix = displayPrefix;
    }

    public void check(Diagnostics diagnostics) {
        for (Path page : htmlPages()) {
            Document document = parse(page);
            String shown = displayPrefix + "/" + site.relativize(page).toString().replace('\\', '/');
            Set<String> seen = new HashSet<>();
            for (Element withId : document.select("[id]")) {
                if (!seen.add(withId.id())) {
                    diagnostics.error(new SourceRef(shown, line(withId)), "id '" + withId.id() + "' is used twice on the page",
                            "ids must be unique for #links to work");
                }
            }
            for (String[] kind : LINKING) {
                for (Element element : document.select(kind[0])) {
                    checkLink(page, shown, element, element.attr(kind[1]), diagnostics);
                }
            }
        }
    }

    private void checkLink(Path page, String shown, Element element, String href, Diagnostics diagnostics) {
        URI uri;
        try {
            uri = new URI(href.strip());
        } catch (URISyntaxException e) {
            diagnostics.error(new SourceRef(shown, line(element)), "malformed link '" + href + "'", "");
            return;
        }
        if (uri.getScheme() != null || href.startsWith("//")) {
            return; // external: not ours to check at build time
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        Path target = path.isEmpty() ? page : resolve(page, path);
        if (target == null || !target.startsWith(site)) {
            diagnostics.error(new SourceRef(shown, line(element)), "link '" + href + "' leads outside the site", "");
            return;
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            diagnostics.error(new SourceRef(shown, line(element)), "broken link '" + href + "': "
                    + displayPrefix + "/" + site.relativize(target).toString().replace('\\', '/') + " does not exist", "");
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !idsOf(target).contains(fragment)) {
            diagnostics.error(new SourceRef(shown, line(element)), "broken anchor '" + href + "': no id '" + fragment
                    + "' on " + displayPrefix + "/" + site.relativize(target).toString().replace('\\', '/'), "");
        }
    }

    private Path resolve(Path page, String path) {
        Path base = path.startsWith("/") ? site : page.getParent();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return base.resolve(relative).normalize();
    }

    private Set<String> idsOf(Path page) {
        return idsByPage.computeIfAbsent(page, p -> {
            Set<String> ids = new HashSet<>();
            Document document = parse(p);
            document.select("[id]").forEach(e -> ids.add(e.id()));
            document.select("a[name]").forEach(e -> ids.add(e.attr("name")));
            return ids;
        });
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), "", Parser.htmlParser().setTrackPosition(true));
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
