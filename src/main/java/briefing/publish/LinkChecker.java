package briefing.publish;

import briefing.diag.Diagnostics;
import briefing.model.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks a baked site the way a careful publisher would before it goes out: every internal link and
 * resource resolves to a file, every {@code #fragment} to an element id on its page, and no page repeats
 * an id. Each page is parsed once (in parallel; with a {@link Cache}, only if it changed since the last
 * check), links are resolved against the site's file list in memory (with a cache after a clean check,
 * only on the pages that changed or link into a page whose ids changed), and only a page with a problem
 * is parsed again, with positions, so each problem names the page and line of the link.
 */
public final class LinkChecker {

    /** Each kind of link: its selector, the attribute holding the address, and the element's name. */
    private static final String[][] LINKING = {
            {"a[href]", "href", "a"}, {"link[href]", "href", "link"}, {"img[src]", "src", "img"}, {"script[src]", "src", "script"},
            {"source[src]", "src", "source"}, {"iframe[src]", "src", "iframe"}, {"object[data]", "data", "object"},
            {"form[action]", "action", "form"}};

    /**
     * What one page offers (its ids) and asks for (its links, resolved), without positions;
     * {@code anchored}: the pages its {@code #fragment} links lead to.
     */
    private record Scan(Set<String> ids, List<String> duplicateIds, List<Link> links, Set<Path> anchored) {
    }

    /**
     * A link as written and where it leads: {@code target} is the absolute file or folder, null for an
     * external link or one that is wrong in itself ({@code problem}).
     */
    private record Link(String href, Path target, String fragment, String problem) {
    }

    /**
     * Scans of earlier checks, reused for pages whose file has not changed since (same size and
     * modification time): a warm preview re-parses only the pages it rebaked.
     */
    public static final class Cache {
        private record Entry(long size, FileTime modified, Scan scan) {
        }

        /** What the last check that found nothing wrong saw: its files, folders and page scans. */
        private record Passed(Set<Path> files, Set<Path> folders, Map<Path, Scan> scans) {
        }

        private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
        private Passed passed;
    }

    /**
     * Where an editor wrote a link that a page shows: a broken link in a note's text is reported at the
     * note's file and line, not at the baked page the editor never opens.
     */
    @FunctionalInterface
    public interface Origins {
        /** The editor's file, line and column of {@code href} on the page at {@code page} ({@code notes/x/}); empty: the template's. */
        Optional<SourceRef> of(String page, String href);

        Origins NONE = (page, href) -> Optional.empty();
    }

    private final Path site;
    private final String displayPrefix;
    private final Cache cache;
    private final Origins origins;

    /** {@code displayPrefix} is how the site folder is named in messages (e.g. {@code site-output}). */
    public LinkChecker(Path site, String displayPrefix) {
        this(site, displayPrefix, new Cache(), Origins.NONE);
    }

    public LinkChecker(Path site, String displayPrefix, Cache cache, Origins origins) {
        this.site = site.toAbsolutePath().normalize();
        this.displayPrefix = displayPrefix;
        this.cache = cache;
        this.origins = origins;
    }

    public void check(Diagnostics diagnostics) {
        // One walk gives every file with its size and time (no second look per file).
        Map<Path, BasicFileAttributes> attributes = new HashMap<>();
        Set<Path> folders = new HashSet<>();
        try {
            Files.walkFileTree(site, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    folders.add(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    attributes.put(file, attrs);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + site, e);
        }
        Set<Path> files = attributes.keySet();
        List<Path> pages = files.stream().filter(p -> p.toString().endsWith(".html")).sorted().toList();
        cache.entries.keySet().retainAll(files);
        Map<Path, Scan> scans = new ConcurrentHashMap<>();
        pages.parallelStream().forEach(page -> scans.put(page, scanOf(page, attributes.get(page))));
        boolean clean = true;
        for (Path page : toResolve(pages, scans, files, folders)) {
            Scan scan = scans.get(page);
            List<String> problems = new ArrayList<>();
            scan.duplicateIds().forEach(id -> problems.add("id:" + id));
            for (Link link : scan.links()) {
                String problem = problem(link, scans, files, folders);
                if (problem != null) {
                    problems.add(problem);
                }
            }
            if (!problems.isEmpty()) {
                clean = false;
                report(page, problems, scans, files, folders, diagnostics);
            }
        }
        cache.passed = clean ? new Cache.Passed(files, folders, scans) : null;
    }

    /**
     * The pages whose links must be resolved: all of them, unless the last check found nothing wrong
     * and saw the same files and folders; then only the pages whose scan changed since, and the pages
     * with a {@code #fragment} link into a page whose ids changed.
     */
    private List<Path> toResolve(List<Path> pages, Map<Path, Scan> scans, Set<Path> files, Set<Path> folders) {
        Cache.Passed passed = cache.passed;
        if (passed == null || !passed.files().equals(files) || !passed.folders().equals(folders)) {
            return pages;
        }
        Set<Path> changed = new HashSet<>();
        Set<Path> newIds = new HashSet<>();
        for (Path page : pages) {
            Scan before = passed.scans().get(page);
            Scan now = scans.get(page);
            if (before != now) {
                changed.add(page);
                if (before == null || !before.ids().equals(now.ids())) {
                    newIds.add(page);
                }
            }
        }
        if (newIds.isEmpty()) {
            return pages.stream().filter(changed::contains).toList();
        }
        return pages.stream()
                .filter(page -> changed.contains(page) || scans.get(page).anchored().stream().anyMatch(newIds::contains))
                .toList();
    }

    private Scan scanOf(Path page, BasicFileAttributes attributes) {
        Cache.Entry entry = cache.entries.get(page);
        if (entry != null && entry.size() == attributes.size() && entry.modified().equals(attributes.lastModifiedTime())) {
            return entry.scan();
        }
        Scan scan = scan(page, parse(page, false));
        cache.entries.put(page, new Cache.Entry(attributes.size(), attributes.lastModifiedTime(), scan));
        return scan;
    }

    private Scan scan(Path page, Document document) {
        Set<String> ids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        // One walk over the page's elements (not one selection per kind of link): the check reads every
        // page of the site. Links are taken in the order of LINKING's kinds, then the page's order.
        List<List<Link>> byKind = new ArrayList<>();
        for (int i = 0; i < LINKING.length; i++) {
            byKind.add(new ArrayList<>());
        }
        for (Element e : document.getAllElements()) {
            if (e.hasAttr("id") && !ids.add(e.id())) {
                duplicates.add(e.id());
            }
            String tag = e.normalName();
            if (tag.equals("a") && e.hasAttr("name")) {
                ids.add(e.attr("name"));
            }
            for (int i = 0; i < LINKING.length; i++) {
                if (tag.equals(LINKING[i][2]) && e.hasAttr(LINKING[i][1])) {
                    byKind.get(i).add(link(page, e.attr(LINKING[i][1])));
                }
            }
        }
        byKind.forEach(links::addAll);
        Set<Path> anchored = new HashSet<>();
        for (Link link : links) {
            if (link.target() != null && link.fragment() != null && !link.fragment().isEmpty()) {
                anchored.add(link.target());
                anchored.add(link.target().resolve("index.html"));
            }
        }
        return new Scan(ids, duplicates, links, anchored);
    }

    private Link link(Path page, String href) {
        URI uri;
        try {
            uri = new URI(href.strip());
        } catch (URISyntaxException e) {
            return new Link(href, null, null, "malformed link '" + href + "'");
        }
        if (uri.getScheme() != null || href.startsWith("//")) {
            return new Link(href, null, null, null); // external: not ours to check at build time
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        Path target = path.isEmpty() ? page : resolve(page, path);
        if (!target.startsWith(site)) {
            return new Link(href, null, null, "link '" + href + "' leads outside the site");
        }
        return new Link(href, target, uri.getFragment(), null);
    }

    /** Null when the link is fine, else a short description of what is wrong. */
    private String problem(Link link, Map<Path, Scan> scans, Set<Path> files, Set<Path> folders) {
        if (link.target() == null) {
            return link.problem();
        }
        Path target = folders.contains(link.target()) ? link.target().resolve("index.html") : link.target();
        if (!files.contains(target)) {
            return "broken link '" + link.href() + "': " + shown(target) + " does not exist";
        }
        String fragment = link.fragment();
        if (fragment != null && !fragment.isEmpty() && scans.containsKey(target) && !scans.get(target).ids().contains(fragment)) {
            return "broken anchor '" + link.href() + "': no id '" + fragment + "' on " + shown(target);
        }
        return null;
    }

    /** Parses the page again, with positions, to put each problem on its line. */
    private void report(Path page, List<String> problems, Map<Path, Scan> scans, Set<Path> files, Set<Path> folders,
                        Diagnostics diagnostics) {
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
                    String href = element.attr(kind[1]);
                    String message = problem(link(page, href), scans, files, folders);
                    if (problem.equals(message) && reported.add(message + "@" + line(element))) {
                        Optional<SourceRef> written = origins.of(pagePath(page), href);
                        if (written.isPresent()) {
                            diagnostics.error(written.get(), message + " (on " + shown + ")", closestAnchor(link(page, href), scans)
                                    .map(id -> "did you mean '#" + id + "'?")
                                    .orElse("a page of the site is linked by its address after the domain: /statements/<id>/#<anchor>, "
                                            + "/notes/<slug>/, /themes/<slug>/"));
                        } else {
                            diagnostics.error(new SourceRef(shown, line(element)), message, "");
                        }
                    }
                }
            }
        }
    }

    /** For a link to a page that has no such id: the page's id closest to the one asked for. */
    private Optional<String> closestAnchor(Link link, Map<Path, Scan> scans) {
        if (link.target() == null || link.fragment() == null || link.fragment().isEmpty()) {
            return Optional.empty();
        }
        Scan target = scans.get(Files.isDirectory(link.target()) ? link.target().resolve("index.html") : link.target());
        return target == null ? Optional.empty() : briefing.diag.Suggestions.closest(link.fragment(), target.ids());
    }

    /** The page's address in the site: {@code notes/x/} for {@code notes/x/index.html}. */
    private String pagePath(Path page) {
        String relative = site.relativize(page).toString().replace('\\', '/');
        return relative.endsWith("index.html") ? relative.substring(0, relative.length() - "index.html".length()) : relative;
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
}
