package briefing.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An editor's score of a commitment, on the G7 Research Group's scale, with who judged it, when and on
 * what evidence ({@code content/commitments.yaml}, {@code judgements:}).
 *
 * @param commitment the commitment's id ({@code <statement>#<anchor>.c<n>}, as data/commitments.json lists it)
 * @param note       the editor's reasoning in a sentence or two; null when none
 */
public record Judgement(String commitment, Score score, String judgedBy, LocalDate judgedOn, List<Evidence> evidence,
                        String note, SourceRef origin) {

    /** Met (+1), partly met (0), not met (−1). */
    public enum Score {
        MET("met", "+1"), PARTLY("partly", "0"), NOT_MET("not met", "−1");

        private final String label;
        private final String points;

        Score(String label, String points) {
            this.label = label;
            this.points = points;
        }

        public String label() {
            return label;
        }

        public String points() {
            return points;
        }
    }

    /**
     * What a score rests on: a paragraph of a statement ({@code <statement>#<anchor>}), a figure of the
     * ledger (its id), or an outside source (a URL, with the date it was read or published).
     */
    public record Evidence(Kind kind, String ref, LocalDate date, SourceRef origin) {
        public enum Kind { PARAGRAPH, FIGURE, URL }

        public Evidence {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(origin, "origin");
        }
    }

    public Judgement {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(judgedBy, "judgedBy");
        Objects.requireNonNull(judgedOn, "judgedOn");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(origin, "origin");
    }
}
