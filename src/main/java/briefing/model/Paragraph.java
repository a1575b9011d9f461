package briefing.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One paragraph of a statement as a reader sees it: its stable anchor, its own number if it has one,
 * the section it stands under, the speaker for transcript turns, and where it starts in the seed.
 *
 * @param anchor        the fragment id on the statement page; a public contract, never re-numbered
 * @param number        the statement's own number ({@code "4"}, {@code "2.1.1"}), or null
 * @param sectionAnchor anchor of the section heading above it, or null before any heading
 * @param speaker       who speaks, for transcript turns, or null
 */
public record Paragraph(
        String anchor,
        String number,
        String sectionAnchor,
        String speaker,
        String text,
        ParagraphRole role,
        SourceRef source) {

    private static final Pattern ANCHOR = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public Paragraph {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(source, "source");
        if (!ANCHOR.matcher(anchor).matches()) {
            throw new IllegalArgumentException("anchor must be lower-case letters, digits and '-': " + anchor);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("paragraph text is blank at " + source);
        }
        if ((number != null) != (role == ParagraphRole.NUMBERED)) {
            throw new IllegalArgumentException("a number goes with role NUMBERED only, at " + source);
        }
    }
}
