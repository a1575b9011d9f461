package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * A theme as its editor defined it under {@code content/themes/}: slug (from the file name), display
 * title, the order it is listed in, a Markdown introduction, the terms that signal it, and the phrases
 * whose words never count for it ({@code excluded}: culture's "community" does not count inside
 * "international community"). {@code source} is the theme's file, at the line its introduction starts.
 */
public record Theme(String slug, String title, int order, String summary, String introMarkdown,
                    List<Term> terms, List<String> excluded, SourceRef source) {

    public Theme {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(introMarkdown, "introMarkdown");
        Objects.requireNonNull(source, "source");
        terms = List.copyOf(terms);
        excluded = List.copyOf(excluded);
    }
}
