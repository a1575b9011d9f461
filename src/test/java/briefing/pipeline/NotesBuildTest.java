package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editors' notes in real bakes: where they show, what they may contain, and what can never get through. */
class NotesBuildTest {

    private static final String NOTE = """
            ---
            title: Trade, restated
            date: 2025-09-01
            author: Editors
            themes: [economy]
            cites: [2025-08-11-seoul-joint-statement#p4]
            summary: The target again.
            ---
            ## Why it matters

            A table:

            | a | b |
            | --- | --- |
            | 1 | 2 |

            A footnote.[^1] An autolink: https://example.org/x

            [^1]: The note.
            """;

    @TempDir
    Path dir;

    @Test
    void aNoteCitingAParagraphAppearsOnItsPageItsThemeAndBesideTheParagraph() {
        TestProject p = TestProject.copyOfRepo(dir);
        p.write("content/notes/trade-restated.md", NOTE);

        TestProject.Run run = p.run("build");

        assertEquals(0, run.exitCode(), run.toString());
        Document note = SiteFiles.page(p.output(), "notes/trade-restated/index.html");
        assertEquals("Trade, restated", note.selectFirst("h1").text());
        assertTrue(note.selectFirst(".note-cites a[href=../../statements/2025-08-11-seoul-joint-statement/#p4]") != null,
                "the note links back to the paragraph it cites");
        assertTrue(note.selectFirst(".note-body table td") != null, "tables");
        assertTrue(note.selectFirst(".note-body sup a[href^=#md-fn]") != null, "footnotes");
        assertTrue(note.selectFirst(".note-body a[href=https://example.org/x]") != null, "autolinks");
        assertEquals("md-why-it-matters", note.selectFirst(".note-body h2").id(), "heading anchors");

        assertTrue(SiteFiles.page(p.output(), "notes/index.html").selectFirst("a[href=../notes/trade-restated/]") != null);
        Document economy = SiteFiles.page(p.output(), "themes/economy/index.html");
        assertTrue(economy.selectFirst(".theme-notes a[href=../../notes/trade-restated/]") != null, "on the theme it names");
        Element excerpt = economy.selectFirst("a.ref[href=../../statements/2025-08-11-seoul-joint-statement/#p4]").closest(".excerpt");
        assertTrue(excerpt.selectFirst(".para-notes a[href=../../notes/trade-restated/]") != null, "beside the paragraph on the theme page");
        Document statement = SiteFiles.page(p.output(), "statements/2025-08-11-seoul-joint-statement/index.html");
        assertTrue(statement.getElementById("p4").selectFirst(".para-notes a[href=../../notes/trade-restated/]") != null,
                "beside the paragraph on the statement page");
    }

    @Test
    void draftsStayOutOfTheBuild() {
        TestProject p = TestProject.copyOfRepo(dir);
        p.write("content/notes/unfinished.md", "---\ntitle: Unfinished\ndate: 2025-09-01\ndraft: true\n---\nNot yet.\n");

        assertEquals(0, p.run("build").exitCode());

        assertFalse(Files.exists(p.output().resolve("notes/unfinished")));
    }

    @Test
    void aFileNameWithSpacesAndAccentsGetsAWorkingUrl() throws IOException {
        TestProject p = TestProject.copyOfRepo(dir);
        p.write("content/notes/my note é.md", "\uFEFF---\r\ntitle: Accents\r\ndate: 2025-09-01\r\n---\r\nBody.\r\n");

        TestProject.Run run = p.run("build");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(Files.isRegularFile(p.output().resolve("notes/my-note-e/index.html")));
    }

    @Test
    void hostileNotesPublishNoScriptNoHandlerAndNoScriptLink() throws IOException {
        TestProject p = TestProject.copyOfRepo(dir);
        p.addResource("hostile/raw-html.md", "content/notes/raw-html.md");
        p.addResource("hostile/links.md", "content/notes/links.md");

        TestProject.Run run = p.run("build");

        assertEquals(0, run.exitCode(), run.toString());
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(p.output())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = SiteFiles.page(p.output(), p.output().relativize(file).toString());
                for (Element e : page.getAllElements()) {
                    // The site's own: three scripts of ours, JSON-LD, and the search forms.
                    boolean ourScript = e.tagName().equals("script") && (e.data().isEmpty()
                            && (e.attr("src").endsWith("js/cite.js") || e.attr("src").endsWith("js/lunr.min.js") || e.attr("src").endsWith("js/search.js"))
                            || e.attr("type").equals("application/ld+json") && !e.data().contains("<"));
                    boolean ourForm = e.tagName().equals("form") && e.attr("role").equals("search") && e.closest(".note-body") == null;
                    if (!ourScript && !ourForm && List.of("script", "iframe", "object", "embed", "base", "form", "style", "math", "svg").contains(e.tagName())
                            || e.tagName().equals("meta") && e.hasAttr("http-equiv")) {
                        findings.add(file + ": <" + e.tagName() + ">");
                    }
                    for (Attribute a : e.attributes()) {
                        String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                        if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on") || a.getKey().equals("style")
                                || value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                            findings.add(file + ": " + a);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), findings);
        Document links = SiteFiles.page(p.output(), "notes/links/index.html");
        List<String> hrefs = links.select(".note-body a[href]").eachAttr("href");
        assertTrue(hrefs.contains("https://example.org/report"), hrefs.toString());
        assertTrue(hrefs.contains("../../themes/economy/"), hrefs.toString());
        assertTrue(hrefs.contains("mailto:editors@example.org"), hrefs.toString());
        assertTrue(links.selectFirst(".note-body [id=md-main]") != null, "a heading called main cannot take the page's #main");
        Document raw = SiteFiles.page(p.output(), "notes/raw-html/index.html");
        assertEquals("<script>alert('title')</script>", raw.selectFirst("h1").text(), "front matter is text, escaped");
    }

    @Test
    void namesFromContentCannotLeadOutsideTheSite() throws IOException {
        TestProject p = TestProject.copyOfRepo(dir);
        p.addResource("hostile/traversal.md", "content/notes/traversal.md");
        Map<String, String> tmpBefore = SiteFiles.digests(dir);

        TestProject.Run run = p.run("build");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/notes/traversal.md:4:10: error: unknown theme '../../../../tmp/x'"), run.err());
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(tmpBefore.size(), files.filter(Files::isRegularFile).count(), "nothing written anywhere");
        }
    }
}
