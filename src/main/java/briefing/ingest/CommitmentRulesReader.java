package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.model.Commitment;
import briefing.model.CommitmentRules;
import briefing.model.Judgement;
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
            root.checkKeys(List.of("strengths", "actors", "not_after", "judgements"), List.of("strengths", "actors"));
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
            List<Judgement> judgements = new java.util.ArrayList<>();
            for (YamlMap j : root.maps("judgements")) {
                judgement(j, diagnostics).ifPresent(judgements::add);
            }
            return new CommitmentRules(words, root.strings("actors"), root.strings("not_after"), judgements);
        }).orElse(CommitmentRules.NONE);
    }

    /** In scale order, so an error lists them as editors read them. */
    private static final Map<String, Judgement.Score> SCORES = java.util.Collections.unmodifiableMap(
            java.util.Arrays.stream(Judgement.Score.values()).collect(java.util.stream.Collectors.toMap(
                    Judgement.Score::label, s -> s, (a, b) -> a, java.util.LinkedHashMap::new)));

    /**
     * One editor's score: the commitment, the score, who and when, and at least one piece of evidence (a
     * paragraph, a figure, or a URL with its date). Whether the commitment, paragraph and figure exist is
     * checked once the analysis knows them.
     */
    private static java.util.Optional<Judgement> judgement(YamlMap j, Diagnostics diagnostics) {
        j.checkKeys(List.of("commitment", "score", "judged_by", "judged_on", "evidence", "note"),
                List.of("commitment", "score", "judged_by", "judged_on", "evidence"));
        java.util.Optional<Judgement.Score> score = j.choice("score", SCORES,
                "write 'score: met' (+1), 'score: partly' (0) or 'score: not met' (-1)");
        List<Judgement.Evidence> evidence = new java.util.ArrayList<>();
        for (YamlMap e : j.maps("evidence")) {
            e.checkKeys(List.of("paragraph", "figure", "url", "date"), List.of());
            if (e.has("paragraph")) {
                e.string("paragraph").ifPresent(ref -> evidence.add(new Judgement.Evidence(Judgement.Evidence.Kind.PARAGRAPH, ref,
                        null, e.valueRefOf("paragraph"))));
            } else if (e.has("figure")) {
                e.string("figure").ifPresent(ref -> evidence.add(new Judgement.Evidence(Judgement.Evidence.Kind.FIGURE, ref,
                        null, e.valueRefOf("figure"))));
            } else if (e.has("url")) {
                java.util.Optional<String> url = e.string("url").filter(u -> u.matches("https?://\\S+"));
                java.util.Optional<java.time.LocalDate> date = e.date("date");
                if (url.isEmpty() || date.isEmpty()) {
                    diagnostics.error(e.refOf("url"), "outside evidence needs a web address and the date it was published or read",
                            "write 'url: https://...' and 'date: YYYY-MM-DD'");
                } else {
                    evidence.add(new Judgement.Evidence(Judgement.Evidence.Kind.URL, url.get(), date.get(), e.valueRefOf("url")));
                }
            } else {
                diagnostics.error(j.refOf("evidence"), "evidence without a source",
                        "give 'paragraph: <statement>#<anchor>', 'figure: <figure id>' or 'url:' with 'date:'");
            }
        }
        if (j.has("evidence") && evidence.isEmpty() && j.maps("evidence").isEmpty()) {
            diagnostics.error(j.refOf("evidence"), "a score needs evidence", "list at least one paragraph, figure or url");
        }
        java.util.Optional<String> commitment = j.string("commitment");
        java.util.Optional<String> by = j.string("judged_by").filter(b -> !b.isBlank());
        java.util.Optional<java.time.LocalDate> on = j.date("judged_on");
        if (commitment.isEmpty() || score.isEmpty() || by.isEmpty() || on.isEmpty() || evidence.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Judgement(commitment.get(), score.get(), by.get(), on.get(), evidence,
                j.string("note").orElse(null), j.refOf("commitment")));
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
