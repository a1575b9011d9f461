package briefing.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An editor's Markdown note ({@code content/notes/*.md}) on paragraphs or themes: its front matter and
 * its Markdown body, with the file line the body starts on.
 *
 * @param slug  from the file name; the note's URL is {@code /notes/<slug>/}
 * @param cites the paragraphs it comments on, checked to exist
 */
public record Note(String slug, String title, LocalDate date, String author, List<String> themes,
                   List<ParagraphRef> cites, String summary, boolean draft, String markdown, int bodyFirstLine,
                   SourceRef source) {

    public Note {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(source, "source");
        themes = List.copyOf(themes);
        cites = List.copyOf(cites);
        if (!slug.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("note slug must be URL-safe: " + slug);
        }
    }
}
