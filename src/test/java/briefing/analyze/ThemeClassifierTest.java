package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.ClassifierSettings;
import briefing.model.SourceRef;
import briefing.model.Term;
import briefing.model.Theme;
import briefing.model.ThemeMatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classifier's rules on small themes: excluded phrases, one count per stem, the decisive weight. */
class ThemeClassifierTest {

    private static final SourceRef AT = SourceRef.file("content/themes/x.md");

    private static Theme theme(String slug, Map<String, Double> terms, List<String> excluded) {
        return new Theme(slug, slug, 1, "", "", terms.entrySet().stream().map(e -> new Term(e.getKey(), e.getValue(), AT)).toList(),
                excluded, AT);
    }

    private static List<ThemeMatch> classify(List<Theme> themes, double decisiveWeight, String text) {
        ClassifierSettings settings = new ClassifierSettings(2, 0.3, 4, 0.5, 0.5, 0.2, 2, decisiveWeight, AT);
        return new ThemeClassifier(themes, settings).classify(Stems.of(text), List.of());
    }

    @Test
    void aTermInsideAnExcludedPhraseOfItsThemeDoesNotCount() {
        Theme culture = theme("culture", Map.of("community", 2.0), List.of("international community"));

        assertEquals(List.of(), classify(List.of(culture), 3, "They called on the international community to act."));
        assertEquals("culture", classify(List.of(culture), 3, "The Korean community in Hanoi grows.").get(0).theme());
    }

    @Test
    void twoTermsWithTheSameStemsCountOnceAtTheHigherWeight() {
        Theme labour = theme("labour", Map.of("education", 3.0, "educational", 2.0), List.of());

        ThemeMatch match = classify(List.of(labour), 3, "Educational ties grow.").get(0);

        assertEquals(3.0, match.score(), "one word, one count, at weight 3 (not 3 + 2)");
    }

    @Test
    void aDecisiveTermKeepsItsThemeHoweverStrongTheBestOne() {
        Theme economy = theme("economy", Map.of("trade", 3.0, "investment", 3.0, "tariffs", 3.0, "supply chains", 3.0), List.of());
        Theme science = theme("science", Map.of("semiconductors", 3.0), List.of());
        String text = "Trade, investment, tariffs and supply chains, trade and investment again, and semiconductors.";

        List<String> withDecisive = classify(List.of(economy, science), 3, text).stream().map(ThemeMatch::theme).toList();
        List<String> without = classify(List.of(economy, science), Double.POSITIVE_INFINITY, text).stream().map(ThemeMatch::theme).toList();

        assertEquals(List.of("economy", "science"), withDecisive);
        assertEquals(List.of("economy"), without, "3 is below relative_to_best of economy's score");
    }

    @Test
    void whyNotSaysWhatWasMissing() {
        Theme culture = theme("culture", Map.of("community", 1.0), List.of());
        ClassifierSettings settings = new ClassifierSettings(2, 0.3, 4, 0.5, 0.5, 0.2, 2, 3, AT);
        briefing.model.Paragraph p = new briefing.model.Paragraph("x", null, null, null, "The community met.",
                briefing.model.ParagraphRole.BODY, AT);
        briefing.model.Statement s = new briefing.model.Statement("s", "S", null, "news report", null, List.of(), null, null, AT,
                List.of(), List.of(p));

        String why = new ThemeClassifier(List.of(culture), settings).whyNot(s, p, "culture");

        assertTrue(why.contains("score 1.0 from community is below min_score 2.0"), why);
    }
}
