package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence in which parties say what they will do, traced to its paragraph.
 *
 * @param id        {@code <statement-id>#<anchor>.c<n>}: stable while the text is
 * @param sentence  the sentence as the paragraph has it
 * @param verb      the words that put it on its step of the scale ({@code agreed to}, {@code will})
 * @param deadline  what the sentence says of when ({@code by 2030}); {@link FigureTime#NONE} when nothing
 * @param figures   the ids of the figures the sentence states (a target, a pledge of money)
 */
public record Commitment(String id, ParagraphRef source, String sentence, Strength strength, String verb,
                         FigureTime deadline, List<String> figures) {

    /** The published scale, weakest first (the order of the enum is the order of strength). */
    public enum Strength {
        CONSIDER, SUPPORT, STRIVE, AGREE, WILL, COMMIT;

        /** As editors and readers write it: {@code agree}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Commitment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(deadline, "deadline");
        figures = List.copyOf(figures);
    }
}
