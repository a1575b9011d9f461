package briefing.model;

import java.util.Objects;

/** A word or phrase that signals a theme, with its weight, as an editor wrote it in the theme file. */
public record Term(String phrase, double weight, SourceRef source) {

    public Term {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(source, "source");
        if (phrase.isBlank()) {
            throw new IllegalArgumentException("blank term at " + source);
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("term weight must be positive at " + source);
        }
    }
}
