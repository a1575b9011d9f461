package briefing.site;

import briefing.memo.Memo;
import briefing.model.Briefing;
import briefing.model.Note;
import briefing.model.SiteSettings;
import briefing.model.Statement;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The machine-readable side of the site: Atom feeds of statements and notes (one for the site, one per
 * theme), {@code sitemap.xml} and {@code robots.txt}. Dates only, no build time, so the same inputs
 * give the same bytes. With no base URL set, feed links are relative and no sitemap is written (a
 * sitemap needs absolute URLs).
 */
final class Feeds {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private record Entry(String id, String title, LocalDate date, String path, String summary, String kind) {
    }

    private final Briefing briefing;
    private final SiteSettings settings;
    private final Memo memo;

    Feeds(Briefing briefing, SiteSettings settings, Memo memo) {
        this.briefing = briefing;
        this.settings = settings;
        this.memo = memo;
    }

    /** Path in the site → bytes, for every feed, the sitemap and robots.txt. */
    Map<String, byte[]> files(List<String> pagePaths) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("feed.xml", atom("", settings.title(), entries(s -> true, n -> true)));
        Map<String, Set<String>> onTheme = memo.of("statement ids by theme", this::statementIdsByTheme,
                briefing.statements(), briefing.themesByParagraph());
        for (var theme : briefing.themes()) {
            String slug = theme.slug();
            Set<String> ids = onTheme.getOrDefault(slug, Set.of());
            files.put(Urls.theme(slug) + "feed.xml", atom(Urls.theme(slug), settings.title() + ": " + theme.title(),
                    entries(st -> ids.contains(st.id()), n -> n.themes().contains(slug))));
        }
        if (!settings.baseUrl().isEmpty()) {
            files.put("sitemap.xml", sitemap(pagePaths));
        }
        String robots = "User-agent: *\nAllow: /\n" + (settings.baseUrl().isEmpty() ? "" : "Sitemap: " + settings.baseUrl() + "sitemap.xml\n");
        files.put("robots.txt", robots.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** The ids of the statements with a paragraph on each theme, by theme slug. */
    private Map<String, Set<String>> statementIdsByTheme() {
        Map<String, Set<String>> out = new HashMap<>();
        for (Statement s : briefing.statements()) {
            for (var paragraph : s.paragraphs()) {
                briefing.themesOf(s, paragraph).forEach(m -> out.computeIfAbsent(m.theme(), k -> new HashSet<>()).add(s.id()));
            }
        }
        return out;
    }

    private List<Entry> entries(Predicate<Statement> statements, Predicate<Note> notes) {
        List<Entry> entries = new ArrayList<>();
        for (Statement s : briefing.statements()) {
            if (s.date() != null && statements.test(s)) {
                entries.add(new Entry(Urls.STATEMENTS + s.id(), s.title(), s.date(), Urls.statement(s),
                        s.kind() + (s.place() == null ? "" : ", " + s.place()) + ": " + s.paragraphs().size() + " paragraphs.", "statement"));
            }
        }
        for (Note n : briefing.notes()) {
            if (notes.test(n)) {
                entries.add(new Entry(Urls.NOTES + n.slug(), n.title(), n.date(), Urls.note(n),
                        n.summary() == null ? "An editor's note." : n.summary(), "note"));
            }
        }
        entries.sort(Comparator.comparing(Entry::date).reversed().thenComparing(Entry::id));
        return entries.size() > 50 ? entries.subList(0, 50) : entries;
    }

    private byte[] atom(String selfPath, String title, List<Entry> entries) {
        return document("feed", ATOM, xml -> {
            element(xml, "title", title);
            element(xml, "id", tag(selfPath + "feed.xml"));
            LocalDate updated = entries.isEmpty() ? LocalDate.of(2000, 1, 1) : entries.get(0).date();
            element(xml, "updated", updated + "T00:00:00Z");
            link(xml, "self", url(selfPath, selfPath + "feed.xml"), "application/atom+xml");
            link(xml, "alternate", url(selfPath, selfPath), "text/html");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("author");
            element(xml, "name", settings.title());
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("entry");
                element(xml, "title", entry.title());
                element(xml, "id", tag(entry.id()));
                element(xml, "updated", entry.date() + "T00:00:00Z");
                element(xml, "published", entry.date() + "T00:00:00Z");
                link(xml, "alternate", url(selfPath, entry.path()), "text/html");
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", entry.kind());
                element(xml, "summary", entry.summary());
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
        });
    }

    private byte[] sitemap(List<String> pagePaths) {
        return document("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9", xml -> {
            for (String path : pagePaths.stream().sorted().toList()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(settings.baseUrl() + path);
                xml.writeEndElement();
                xml.writeEndElement();
            }
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** An XML document: declaration, one root element in its namespace, the body, a final newline. */
    private static byte[] document(String root, String namespace, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(namespace);
            body.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The feed of commitments' changes of status (restated, judged, overdue), newest 50 first. */
    byte[] commitments(List<CommitmentViews.StatusChange> changes) {
        List<Entry> entries = changes.stream().limit(50)
                .map(c -> new Entry(c.id(), c.title(), c.date(), c.path(), c.summary(), "commitment")).toList();
        return atom(Urls.COMMITMENTS, settings.title() + ": commitments, changes of status", entries);
    }

    /** A stable Atom id that does not depend on where the site is hosted. */
    private String tag(String path) {
        return "tag:briefing," + "2025:" + path;
    }

    /** Absolute with a base URL; otherwise relative to the feed's own folder. */
    private String url(String feedFolder, String path) {
        if (!settings.baseUrl().isEmpty()) {
            return settings.baseUrl() + path;
        }
        String up = "../".repeat((int) feedFolder.chars().filter(c -> c == '/').count());
        String relative = up + path;
        return relative.isEmpty() ? "./" : relative;
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
