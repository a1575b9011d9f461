package briefing.analyze;

import briefing.model.Figure;
import briefing.model.FigureStatus;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.Related;
import briefing.model.Statement;
import briefing.model.Theme;
import briefing.model.ThemeChange;
import briefing.model.ThemeMatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * For each theme, compares the newest statement that speaks to it with the previous one of the same
 * partnership and an earlier event: a paragraph
 * is repeated when it is related (see {@link RelatedParagraphs}) to one of the older statement's, else
 * new; a target or commitment of the same topic is restated, raised, lowered or moved to another year.
 * Statements are taken newest first, as given. Pure.
 */
public final class ThemeChanges {

    private ThemeChanges() {
    }

    public static List<ThemeChange> compare(List<Statement> newestFirst, List<Theme> themes,
                                            Map<ParagraphRef, List<ThemeMatch>> themesByParagraph,
                                            Map<ParagraphRef, List<Related>> related, List<Figure> figures,
                                            Map<String, String> eventOf) {
        List<ThemeChange> out = new ArrayList<>();
        for (Theme theme : themes) {
            // The newest two statements on the theme of one partnership: the newest statement's, or, when it
            // has no earlier one, the next partnership's (never one partnership's against another's).
            Map<List<String>, List<Statement>> byPartnership = new java.util.LinkedHashMap<>();
            newestFirst.stream().filter(s -> s.date() != null)
                    .filter(s -> !onTheme(s, theme, themesByParagraph).isEmpty())
                    .forEach(s -> byPartnership.computeIfAbsent(s.parties().partnership(), k -> new ArrayList<>()).add(s));
            // The older one is of an earlier event: two reports of one summit are not a change.
            List<Statement> speaking = byPartnership.values().stream().map(l -> l.stream()
                            .filter(s -> s == l.get(0) || !eventOf.get(s.id()).equals(eventOf.get(l.get(0).id()))).limit(2).toList())
                    .filter(l -> l.size() >= 2).findFirst().orElse(List.of());
            if (speaking.size() < 2) {
                continue;
            }
            Statement newer = speaking.get(0);
            Statement older = speaking.get(1);
            List<ParagraphRef> newerParagraphs = onTheme(newer, theme, themesByParagraph);
            Set<ParagraphRef> olderParagraphs = new HashSet<>(onTheme(older, theme, themesByParagraph));
            List<ThemeChange.ParagraphChange> paragraphs = new ArrayList<>();
            for (ParagraphRef ref : newerParagraphs) {
                ParagraphRef earlier = related.getOrDefault(ref, List.of()).stream()
                        .map(Related::paragraph).filter(p -> p.statementId().equals(older.id()))
                        .filter(olderParagraphs::contains).findFirst()
                        .orElseGet(() -> related.getOrDefault(ref, List.of()).stream().map(Related::paragraph)
                                .filter(p -> p.statementId().equals(older.id())).findFirst().orElse(null));
                paragraphs.add(new ThemeChange.ParagraphChange(ref, earlier));
            }
            out.add(new ThemeChange(theme.slug(), newer.id(), older.id(), paragraphs,
                    figureChanges(figures, newerParagraphs, olderParagraphs)));
        }
        return out;
    }

    private static List<ParagraphRef> onTheme(Statement s, Theme theme, Map<ParagraphRef, List<ThemeMatch>> themesByParagraph) {
        List<ParagraphRef> refs = new ArrayList<>();
        for (Paragraph p : s.paragraphs()) {
            ParagraphRef ref = new ParagraphRef(s.id(), p.anchor());
            if (themesByParagraph.getOrDefault(ref, List.of()).stream().anyMatch(m -> m.theme().equals(theme.slug()))) {
                refs.add(ref);
            }
        }
        return refs;
    }

    /** Targets and commitments of the newer statement against the older one's of the same topic and holder. */
    private static List<ThemeChange.FigureChange> figureChanges(List<Figure> figures, List<ParagraphRef> newer, Set<ParagraphRef> older) {
        Set<ParagraphRef> newerSet = new HashSet<>(newer);
        List<Figure> newerTargets = figures.stream().filter(f -> newerSet.contains(f.source()) && f.status() == FigureStatus.TARGET
                && f.time().plotYear() != null).toList();
        List<Figure> olderTargets = figures.stream().filter(f -> older.contains(f.source()) && f.status() == FigureStatus.TARGET
                && f.time().plotYear() != null).toList();
        List<ThemeChange.FigureChange> changes = new ArrayList<>();
        for (Figure n : newerTargets) {
            Figure match = olderTargets.stream()
                    .filter(o -> o.topic().equals(n.topic()) && o.unit().equals(n.unit()) && Objects.equals(o.holder(), n.holder()))
                    .min((a, b) -> Integer.compare(Math.abs(a.time().plotYear() - n.time().plotYear()),
                            Math.abs(b.time().plotYear() - n.time().plotYear())))
                    .orElse(null);
            if (match == null) {
                changes.add(new ThemeChange.FigureChange("new", n.id(), null));
            } else if (match.value() == n.value() && match.time().plotYear().equals(n.time().plotYear())) {
                changes.add(new ThemeChange.FigureChange("restated", n.id(), match.id()));
            } else if (match.value() != n.value()) {
                changes.add(new ThemeChange.FigureChange(n.value() > match.value() ? "raised" : "lowered", n.id(), match.id()));
            } else {
                changes.add(new ThemeChange.FigureChange(n.time().plotYear() > match.time().plotYear() ? "extended" : "brought forward",
                        n.id(), match.id()));
            }
        }
        return changes;
    }
}
