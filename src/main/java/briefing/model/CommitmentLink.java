package briefing.model;

import java.util.Objects;

/**
 * A later commitment that continues an earlier one (of an earlier event of the same partnership), and how.
 *
 * @param later   the later commitment's id
 * @param earlier the earlier commitment's id
 */
public record CommitmentLink(String later, String earlier, Kind kind) {

    /** How the later wording stands to the earlier. */
    public enum Kind {
        RESTATED("restated"), STRENGTHENED("strengthened"), SOFTENED("softened"), RAISED("raised"), LOWERED("lowered"),
        EXTENDED("extended"), BROUGHT_FORWARD("brought forward");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CommitmentLink {
        Objects.requireNonNull(later, "later");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(kind, "kind");
    }
}
