package briefing.site;

import briefing.memo.Memo;
import briefing.model.Briefing;
import briefing.model.GlossaryEntry;
import briefing.model.Note;
import briefing.model.Paragraph;
import briefing.model.Statement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    static Map<String, byte[]> files(Briefing briefing, Memo memo) {
        // One line of compact JSON (a reader downloads it; at 1,000 statements it is megabytes), made of
        // the statements' documents, remembered while the statements are unchanged, then the notes' and
        // the glossary's: a note edit does not write the paragraphs out again.
        byte[] statements = memo.of("search statements", () -> joined(statementDocs(briefing)), briefing.statements());
        byte[] glossary = memo.of("search glossary", () -> joined(glossaryDocs(briefing)), briefing.glossary());
        byte[] notes = joined(noteDocs(briefing));
        ByteArrayOutputStream json = new ByteArrayOutputStream(statements.length + glossary.length + notes.length + 64);
        json.writeBytes("{\"documents\":[".getBytes(StandardCharsets.UTF_8));
        boolean first = true;
        for (byte[] part : List.of(statements, notes, glossary)) {
            if (part.length > 0) {
                if (!first) {
                    json.write(',');
                }
                json.writeBytes(part);
                first = false;
            }
        }
        json.writeBytes("]}\n".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("data/search.json", json.toByteArray());
        files.put("js/lunr.min.js", lunr());
        return files;
    }

    private static List<Object> statementDocs(Briefing briefing) {
        List<Object> docs = new ArrayList<>();
        for (Statement s : briefing.statements()) {
            for (Paragraph p : s.paragraphs()) {
                docs.add(Views.of()
                        .put("id", Urls.paragraph(s, p))
                        .put("title", s.title())
                        .put("where", Dates.display(s.date()) + (p.number() != null ? ", paragraph " + p.number() : ""))
                        .put("text", (p.speaker() == null ? "" : p.speaker() + ": ") + p.text())
                        .map());
            }
        }
        return docs;
    }

    private static List<Object> noteDocs(Briefing briefing) {
        List<Object> docs = new ArrayList<>();
        for (Note n : briefing.notes()) {
            docs.add(Views.of().put("id", Urls.note(n)).put("title", n.title())
                    .put("where", "note, " + Dates.display(n.date()))
                    .put("text", (n.summary() == null ? "" : n.summary() + " ") + MarkdownText.plain(n.markdown())).map());
        }
        return docs;
    }

    private static List<Object> glossaryDocs(Briefing briefing) {
        List<Object> docs = new ArrayList<>();
        for (GlossaryEntry e : briefing.glossary()) {
            docs.add(Views.of().put("id", GlossaryViews.path(e)).put("title", e.term())
                    .put("where", "glossary")
                    .put("text", String.join(" · ", e.names()) + (e.definition() == null ? "" : ": " + e.definition())).map());
        }
        return docs;
    }

    /** Documents as compact JSON objects separated by commas (no brackets), UTF-8. */
    private static byte[] joined(List<Object> docs) {
        StringBuilder out = new StringBuilder();
        for (Object doc : docs) {
            out.append(out.length() == 0 ? "" : ",").append(Json.compact(doc));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
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
