package briefing.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.diag.BuildFailure;
import briefing.diag.Diagnostic;
import briefing.model.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real JBake bakes of tiny staging trees written here (the format of {@code briefing.site.StagingWriter}):
 * each page rendered by its type's template from its prepared model, escaped; failures reported as
 * diagnostics that name the template and line.
 */
class JBakeBakerTest {

    private static final Map<String, Object> SITE = Map.of("title", "Test <Briefing>");

    @TempDir
    Path dir;

    /** One staged page: its path in the site, type, extension, body and prepared model. */
    private record Staged(String path, String type, String extension, String body, Map<String, Object> model) {
    }

    private Path staging() {
        return dir.resolve("staging");
    }

    private Path templates() {
        return dir.resolve("templates");
    }

    private Path output() {
        return dir.resolve("output");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void template(String name, String text) {
        write(templates().resolve(name), text);
    }

    /** Writes the staging tree (content files with JBake's header, one asset) and makes the request. */
    private JBakeBaker.Request stage(List<Staged> pages) {
        Map<String, Object> models = new LinkedHashMap<>();
        Set<String> types = new TreeSet<>();
        List<String> outputs = new ArrayList<>();
        for (Staged page : pages) {
            write(staging().resolve("content").resolve(page.path() + "index." + page.extension()),
                    "title=" + page.model().getOrDefault("title", page.path()) + "\n"
                            + "type=" + page.type() + "\n"
                            + "status=published\n"
                            + "date=2025-08-11\n"
                            + "pagekey=" + page.path() + "\n"
                            + "~~~~~~\n"
                            + page.body());
            models.put(page.path(), page.model());
            types.add(page.type());
            outputs.add(page.path() + "index.html");
        }
        write(staging().resolve("assets/css/site.css"), "body { margin: 0; }\n");
        try {
            Files.createDirectories(staging().resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new JBakeBaker.Request(staging(), templates(), output(), models, SITE, types, outputs, "templates", null, null);
    }

    private static List<Staged> items(int count) {
        List<Staged> pages = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            pages.add(new Staged("items/" + n + "/", "item", "html", "",
                    Map.of("title", "Item " + n, "n", n, "text", "US$" + n + " billion <b>& more</b>",
                            "tags", List.of("a" + n, "b" + n))));
        }
        return pages;
    }

    private static String expectedItem(int n) {
        return "<!doctype html>\n<title>Item " + n + " | Test &lt;Briefing&gt;</title>\n<p id=\"n\">" + n + "</p>\n"
                + "<p>US$" + n + " billion &lt;b&gt;&amp; more&lt;/b&gt;</p>\n<ul><li>a" + n + "</li><li>b" + n + "</li></ul>\n";
    }

    private static final String ITEM_TEMPLATE = """
            <!doctype html>
            <title>${page.title} | ${site.title}</title>
            <p id="n">${page.n}</p>
            <p>${page.text}</p>
            <ul><#list page.tags as tag><li>${tag}</li></#list></ul>
            """;

    private String read(String file) throws IOException {
        return Files.readString(output().resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void manyPagesRenderedOnEveryCoreAreEachTheirOwnModelsEscapedBytes() throws IOException {
        template("item.ftlh", ITEM_TEMPLATE);
        template("note.ftlh", "<main>${content.body?no_esc}</main>\n");
        List<Staged> pages = new ArrayList<>(items(40));
        pages.add(new Staged("notes/on-trade/", "note", "md",
                "# On trade\n\nTrade *grew*.<script>alert(1)</script>\n\n[more](#on-trade)\n", Map.of("title", "On trade")));

        JBakeBaker.bake(stage(pages));

        for (int n = 1; n <= 40; n++) {
            assertEquals(expectedItem(n), read("items/" + n + "/index.html"), "page " + n);
        }
        String note = read("notes/on-trade/index.html");
        assertTrue(note.startsWith("<main>") && note.endsWith("</main>\n"), note);
        assertTrue(note.contains("<em>grew</em>"), "the Markdown body is rendered: " + note);
        assertFalse(note.contains("<script"), "raw HTML in an editor's Markdown is dropped: " + note);
        assertTrue(note.contains("id=\"md-on-trade\"") && note.contains("href=\"#md-on-trade\""),
                "Markdown ids and links to them are prefixed together: " + note);
        assertEquals("body { margin: 0; }\n", read("css/site.css"), "assets are copied");
        try (Stream<Path> files = Files.walk(output())) {
            assertEquals(42, files.filter(Files::isRegularFile).count(), "the pages and the asset, nothing of JBake's own");
        }
    }

    @Test
    void aTemplateErrorFailsTheBakeNamingTheTemplateLineAndThePagesItBroke() {
        template("item.ftlh", ITEM_TEMPLATE);
        template("broken.ftlh", "<!doctype html>\n<title>${page.title}</title>\n<p>${page.missing.value}</p>\n");
        List<Staged> pages = new ArrayList<>(items(3));
        for (int n = 1; n <= 5; n++) {
            pages.add(new Staged("broken/" + n + "/", "broken", "html", "", Map.of("title", "Broken " + n)));
        }

        BuildFailure failure = assertThrows(BuildFailure.class, () -> JBakeBaker.bake(stage(pages)));

        assertEquals("bake", failure.stage());
        List<Diagnostic> errors = failure.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), "one error per failing template position, not one per page: " + failure.diagnostics());
        Diagnostic error = errors.get(0);
        assertEquals(new SourceRef("templates/broken.ftlh", 3, 6), error.source());
        assertTrue(error.message().contains("page.missing"), error.message());
        assertFalse(error.message().contains("[in template"), "the position is in the source, not repeated in the message");
        assertEquals("while rendering /broken/1/, /broken/2/, /broken/3/ and 2 more", error.hint());
        assertTrue(error.format().startsWith("templates/broken.ftlh:3:6: error: "), error.format());
    }

    @Test
    void aTemplateSyntaxErrorIsAtItsLineAndColumnInFreemarkersWords() {
        template("item.ftlh", ITEM_TEMPLATE);
        template("broken.ftlh", "<!doctype html>\n<title>${page.title}</title>\n<p><#if >x</#if></p>\n");
        List<Staged> pages = new ArrayList<>(items(1));
        pages.add(new Staged("broken/1/", "broken", "html", "", Map.of("title", "Broken")));

        BuildFailure failure = assertThrows(BuildFailure.class, () -> JBakeBaker.bake(stage(pages)));

        List<Diagnostic> errors = failure.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), failure.diagnostics().toString());
        assertEquals(new SourceRef("templates/broken.ftlh", 3, 9), errors.get(0).source());
        assertTrue(errors.get(0).message().startsWith("syntax error: Encountered \">\""), errors.get(0).message());
        assertEquals("while rendering /broken/1/", errors.get(0).hint());
    }

    @Test
    void aMissingTemplateIsReportedBeforeAnythingIsBaked() {
        template("item.ftlh", ITEM_TEMPLATE);
        List<Staged> pages = new ArrayList<>(items(2));
        pages.add(new Staged("ghost/", "ghost", "html", "", Map.of("title", "Ghost")));
        pages.add(new Staged("phantom/", "phantom", "html", "", Map.of("title", "Phantom")));

        BuildFailure failure = assertThrows(BuildFailure.class, () -> JBakeBaker.bake(stage(pages)));

        assertEquals(List.of("templates/ghost.ftlh: error: missing template for page type 'ghost'" + System.lineSeparator()
                        + "  hint: create ghost.ftlh",
                "templates/phantom.ftlh: error: missing template for page type 'phantom'" + System.lineSeparator()
                        + "  hint: create phantom.ftlh"),
                failure.diagnostics().stream().map(Diagnostic::format).toList());
        assertFalse(Files.exists(output().resolve("items/1/index.html")), "nothing is baked");
    }

    @Test
    void aTemplateThatWouldNotEscapeHtmlIsRefused() {
        template("item.ftlh", ITEM_TEMPLATE);
        template("legacy.ftl", "${page.title}");

        BuildFailure failure = assertThrows(BuildFailure.class, () -> JBakeBaker.bake(stage(items(1))));

        Diagnostic error = failure.diagnostics().get(0);
        assertEquals(SourceRef.file("templates/legacy.ftl"), error.source());
        assertEquals("template 'legacy.ftl' would render without HTML escaping", error.message());
        assertEquals("rename it to legacy.ftlh: .ftlh templates escape every ${...} by default", error.hint());
    }

    @Test
    void aMissingTemplatesFolderIsReported() {
        BuildFailure failure = assertThrows(BuildFailure.class, () -> JBakeBaker.bake(stage(items(1))));

        assertEquals("templates: error: the templates folder does not exist", failure.diagnostics().get(0).format());
    }
}
