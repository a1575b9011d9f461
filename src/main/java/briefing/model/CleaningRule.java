package briefing.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One editors' rule for collection noise in raw statements ({@code content/cleaning.yaml}): lines (or
 * parts of lines) that a copy from a news site or ministry carries but that are not the statement, such
 * as photo captions, credits, bylines, time stamps and page menus.
 *
 * @param name    what the rule recognises, shown to editors and readers ("photo credit")
 * @param removes the whole line when it matches entirely, or only the matched part of a line
 * @param example a line the rule must recognise (checked when the rules are read)
 */
public record CleaningRule(String name, Pattern pattern, Removes removes, String example, SourceRef source) {

    /** What a match takes out of the text. */
    public enum Removes { LINE, PART }

    public CleaningRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(removes, "removes");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(source, "source");
    }

    /** Whether a rule applied to {@code line} finds what it is for. */
    public boolean recognises(String line) {
        return removes == Removes.LINE ? pattern.matcher(line.strip()).matches() : pattern.matcher(line).find();
    }
}
