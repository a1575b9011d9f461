package briefing.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XML and JSON a build wrote parse before anything is published; one that does not is an internal error. */
class WellFormedTest {

    private static final String HINT = "\n  hint: this is a bug in briefing or a template, not in the input; please report it";

    @TempDir
    Path site;

    private List<String> check() {
        Diagnostics diagnostics = new Diagnostics();
        new WellFormed(site, "site-output").checkAll(diagnostics);
        return diagnostics.all().stream().map(Diagnostic::format).map(s -> s.replace(System.lineSeparator(), "\n")).toList();
    }

    @Test
    void wellFormedXmlAndJsonPass() throws IOException {
        Files.writeString(site.resolve("feed.xml"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>a &amp; b</title></feed>\n");
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("data/x.json"), "{\"a\": [1, \"\\u0001\"]}\n");
        Files.writeString(site.resolve("index.html"), "<p>not checked here <b></p>");

        assertEquals(List.of(), check());
    }

    @Test
    void aControlCharacterInAFeedOrABrokenDataFileIsAnInternalErrorAtItsLine() throws IOException {
        Files.writeString(site.resolve("feed.xml"), "<?xml version=\"1.0\"?>\n<feed><title>a\u0001b</title></feed>\n");
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("data/x.json"), "{\n  \"a\": [1, 2}\n");
        Files.writeString(site.resolve("data/two.json"), "{} {}\n");

        assertEquals(List.of(
                "site-output/data/two.json:1:4: error: internal error: not well-formed JSON: more than one value" + HINT,
                "site-output/data/x.json:2:13: error: internal error: not well-formed JSON: Unexpected close marker '}': expected ']'" + HINT,
                "site-output/feed.xml:2:15: error: internal error: not well-formed XML: An invalid XML character (Unicode: 0x1) was"
                        + " found in the element content of the document." + HINT), check());
    }

    @Test
    void aDocumentTypeIsRefusedNotRead() throws IOException {
        Files.writeString(site.resolve("sitemap.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n");

        assertEquals(List.of("site-output/sitemap.xml:2:10: error: internal error: not well-formed XML: DOCTYPE is disallowed when the"
                + " feature \"http://apache.org/xml/features/disallow-doctype-decl\" set to true." + HINT), check());
    }
}
