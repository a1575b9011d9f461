package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * What changed on a theme between the two newest statements that speak to it: each paragraph of the
 * newer one, new or repeating an earlier paragraph, and each figure restated, raised, lowered or
 * moved to another year.
 */
public record ThemeChange(String theme, String newerStatement, String olderStatement, List<ParagraphChange> paragraphs,
                          List<FigureChange> figures) {

    /** A paragraph of the newer statement; {@code earlier} is the older paragraph it repeats, or null when new. */
    public record ParagraphChange(ParagraphRef paragraph, ParagraphRef earlier) {
        public ParagraphChange {
            Objects.requireNonNull(paragraph, "paragraph");
        }
    }

    /** A figure of the newer statement against the older one's: {@code change} says how in words. */
    public record FigureChange(String change, String newerFigure, String olderFigure) {
        public FigureChange {
            Objects.requireNonNull(change, "change");
        }
    }

    public ThemeChange {
        Objects.requireNonNull(theme, "theme");
        paragraphs = List.copyOf(paragraphs);
        figures = List.copyOf(figures);
    }
}
