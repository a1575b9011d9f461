package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * Why a paragraph is on a theme: its score and the terms that matched, in the paragraph itself and in
 * the heading of its section, so a page can say why.
 */
public record ThemeMatch(String theme, double score, List<String> textTerms, List<String> headingTerms) {

    public ThemeMatch {
        Objects.requireNonNull(theme, "theme");
        textTerms = List.copyOf(textTerms);
        headingTerms = List.copyOf(headingTerms);
    }
}
