package briefing.evaluate;

import briefing.model.GoldLabel;
import java.util.Objects;

/**
 * One place where the analysis disagrees with the gold labels: what was expected, what was given, and
 * the term or rule that caused it, so an editor can go from the error to the fix.
 *
 * @param measure  which measure it counts against ({@code themes.defense}, {@code figures}, {@code dates} …)
 * @param where    the label's place ({@code corpus/labels/x.yaml:12:5}) and the paragraph's first words
 */
public record EvaluationError(GoldLabel.Split split, String text, String measure, String where, String expected,
                              String given, String cause) {

    public EvaluationError {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(where, "where");
    }

    public String format() {
        return where + ": " + measure + ": expected " + expected + ", given " + given
                + (cause == null || cause.isEmpty() ? "" : "\n  cause: " + cause);
    }
}
