package briefing.ingest;

import briefing.model.Slugs;
import briefing.diag.Diagnostics;
import briefing.diag.Suggestions;
import briefing.model.Note;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.SourceRef;
import briefing.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the editors' notes, {@code content/notes/*.md}: YAML front matter ({@code title} and
 * {@code date} required; {@code author}, {@code themes}, {@code cites}, {@code summary}, {@code draft})
 * and a Markdown body. Every mistake is reported at its line and column with what would be right, and
 * every reference is checked: themes against the theme files, cites against the statements' anchors.
 */
public final class NoteReader {

    public static final List<String> FIELDS = List.of("title", "date", "author", "themes", "cites", "summary", "draft");
    private static final List<String> REQUIRED = List.of("title", "date");
    private static final Pattern CITE = Pattern.compile("([^#\\s]+)#([^#\\s]+)");

    private final ProjectPaths paths;

    public NoteReader(ProjectPaths paths) {
        this.paths = paths;
    }

    public List<Note> read(Path notesDir, List<String> themes, List<Statement> statements, Diagnostics diagnostics) {
        if (!Files.isDirectory(notesDir)) {
            return List.of();
        }
        Map<String, Statement> byId = new HashMap<>();
        statements.forEach(s -> byId.put(s.id(), s));
        Map<String, SourceRef> claimed = new HashMap<>();
        List<Note> notes = new ArrayList<>();
        for (Path file : InputFiles.in(notesDir, ".md")) {
            SourceRef ref = SourceRef.file(paths.display(file));
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".md".length());
            String slug = Slugs.of(stem);
            if (slug.isEmpty()) {
                slug = "note-" + Slugs.hash(stem);
            }
            SourceRef first = claimed.putIfAbsent(slug, ref);
            if (first != null) {
                diagnostics.error(ref, "this note and " + first + " both claim /notes/" + slug + "/",
                        "rename one of them: file names that differ only in case, spaces or accents give the same URL");
                continue;
            }
            long errorsBefore = diagnostics.errorCount();
            read(file, ref, slug, themes, byId, diagnostics)
                    .filter(note -> diagnostics.errorCount() == errorsBefore) // a note with any error is not published
                    .ifPresent(notes::add);
        }
        return notes;
    }

    private Optional<Note> read(Path file, SourceRef ref, String slug, List<String> themes, Map<String, Statement> statements,
                                Diagnostics diagnostics) {
        Optional<String> decoded = SourceText.decode(SeedReader.readBytes(file), ref, diagnostics);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String text = decoded.get();
        if (text.isBlank()) {
            diagnostics.error(ref, "the note is empty", "start it with front matter: '---', 'title: ...', 'date: YYYY-MM-DD', '---'");
            return Optional.empty();
        }
        Optional<FrontMatter> front = FrontMatter.split(text);
        if (front.isEmpty() && text.startsWith("---")) {
            diagnostics.error(ref.at(1, 1), "the front matter is never closed",
                    "end it with a line '---' after the last field, before the note's text");
            return Optional.empty();
        }
        if (front.isEmpty()) {
            diagnostics.error(ref.at(1, 1), "the note has no front matter",
                    "start it with a line '---', then 'title: ...' and 'date: YYYY-MM-DD', then a line '---'");
            return Optional.empty();
        }
        Optional<YamlMap> yaml = YamlMap.parse(front.get().yaml(), ref, front.get().yamlStartsAfterLine(), diagnostics);
        boolean bodyOk = MarkdownLimits.check(front.get().body(), ref, front.get().bodyFirstLine(), diagnostics);
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = yaml.get();
        map.checkKeys(FIELDS, REQUIRED);
        Optional<String> title = map.string("title").filter(t -> {
            if (!t.isEmpty()) {
                return true;
            }
            diagnostics.error(map.valueRefOf("title"), "the title is empty", "give the note a title");
            return false;
        });
        Optional<LocalDate> date = map.date("date");
        List<String> noteThemes = new ArrayList<>();
        for (Map.Entry<String, SourceRef> theme : map.stringsWithPlaces("themes")) {
            if (themes.contains(theme.getKey())) {
                noteThemes.add(theme.getKey());
            } else {
                diagnostics.error(theme.getValue(), "unknown theme '" + theme.getKey() + "'", Suggestions.hint(theme.getKey(), themes));
            }
        }
        List<ParagraphRef> cites = new ArrayList<>();
        for (Map.Entry<String, SourceRef> cite : map.stringsWithPlaces("cites")) {
            citation(cite.getKey(), cite.getValue(), statements, diagnostics).ifPresent(cites::add);
        }
        boolean draft = map.bool("draft").orElse(false);
        if (title.isEmpty() || date.isEmpty() || !bodyOk) {
            return Optional.empty();
        }
        return Optional.of(new Note(slug, title.get(), date.get(), map.string("author").orElse(null), noteThemes, cites,
                map.string("summary").orElse(null), draft, front.get().body(), front.get().bodyFirstLine(), ref));
    }

    private static Optional<ParagraphRef> citation(String cite, SourceRef where, Map<String, Statement> statements,
                                                   Diagnostics diagnostics) {
        Matcher m = CITE.matcher(cite);
        if (!m.matches()) {
            diagnostics.error(where, "cite '" + cite + "' is not a paragraph reference",
                    "write <statement-id>#<anchor>, e.g. 2025-08-11-seoul-joint-statement#p4");
            return Optional.empty();
        }
        Statement statement = statements.get(m.group(1));
        if (statement == null) {
            diagnostics.error(where, "cite '" + cite + "' names no statement", Suggestions.closest(m.group(1), statements.keySet())
                    .map(s -> "did you mean '" + s + "#" + m.group(2) + "'?").orElse("statement ids are listed on /statements/"));
            return Optional.empty();
        }
        if (statement.paragraph(m.group(2)).isEmpty()) {
            List<String> anchors = statement.paragraphs().stream().map(Paragraph::anchor).toList();
            diagnostics.error(where, "cite '" + cite + "': the statement has no paragraph '" + m.group(2) + "'",
                    Suggestions.closest(m.group(2), anchors).map(a -> "did you mean '" + m.group(1) + "#" + a + "'?")
                            .orElse("paragraph anchors are the #links on the statement's page"));
            return Optional.empty();
        }
        return Optional.of(new ParagraphRef(m.group(1), m.group(2)));
    }

}
