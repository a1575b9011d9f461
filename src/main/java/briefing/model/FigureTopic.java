package briefing.model;

import java.util.Map;
import java.util.Objects;

/**
 * A topic figures are grouped by, as editors define it in {@code content/figure-rules.yaml}: the words
 * that signal it near a figure (with weights) and what its forward-looking figures are called.
 *
 * @param forwardLabel how a non-reported figure of this topic reads: {@code target} or {@code commitment}
 */
public record FigureTopic(String slug, String title, Map<String, Double> terms, String forwardLabel, SourceRef source) {

    public FigureTopic {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(forwardLabel, "forwardLabel");
        terms = Map.copyOf(terms);
    }

    /** The statuses as readers see them. */
    public String statusLabel(FigureStatus status) {
        return status == FigureStatus.REPORTED ? "reported" : forwardLabel;
    }
}
