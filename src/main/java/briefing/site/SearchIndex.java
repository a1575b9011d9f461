package briefing.site;

import briefing.model.Briefing;
import briefing.model.GlossaryEntry;
import briefing.model.Note;
import briefing.model.Paragraph;
import briefing.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the search page needs, with no server: {@code data/search.json}, the documents to index (every
 * paragraph, note and glossary entry, with the URL a result leads to), and Lunr itself
 * ({@code js/lunr.min.js}, from its WebJar), which builds the index in the reader's browser.
 */
final class SearchIndex {

    static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

    private SearchIndex() {
    }

    static Map<String, byte[]> files(Briefing briefing) {
        List<Object> docs = new ArrayList<>();
        for (Statement s : briefing.statements()) {
            for (Paragraph p : s.paragraphs()) {
                docs.add(Views.of()
                        .put("id", SiteModel.paragraphPath(s, p))
                        .put("title", s.title())
                        .put("where", Dates.display(s.date()) + (p.number() != null ? ", paragraph " + p.number() : ""))
                        .put("text", (p.speaker() == null ? "" : p.speaker() + ": ") + p.text())
                        .map());
            }
        }
        for (Note n : briefing.notes()) {
            docs.add(Views.of().put("id", SiteModel.notePath(n)).put("title", n.title())
                    .put("where", "note, " + Dates.display(n.date()))
                    .put("text", n.summary() == null ? n.markdown() : n.summary() + " " + n.markdown()).map());
        }
        for (GlossaryEntry e : briefing.glossary()) {
            docs.add(Views.of().put("id", GlossaryViews.path(e)).put("title", e.term())
                    .put("where", "glossary")
                    .put("text", String.join(" ", e.names()) + (e.definition() == null ? "" : " " + e.definition())).map());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("data/search.json", Json.bytes(Views.of().put("documents", docs).map()));
        files.put("js/lunr.min.js", lunr());
        return files;
    }

    private static byte[] lunr() {
        try (InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(LUNR)) {
            if (in == null) {
                throw new IllegalStateException("lunr is missing from the classpath: " + LUNR);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LUNR, e);
        }
    }
}
