package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.model.Commitment;
import briefing.model.CommitmentRules;
import briefing.model.SourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code content/commitments.yaml}: the words of each step of the commitment scale, the actors and
 * the words after which a verb is no commitment. A step that is not on the scale is an error at its line,
 * with the scale; an absent file means no commitments are looked for.
 */
public final class CommitmentRulesReader {

    private final ProjectPaths paths;

    public CommitmentRulesReader(ProjectPaths paths) {
        this.paths = paths;
    }

    public CommitmentRules read(Path file, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            return CommitmentRules.NONE;
        }
        SourceRef ref = SourceRef.file(paths.display(file));
        return YamlMap.readFile(file, ref, diagnostics).map(root -> {
            root.checkKeys(List.of("strengths", "actors", "not_after"), List.of("strengths", "actors"));
            Map<Commitment.Strength, List<String>> words = new EnumMap<>(Commitment.Strength.class);
            root.map("strengths").ifPresent(steps -> {
                for (String step : steps.keys()) {
                    Commitment.Strength strength = scaleStep(step);
                    if (strength == null) {
                        diagnostics.error(steps.refOf(step), "'" + step + "' is not a step of the commitment scale",
                                "use the scale's steps, weakest first: consider, support, strive, agree, will, commit");
                    } else {
                        words.put(strength, steps.strings(step));
                    }
                }
            });
            return new CommitmentRules(words, root.strings("actors"), root.strings("not_after"));
        }).orElse(CommitmentRules.NONE);
    }

    private static Commitment.Strength scaleStep(String step) {
        for (Commitment.Strength s : Commitment.Strength.values()) {
            if (s.label().equals(step.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
