package briefing.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The editors' rules for finding commitments ({@code content/commitments.yaml}).
 *
 * @param words    the words of each step of the scale
 * @param actors   who can commit besides the parties and their leaders ("the two sides", "we")
 * @param notAfter words after which a verb is no commitment ("which will", "the support")
 * @param judgements editors' scores of commitments, with their evidence
 */
public record CommitmentRules(Map<Commitment.Strength, List<String>> words, List<String> actors, List<String> notAfter,
                              List<Judgement> judgements) {

    public static final CommitmentRules NONE = new CommitmentRules(Map.of(), List.of(), List.of(), List.of());

    public CommitmentRules {
        Objects.requireNonNull(words, "words");
        words = Map.copyOf(words);
        actors = List.copyOf(actors);
        notAfter = List.copyOf(notAfter);
        judgements = List.copyOf(judgements);
    }
}
