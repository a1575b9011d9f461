package briefing.model;

import java.util.Objects;

/** A paragraph of another statement that says much the same, with how closely (0..1). */
public record Related(ParagraphRef paragraph, double score) {

    public Related {
        Objects.requireNonNull(paragraph, "paragraph");
    }
}
