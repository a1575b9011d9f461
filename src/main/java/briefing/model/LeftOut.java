package briefing.model;

import java.util.Objects;

/**
 * Words of a raw statement left out of its paragraphs, and why: a line (or part of one) that a cleaning
 * rule recognised as collection noise, or the headline. Readers can see them on the statement page.
 *
 * @param line the 1-based line of the seed file
 * @param rule the name of the rule that left it out
 */
public record LeftOut(int line, String text, String rule) {

    public LeftOut {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
    }
}
