package briefing.model;

/**
 * How term matches become themes, as editors set it in {@code content/classification.yaml}.
 *
 * @param minScore       a theme needs at least this score on a paragraph
 * @param relativeToBest and at least this share of the paragraph's best theme score (0..1)
 * @param maxThemes      at most this many themes per paragraph, best first
 * @param headingFactor  terms in the paragraph's section heading count this much of their weight
 * @param repeatFactor   each further occurrence of a term adds this much of its weight (at most two more)
 * @param relatedMinScore a paragraph of another statement is "related" from this similarity (0..1) up
 * @param relatedMax      at most this many related paragraphs are shown per paragraph
 * @param decisiveWeight  a theme with a term of at least this weight in the paragraph's own text is kept
 *                        however far below the best theme it scores (relative_to_best does not apply)
 */
public record ClassifierSettings(double minScore, double relativeToBest, int maxThemes, double headingFactor,
                                 double repeatFactor, double relatedMinScore, int relatedMax, double decisiveWeight,
                                 SourceRef source) {

    public ClassifierSettings {
        if (minScore <= 0 || relativeToBest < 0 || relativeToBest > 1 || maxThemes < 1 || headingFactor < 0
                || repeatFactor < 0 || !(decisiveWeight > 0) || relatedMinScore <= 0 || relatedMinScore > 1 || relatedMax < 0) {
            throw new IllegalArgumentException("classifier settings out of range at " + source);
        }
    }
}
