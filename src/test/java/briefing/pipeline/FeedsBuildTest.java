package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Feeds, sitemap, robots.txt and page metadata, in real bakes. */
class FeedsBuildTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path dir;

    private static List<Path> feeds(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.getFileName().toString().equals("feed.xml")).sorted().toList();
        }
    }

    /** The RFC 4287 musts: feed and entries each with one id, title and updated; links that resolve. */
    private static List<String> atomProblems(Path site, Path feed) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(feed.toFile());
        List<String> problems = new ArrayList<>();
        Element root = xml.getDocumentElement();
        if (!ATOM.equals(root.getNamespaceURI()) || !root.getLocalName().equals("feed")) {
            problems.add(feed + ": not an Atom feed");
        }
        checkOne(root, "feed", problems);
        if (root.getElementsByTagNameNS(ATOM, "author").getLength() == 0) {
            problems.add("feed without author");
        }
        Set<String> ids = new HashSet<>();
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            checkOne(entry, "entry " + i, problems);
            if (!ids.add(entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent())) {
                problems.add("entry id repeated");
            }
            NodeList links = entry.getElementsByTagNameNS(ATOM, "link");
            for (int l = 0; l < links.getLength(); l++) {
                String href = ((Element) links.item(l)).getAttribute("href");
                String[] pathAndFragment = href.split("#", 2);
                Path target = feed.getParent().resolve(pathAndFragment[0]).normalize();
                if (!Files.isRegularFile(target.resolve("index.html"))) {
                    problems.add(site.relativize(feed) + ": link " + href + " does not resolve");
                } else if (pathAndFragment.length == 2
                        && !Files.readString(target.resolve("index.html")).contains("id=\"" + pathAndFragment[1] + "\"")) {
                    problems.add(site.relativize(feed) + ": link " + href + " names no place on its page");
                }
            }
        }
        return problems;
    }

    private static void checkOne(Element parent, String what, List<String> problems) {
        for (String name : List.of("id", "title", "updated")) {
            int count = 0;
            NodeList children = parent.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                    count++;
                    if (name.equals("updated") && !e.getTextContent().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")) {
                        problems.add(what + ": updated is not an RFC 3339 date");
                    }
                }
            }
            if (count != 1) {
                problems.add(what + " has " + count + " <" + name + ">");
            }
        }
    }

    @Test
    void everyFeedIsAtomWithResolvingLinksAndThereIsOnePerTheme() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        assertEquals(0, p.run("build").exitCode());

        List<Path> feeds = feeds(p.output());
        assertEquals(9, feeds.size(), "the site's, one per theme and the commitments' changes of status: " + feeds);
        for (Path feed : feeds) {
            assertEquals(List.of(), atomProblems(p.output(), feed));
        }
        String economy = Files.readString(p.output().resolve("themes/economy/feed.xml"));
        assertTrue(economy.contains("<id>tag:briefing,2025:statements/2025-08-11-seoul-joint-statement</id>"));
        assertTrue(economy.contains("<id>tag:briefing,2025:notes/the-2030-trade-target</id>"), "notes naming the theme");
        assertEquals("User-agent: *\nAllow: /\n", p.read("site-output/robots.txt"));
        assertFalse(Files.exists(p.output().resolve("sitemap.xml")), "a sitemap needs the site's address");
    }

    @Test
    void withABaseUrlFeedsSitemapCanonicalAndOpenGraphAreAbsolute() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        assertEquals(0, p.run("build", "--base-url", "https://example.org/briefing/").exitCode());

        String sitemap = p.read("site-output/sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://example.org/briefing/statements/2025-08-11-seoul-joint-statement/</loc>"));
        assertTrue(p.read("site-output/robots.txt").contains("Sitemap: https://example.org/briefing/sitemap.xml"));
        assertTrue(p.read("site-output/feed.xml").contains("href=\"https://example.org/briefing/notes/the-2030-trade-target/\""));
        Document page = SiteFiles.page(p.output(), "statements/2025-08-11-seoul-joint-statement/index.html");
        assertEquals("https://example.org/briefing/statements/2025-08-11-seoul-joint-statement/",
                page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("article", page.selectFirst("meta[property=og:type]").attr("content"));
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Article", ld.get("@type").asText());
        assertEquals("2025-08-11", ld.get("datePublished").asText());
        assertEquals("Seoul", ld.get("locationCreated").get("name").asText());
        assertEquals("https://example.org/briefing/statements/2025-08-11-seoul-joint-statement/", ld.get("url").asText());
    }
}
