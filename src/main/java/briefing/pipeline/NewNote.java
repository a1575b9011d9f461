package briefing.pipeline;

import briefing.diag.Diagnostics;
import briefing.diag.Suggestions;
import briefing.ingest.ProjectPaths;
import briefing.ingest.SeedReader;
import briefing.ingest.ThemeReader;
import briefing.model.Paragraph;
import briefing.model.Statement;
import briefing.model.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scaffolds a note an editor can start from: {@code content/notes/<slug>.md} with valid front matter
 * (the themes and cited paragraphs checked to exist) and a body to replace. Never overwrites a file.
 */
public final class NewNote {

    private final BuildOptions options;

    public NewNote(BuildOptions options) {
        this.options = options;
    }

    /** Writes the note and returns its path; problems go to {@code diagnostics} and nothing is written. */
    public Optional<Path> write(String title, List<String> themes, List<String> cites, String author, LocalDate date,
                                Diagnostics diagnostics) {
        ProjectPaths paths = new ProjectPaths(options.root());
        SourceRef args = SourceRef.file("command line");
        if (title.isBlank()) {
            diagnostics.error(args, "the note needs a title", "briefing new note \"The title\"");
        }
        List<String> known = new ThemeReader(paths).slugsPresent(options.content().resolve("themes"));
        for (String theme : themes) {
            if (!known.contains(theme)) {
                diagnostics.error(args, "unknown theme '" + theme + "'", Suggestions.hint(theme, known));
            }
        }
        if (!cites.isEmpty()) {
            Diagnostics seedProblems = new Diagnostics();
            List<Statement> statements = new SeedReader(paths).read(options.seeds(), seedProblems);
            for (String cite : cites) {
                checkCite(cite, statements, args, diagnostics);
            }
        }
        String slug = slug(title);
        Path file = options.content().resolve("notes").resolve(slug + ".md");
        if (Files.exists(file)) {
            diagnostics.error(SourceRef.file(paths.display(file)), "a note with this name exists already",
                    "choose another title, or edit the existing note");
        }
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("---\n")
                .append("title: ").append(quoted(title)).append('\n')
                .append("date: ").append(date).append('\n');
        if (author != null) {
            text.append("author: ").append(quoted(author)).append('\n');
        }
        if (!themes.isEmpty()) {
            text.append("themes: [").append(String.join(", ", themes)).append("]\n");
        }
        if (!cites.isEmpty()) {
            text.append("cites:\n");
            cites.forEach(c -> text.append("  - ").append(c).append('\n'));
        }
        text.append("summary: ").append(quoted("One sentence for lists and link previews.")).append('\n')
                .append("draft: true\n")
                .append("---\n")
                .append("Write the note here, in Markdown. Set `draft: false` when it is ready to publish;\n")
                .append("drafts show only in `briefing serve`.\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return Optional.of(file);
    }

    private static void checkCite(String cite, List<Statement> statements, SourceRef args, Diagnostics diagnostics) {
        String[] parts = cite.split("#", 2);
        Optional<Statement> statement = statements.stream().filter(s -> s.id().equals(parts[0])).findFirst();
        if (parts.length != 2 || statement.isEmpty()) {
            diagnostics.error(args, "cite '" + cite + "' names no statement",
                    Suggestions.closest(parts[0], statements.stream().map(Statement::id).toList())
                            .map(s -> "did you mean '" + s + (parts.length == 2 ? "#" + parts[1] : "") + "'?")
                            .orElse("write <statement-id>#<anchor>"));
        } else if (statement.get().paragraph(parts[1]).isEmpty()) {
            diagnostics.error(args, "cite '" + cite + "': the statement has no paragraph '" + parts[1] + "'",
                    Suggestions.closest(parts[1], statement.get().paragraphs().stream().map(Paragraph::anchor).toList())
                            .map(a -> "did you mean '" + parts[0] + "#" + a + "'?").orElse(""));
        }
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "note" : slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
