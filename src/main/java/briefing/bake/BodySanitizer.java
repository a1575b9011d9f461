package briefing.bake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Makes the HTML that JBake's Markdown engine renders from editors' files safe to publish: jsoup's
 * relaxed safelist keeps prose, links, images, lists, tables and footnotes and drops everything else
 * (raw HTML tags, event handlers, styles); links keep only http(s), mailto and relative targets, so
 * {@code javascript:} in any spelling or encoding is gone. Ids from the Markdown are prefixed
 * ({@code md-}) so a heading called "main" cannot collide with the page's own ids.
 */
final class BodySanitizer {

    private static final String BASE = "https://briefing.invalid/";
    private static final String ID_PREFIX = "md-";
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("hr")
            .addAttributes(":all", "id")
            .addAttributes("a", "title")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private BodySanitizer() {
    }

    static String clean(String html) {
        String cleaned = Jsoup.clean(html, BASE, SAFELIST, new Document.OutputSettings().prettyPrint(false));
        Document doc = Jsoup.parseBodyFragment(cleaned, BASE);
        doc.outputSettings().prettyPrint(false);
        for (Element element : doc.body().select("[id]")) {
            if (!element.id().startsWith(ID_PREFIX)) { // idempotent: cleaning twice changes nothing
                element.attr("id", ID_PREFIX + element.id());
            }
        }
        // Flexmark's heading anchors are empty links inside the heading: give the id to the heading itself.
        for (Element anchor : doc.body().select("h1 > a[id], h2 > a[id], h3 > a[id], h4 > a[id], h5 > a[id], h6 > a[id]")) {
            if (anchor.text().isEmpty() && anchor.children().isEmpty()) {
                anchor.parent().id(anchor.id());
                anchor.remove();
            }
        }
        for (Element link : doc.body().select("a[href^=#]")) {
            String target = link.attr("href").substring(1);
            link.attr("href", "#" + (target.startsWith(ID_PREFIX) ? target : ID_PREFIX + target));
        }
        for (Element link : doc.body().select("a[href^=http]")) {
            link.attr("rel", "noopener external");
        }
        return doc.body().html();
    }
}
