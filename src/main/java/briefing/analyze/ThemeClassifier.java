package briefing.analyze;

import briefing.model.ClassifierSettings;
import briefing.model.Paragraph;
import briefing.model.Statement;
import briefing.model.Term;
import briefing.model.Theme;
import briefing.model.ThemeMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Puts a paragraph on zero or more themes from the editors' weighted terms. A term found in the text
 * adds its weight (further occurrences a diminishing share); a term found in the paragraph's section
 * heading adds its weight times the heading factor. A term found inside one of its theme's excluded
 * phrases does not count ("community" in "international community"), and terms of one theme that
 * reduce to the same word stems count once, at the highest weight ("education", "educational"). A theme
 * is kept when its score reaches the minimum and a set share of the paragraph's best score; at most
 * {@code maxThemes}, best first.
 */
public final class ThemeClassifier {

    private record ThemeTerm(Theme theme, Term term) {
    }

    private record Excluded(Theme theme, String phrase) {
    }

    /** A theme's score on a paragraph, with the weight of its heaviest term in the paragraph's own text. */
    private record Scored(ThemeMatch match, double topWeight) {
        double score() {
            return match.score();
        }
    }

    private final List<Theme> themes;
    private final ClassifierSettings settings;
    private final TermMatcher<ThemeTerm> matcher;
    private final TermMatcher<Excluded> excluded;

    public ThemeClassifier(List<Theme> themes, ClassifierSettings settings) {
        this.themes = List.copyOf(themes);
        this.settings = settings;
        List<ThemeTerm> all = new ArrayList<>();
        List<Excluded> exclusions = new ArrayList<>();
        for (Theme theme : themes) {
            // One entry per distinct stem sequence, at its highest weight: one word never counts twice.
            Map<List<String>, Term> byStems = new java.util.LinkedHashMap<>();
            for (Term term : theme.terms()) {
                byStems.merge(Stems.of(term.phrase()), term, (a, b) -> b.weight() > a.weight() ? b : a);
            }
            byStems.values().forEach(term -> all.add(new ThemeTerm(theme, term)));
            theme.excluded().forEach(phrase -> exclusions.add(new Excluded(theme, phrase)));
        }
        this.matcher = new TermMatcher<>(all, tt -> tt.term().phrase());
        this.excluded = new TermMatcher<>(exclusions, Excluded::phrase);
    }

    /**
     * The themes of a paragraph, best first, each with the terms that matched.
     *
     * @param headingStems stems of the section heading the paragraph stands under; empty when none
     */
    public List<ThemeMatch> classify(List<String> textStems, List<String> headingStems) {
        List<Scored> scored = scoreAll(textStems, headingStems);
        double best = scored.stream().mapToDouble(Scored::score).max().orElse(0);
        return scored.stream()
                .filter(m -> m.score() >= settings.minScore()
                        && (m.score() >= best * settings.relativeToBest() || m.topWeight() >= settings.decisiveWeight()))
                .map(Scored::match)
                .sorted(Comparator.comparingDouble(ThemeMatch::score).reversed().thenComparing(ThemeMatch::theme))
                .limit(settings.maxThemes())
                .toList();
    }

    /**
     * Why a paragraph is not on a theme, for the evaluation's error list: the theme's score and terms
     * against the thresholds, or that no term of it matched.
     */
    public String whyNot(Statement statement, Paragraph paragraph, String theme) {
        List<String> heading = paragraph.sectionAnchor() == null ? List.of()
                : statement.section(paragraph.sectionAnchor()).map(s -> Stems.of(s.title())).orElse(List.of());
        List<Scored> scored = scoreAll(Stems.of(paragraph.text()), heading);
        double best = scored.stream().mapToDouble(Scored::score).max().orElse(0);
        return scored.stream().map(Scored::match).filter(m -> m.theme().equals(theme)).findFirst()
                .map(m -> "score " + m.score() + " from " + String.join(", ", m.textTerms())
                        + (m.headingTerms().isEmpty() ? "" : " (heading: " + String.join(", ", m.headingTerms()) + ")")
                        + (m.score() < settings.minScore() ? " is below min_score " + settings.minScore()
                        : m.score() < best * settings.relativeToBest() ? " is below relative_to_best of the best " + best
                        + " and no term reaches decisive_weight " + settings.decisiveWeight()
                        : " lost to " + settings.maxThemes() + " stronger themes"))
                .orElse("no term of " + theme + " matched");
    }

    /** Every theme with a positive score, unfiltered, in theme order. */
    private List<Scored> scoreAll(List<String> textStems, List<String> headingStems) {
        Map<ThemeTerm, Integer> inText = counted(textStems);
        Map<ThemeTerm, Integer> inHeading = counted(headingStems);
        List<Scored> scored = new ArrayList<>();
        for (Theme theme : themes) {
            double score = 0;
            double topWeight = 0;
            List<String> headingTerms = new ArrayList<>();
            Map<String, Double> contributions = new java.util.LinkedHashMap<>();
            for (Map.Entry<ThemeTerm, Integer> hit : inText.entrySet()) {
                if (hit.getKey().theme() == theme) {
                    int extra = Math.min(hit.getValue() - 1, 2);
                    double contribution = hit.getKey().term().weight() * (1 + settings.repeatFactor() * extra);
                    score += contribution;
                    topWeight = Math.max(topWeight, hit.getKey().term().weight());
                    contributions.put(hit.getKey().term().phrase(), contribution);
                }
            }
            // Strongest first, so "why" leads with what weighed most; ties keep reading order.
            List<String> textTerms = contributions.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(Map.Entry::getKey).toList();
            for (Map.Entry<ThemeTerm, Integer> hit : inHeading.entrySet()) {
                if (hit.getKey().theme() == theme) {
                    score += hit.getKey().term().weight() * settings.headingFactor();
                    headingTerms.add(hit.getKey().term().phrase());
                }
            }
            if (score > 0) {
                scored.add(new Scored(new ThemeMatch(theme.slug(), Math.round(score * 100) / 100.0, textTerms, headingTerms),
                        topWeight));
            }
        }
        return scored;
    }

    /** Each term's occurrences in the stems, leaving out those inside an excluded phrase of its theme. */
    private Map<ThemeTerm, Integer> counted(List<String> stems) {
        List<TermMatcher.Occurrence<Excluded>> masks = excluded.find(stems);
        Map<ThemeTerm, Integer> counts = new java.util.LinkedHashMap<>();
        for (TermMatcher.Occurrence<ThemeTerm> hit : matcher.find(stems)) {
            boolean masked = masks.stream().anyMatch(m -> m.value().theme() == hit.value().theme() && hit.within(m));
            if (!masked) {
                counts.merge(hit.value(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
