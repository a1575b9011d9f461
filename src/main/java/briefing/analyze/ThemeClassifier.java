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
 * heading adds its weight times the heading factor. A theme is kept when its score reaches the minimum
 * and a set share of the paragraph's best score; at most {@code maxThemes}, best first.
 */
public final class ThemeClassifier {

    private record ThemeTerm(Theme theme, Term term) {
    }

    private final List<Theme> themes;
    private final ClassifierSettings settings;
    private final TermMatcher<ThemeTerm> matcher;

    public ThemeClassifier(List<Theme> themes, ClassifierSettings settings) {
        this.themes = List.copyOf(themes);
        this.settings = settings;
        List<ThemeTerm> all = new ArrayList<>();
        for (Theme theme : themes) {
            for (Term term : theme.terms()) {
                all.add(new ThemeTerm(theme, term));
            }
        }
        this.matcher = new TermMatcher<>(all, tt -> tt.term().phrase());
    }

    /**
     * The themes of a paragraph, best first, each with the terms that matched.
     *
     * @param headingStems stems of the section heading the paragraph stands under; empty when none
     */
    public List<ThemeMatch> classify(List<String> textStems, List<String> headingStems) {
        List<ThemeMatch> scored = scoreAll(textStems, headingStems);
        double best = scored.stream().mapToDouble(ThemeMatch::score).max().orElse(0);
        return scored.stream()
                .filter(m -> m.score() >= settings.minScore() && m.score() >= best * settings.relativeToBest())
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
        List<ThemeMatch> scored = scoreAll(Stems.of(paragraph.text()), heading);
        double best = scored.stream().mapToDouble(ThemeMatch::score).max().orElse(0);
        return scored.stream().filter(m -> m.theme().equals(theme)).findFirst()
                .map(m -> "score " + m.score() + " from " + String.join(", ", m.textTerms())
                        + (m.headingTerms().isEmpty() ? "" : " (heading: " + String.join(", ", m.headingTerms()) + ")")
                        + (m.score() < settings.minScore() ? " is below min_score " + settings.minScore()
                        : m.score() < best * settings.relativeToBest() ? " is below relative_to_best of the best " + best
                        : " lost to " + settings.maxThemes() + " stronger themes"))
                .orElse("no term of " + theme + " matched");
    }

    /** Every theme with a positive score, unfiltered, in theme order. */
    private List<ThemeMatch> scoreAll(List<String> textStems, List<String> headingStems) {
        Map<ThemeTerm, Integer> inText = matcher.count(textStems);
        Map<ThemeTerm, Integer> inHeading = matcher.count(headingStems);
        List<ThemeMatch> scored = new ArrayList<>();
        for (Theme theme : themes) {
            double score = 0;
            List<String> headingTerms = new ArrayList<>();
            Map<String, Double> contributions = new java.util.LinkedHashMap<>();
            for (Map.Entry<ThemeTerm, Integer> hit : inText.entrySet()) {
                if (hit.getKey().theme() == theme) {
                    int extra = Math.min(hit.getValue() - 1, 2);
                    double contribution = hit.getKey().term().weight() * (1 + settings.repeatFactor() * extra);
                    score += contribution;
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
                scored.add(new ThemeMatch(theme.slug(), Math.round(score * 100) / 100.0, textTerms, headingTerms));
            }
        }
        return scored;
    }
}
