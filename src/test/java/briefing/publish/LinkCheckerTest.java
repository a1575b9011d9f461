package briefing.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small baked sites on disk, checked once, and checked again after edits with the cache a warm preview keeps. */
class LinkCheckerTest {

    @TempDir
    Path site;

    private void page(String path, String body) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html>\n<html><body>\n" + body + "\n</body></html>\n");
        // A new modification time even within the file system's clock tick, as a later bake would give.
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + Files.size(file) * 1000));
    }

    private List<String> check(LinkChecker.Cache cache) {
        Diagnostics diagnostics = new Diagnostics();
        new LinkChecker(site, "site-output", cache, LinkChecker.Origins.NONE).check(diagnostics);
        return diagnostics.all().stream().map(Diagnostic::format).map(s -> s.lines().findFirst().orElseThrow()).toList();
    }

    @Test
    void everyWrongLinkIsNamedWithItsPageAndLine() throws IOException {
        page("index.html", """
                <a href="a/">fine</a>
                <a href="a/#here">fine anchor</a>
                <a href="missing/">missing</a>
                <a href="a/#nowhere">missing anchor</a>
                <a href="../../etc/passwd">outside</a>
                <a href="https://example.org/x">external</a>
                <p id="twice">one</p><p id="twice">two</p>""");
        page("a/index.html", "<p id=\"here\">here</p><a href=\"../\">home</a>");
        assertEquals(List.of(
                "site-output/index.html:5: error: broken link 'missing/': site-output/missing does not exist",
                "site-output/index.html:6: error: broken anchor 'a/#nowhere': no id 'nowhere' on site-output/a/index.html",
                "site-output/index.html:7: error: link '../../etc/passwd' leads outside the site",
                "site-output/index.html:9: error: id 'twice' is used twice on the page"), check(new LinkChecker.Cache()));
    }

    @Test
    void aWarmCheckFindsWhatAnEditBrokeInPagesItDidNotTouch() throws IOException {
        LinkChecker.Cache cache = new LinkChecker.Cache();
        page("index.html", "<a href=\"a/#here\">a</a> <a href=\"b/\">b</a>");
        page("a/index.html", "<p id=\"here\">here</p>");
        page("b/index.html", "<p>b</p>");
        assertEquals(List.of(), check(cache));
        assertEquals(List.of(), check(cache), "nothing changed");

        page("a/index.html", "<p id=\"gone\">the id the home page links to is renamed</p>");
        assertEquals(List.of("site-output/index.html:3: error: broken anchor 'a/#here': no id 'here' on site-output/a/index.html"),
                check(cache));
        page("a/index.html", "<p id=\"here\">back</p>");
        assertEquals(List.of(), check(cache));

        Files.delete(site.resolve("b/index.html"));
        Files.delete(site.resolve("b"));
        assertEquals(List.of("site-output/index.html:3: error: broken link 'b/': site-output/b does not exist"),
                check(cache));
        page("b/index.html", "<p>b again</p>");
        assertEquals(List.of(), check(cache));

        page("b/index.html", "<a href=\"../c/\">c</a>");
        assertEquals(List.of("site-output/b/index.html:3: error: broken link '../c/': site-output/c does not exist"),
                check(cache), "a changed page's own links are resolved again");
    }
}
