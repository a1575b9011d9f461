package briefing.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One editors' rule for collection noise in raw statements ({@code content/cleaning.yaml}): lines (or
 * parts of lines) that a copy from a news site or ministry carries but that are not the statement, such
 * as photo captions, credits, bylines, time stamps and page menus.
 *
 * @param name    what the rule recognises, shown to editors and readers ("photo credit")
 * @param removes the whole line when it matches entirely, only the matched part of a line, or what the
 *                pattern matches at the very start of the text's first line (a dateline: "SEOUL (Yonhap) --")
 * @param example a line the rule must recognise (checked when the rules are read)
 */
public record CleaningRule(String name, Pattern pattern, Removes removes, String example, SourceRef source) {

    /** What a match takes out of the text. */
    public enum Removes {
        /** the whole line, when the pattern matches all of it */
        LINE,
        /** every part of any line that the pattern finds */
        PART,
        /** the start of the text's first line after its headline (not in transcripts, whose turns open with a speaker) */
        OPENING
    }

    public CleaningRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(removes, "removes");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(source, "source");
    }

    /** Whether a rule applied to {@code line} finds what it is for. */
    public boolean recognises(String line) {
        return switch (removes) {
            case LINE -> pattern.matcher(line.strip()).matches();
            case PART -> pattern.matcher(line).find();
            case OPENING -> {
                java.util.regex.Matcher m = pattern.matcher(line.strip());
                yield m.lookingAt() && m.end() > 0;
            }
        };
    }
}
