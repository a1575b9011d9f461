package briefing.analyze;

import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.memo.Memo;
import briefing.model.Briefing;
import briefing.model.ClassifierSettings;
import briefing.model.Commitment;
import briefing.model.CommitmentLink;
import briefing.model.CommitmentRules;
import briefing.model.Event;
import briefing.model.Figure;
import briefing.model.Judgement;
import briefing.model.FigureEdits;
import briefing.model.FigureRules;
import briefing.model.GlossaryDefinition;
import briefing.model.GlossaryEntry;
import briefing.model.Note;
import briefing.model.Paragraph;
import briefing.model.Partnership;
import briefing.model.Party;
import briefing.model.ParagraphRef;
import briefing.model.Related;
import briefing.model.Section;
import briefing.model.Statement;
import briefing.model.Theme;
import briefing.model.ThemeChange;
import briefing.model.ThemeMatch;
import briefing.model.TimelineEvent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis stage: statements, themes and figure rules in, the classified corpus and its figures out.
 * No I/O. Pure, so each part's last result can be kept ({@link Memo}) and reused while what that part
 * reads is unchanged: a note or template edit reuses all of it; a glossary, figure-data or theme-intro
 * edit does not search for related paragraphs again (the costliest part, which reads the statements only).
 */
public final class CorpusAnalyzer {

    /** A part's result with the diagnostics it found, so a reused result reports them again. */
    private record Found<T>(T value, List<Diagnostic> diagnostics) {
    }

    private CorpusAnalyzer() {
    }

    public static Briefing analyze(List<Statement> read, List<Party> knownParties, List<Partnership> covered, List<Theme> themes,
                                   ClassifierSettings settings, FigureRules figureRules, FigureEdits figureEdits,
                                   CommitmentRules commitmentRules, List<Note> notes, List<GlossaryDefinition> glossary,
                                   Diagnostics diagnostics, Memo memo) {
        PartyFinder parties = new PartyFinder(knownParties);
        // Each statement's parties first: figures and partnerships read them. Statements equal to the last
        // build's are then taken as the last build's very objects: every later comparison with them (here
        // and in the site model) is an identity check, not a deep one.
        Found<List<Statement>> withParties = memo.of("parties", () -> {
            Diagnostics found = new Diagnostics();
            List<Partnership> partnerships = parties.known(covered, found);
            return new Found<>(read.stream().map(s -> s.withParties(parties.of(s, partnerships, found))).toList(), found.all());
        }, read, knownParties, covered);
        withParties.diagnostics().forEach(diagnostics::add);
        List<Statement> statements = memo.of("statements", withParties::value, withParties.value());
        // What classification reads of a theme: its slug and terms (not its title or introduction).
        List<List<Object>> themeTerms = themes.stream().map(t -> List.<Object>of(t.slug(), t.terms(), t.excluded())).toList();
        Map<ParagraphRef, List<ThemeMatch>> themesByParagraph = memo.of("themes",
                () -> classify(statements, themes, settings), statements, themeTerms, settings);
        Found<List<Figure>> figures = memo.of("figures", () -> {
            Diagnostics found = new Diagnostics();
            return new Found<>(List.copyOf(FigureLedger.assemble(statements, figureRules, figureEdits, parties, found)), found.all());
        }, statements, figureRules, figureEdits, knownParties);
        figures.diagnostics().forEach(diagnostics::add);
        Map<ParagraphRef, List<Related>> related = memo.of("related paragraphs",
                () -> Map.copyOf(RelatedParagraphs.withinPartnerships(statements, settings.relatedMinScore(), settings.relatedMax())),
                statements, settings.relatedMinScore(), settings.relatedMax());
        List<GlossaryEntry> glossaryEntries = memo.of("glossary", () -> List.copyOf(Glossary.build(statements, glossary)),
                statements, glossary);
        List<Commitment> commitments = memo.of("commitments",
                () -> commitments(statements, figures.value(), new CommitmentFinder(commitmentRules, parties)),
                statements, figures.value(), commitmentRules, knownParties);
        List<Event> events = memo.of("events", () -> Events.group(statements, related), statements, related);
        List<CommitmentLink> lineage = memo.of("lineage",
                () -> List.copyOf(CommitmentLineage.link(commitments, statements, events, related, figures.value())),
                commitments, statements, events, related, figures.value());
        List<Judgement> judgements = judged(commitmentRules.judgements(), commitments, statements, figures.value(), diagnostics);
        List<TimelineEvent> timeline = memo.of("timeline", () -> List.copyOf(Timeline.build(statements, events)), statements, events);
        List<String> slugs = themes.stream().map(Theme::slug).toList();
        List<ThemeChange> changes = memo.of("theme changes",
                () -> List.copyOf(ThemeChanges.compare(statements.stream().sorted(Briefing.NEWEST_FIRST).toList(), themes,
                        themesByParagraph, related, figures.value(), eventSlugs(events))),
                statements, slugs, themesByParagraph, related, figures.value(), events);
        // Each part is immutable already, so the briefing holds the remembered objects themselves.
        return new Briefing(statements, themes, themesByParagraph, figures.value(), figureRules, notes, glossaryEntries,
                related, timeline, changes, events, commitments, lineage, judgements);
    }

    /**
     * The editors' judgements whose commitment and evidence exist; each one that names a commitment,
     * paragraph or figure the analysis does not know is an error at its line, with the nearest id.
     */
    private static List<Judgement> judged(List<Judgement> judgements, List<Commitment> commitments, List<Statement> statements,
                                          List<Figure> figures, Diagnostics diagnostics) {
        java.util.Set<String> commitmentIds = new java.util.HashSet<>();
        commitments.forEach(c -> commitmentIds.add(c.id()));
        java.util.Set<String> paragraphs = new java.util.HashSet<>();
        statements.forEach(s -> s.paragraphs().forEach(p -> paragraphs.add(s.id() + "#" + p.anchor())));
        java.util.Set<String> figureIds = new java.util.HashSet<>();
        figures.forEach(f -> figureIds.add(f.id()));
        List<Judgement> valid = new java.util.ArrayList<>();
        for (Judgement j : judgements) {
            boolean ok = known(j.commitment(), commitmentIds, j.origin(), "commitment", "data/commitments.json", diagnostics);
            for (Judgement.Evidence e : j.evidence()) {
                ok &= switch (e.kind()) {
                    case PARAGRAPH -> known(e.ref(), paragraphs, e.origin(), "paragraph", "the statement page's paragraph links", diagnostics);
                    case FIGURE -> known(e.ref(), figureIds, e.origin(), "figure", "data/figures.csv", diagnostics);
                    case URL -> true;
                };
            }
            if (ok) {
                valid.add(j);
            }
        }
        return valid;
    }

    private static boolean known(String id, java.util.Set<String> ids, briefing.model.SourceRef at, String what, String listed,
                                 Diagnostics diagnostics) {
        if (ids.contains(id)) {
            return true;
        }
        diagnostics.error(at, "no " + what + " '" + id + "'", briefing.diag.Suggestions.closest(id, ids)
                .map(s -> "did you mean '" + s + "'? (" + what + " ids are listed in " + listed + ")")
                .orElse(what + " ids are listed in " + listed));
        return false;
    }

    /** Every statement's commitments, statements on every core, collected in their order. */
    private static List<Commitment> commitments(List<Statement> statements, List<Figure> figures, CommitmentFinder finder) {
        Map<ParagraphRef, List<Figure>> byParagraph = new HashMap<>();
        figures.stream().filter(f -> f.source() != null).forEach(f -> byParagraph.computeIfAbsent(f.source(), k -> new java.util.ArrayList<>()).add(f));
        return statements.parallelStream().flatMap(s -> finder.find(s, byParagraph).stream()).toList();
    }

    private static Map<String, String> eventSlugs(List<Event> events) {
        Map<String, String> out = new HashMap<>();
        Event.byStatement(events).forEach((id, e) -> out.put(id, e.slug()));
        return out;
    }

    /** The themes of every paragraph; statements are classified on every core, then collected in their order. */
    private static Map<ParagraphRef, List<ThemeMatch>> classify(List<Statement> statements, List<Theme> themes,
                                                                ClassifierSettings settings) {
        ThemeClassifier classifier = new ThemeClassifier(themes, settings);
        Map<ParagraphRef, List<ThemeMatch>> themesByParagraph = new HashMap<>();
        statements.parallelStream().map(statement -> {
            Map<ParagraphRef, List<ThemeMatch>> inStatement = new LinkedHashMap<>();
            Map<String, List<String>> headingStems = new HashMap<>();
            for (Section section : statement.sections()) {
                headingStems.put(section.anchor(), Stems.of(section.title()));
            }
            for (Paragraph paragraph : statement.paragraphs()) {
                List<String> heading = paragraph.sectionAnchor() == null
                        ? List.of() : headingStems.get(paragraph.sectionAnchor());
                inStatement.put(new ParagraphRef(statement.id(), paragraph.anchor()),
                        classifier.classify(Stems.of(paragraph.text()), heading));
            }
            return inStatement;
        }).toList().forEach(themesByParagraph::putAll);
        return Map.copyOf(themesByParagraph);
    }
}
