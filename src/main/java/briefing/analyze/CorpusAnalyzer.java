package briefing.analyze;

import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.model.Briefing;
import briefing.model.ClassifierSettings;
import briefing.model.Figure;
import briefing.model.FigureEdits;
import briefing.model.FigureRules;
import briefing.model.GlossaryDefinition;
import briefing.model.Note;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.Related;
import briefing.model.Section;
import briefing.model.Statement;
import briefing.model.Theme;
import briefing.model.ThemeMatch;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis stage: statements, themes and figure rules in, the classified corpus and its figures out.
 * No I/O. Pure, so its last result is kept: a rebuild whose inputs are equal (an edit to a note, a
 * template, a stylesheet) reuses it, diagnostics included, instead of classifying and indexing again.
 */
public final class CorpusAnalyzer {

    /** Everything the analysis reads; records compare by value, so equal inputs give an equal key. */
    private record Inputs(List<Statement> statements, List<Theme> themes, ClassifierSettings settings,
                          FigureRules figureRules, FigureEdits figureEdits, List<GlossaryDefinition> glossary) {
    }

    private record Result(Briefing briefing, List<Diagnostic> diagnostics) {
    }

    private static Inputs lastInputs;
    private static Result lastResult;

    private CorpusAnalyzer() {
    }

    public static synchronized Briefing analyze(List<Statement> statements, List<Theme> themes, ClassifierSettings settings,
                                                FigureRules figureRules, FigureEdits figureEdits, List<Note> notes,
                                                List<GlossaryDefinition> glossary, Diagnostics diagnostics) {
        Inputs inputs = new Inputs(statements, themes, settings, figureRules, figureEdits, glossary);
        if (!inputs.equals(lastInputs)) {
            Diagnostics found = new Diagnostics();
            lastResult = new Result(analyzeAnew(statements, themes, settings, figureRules, figureEdits, glossary, found), found.all());
            lastInputs = inputs;
        }
        lastResult.diagnostics().forEach(diagnostics::add);
        Briefing b = lastResult.briefing();
        return new Briefing(b.statements(), b.themes(), b.themesByParagraph(), b.figures(), b.figureRules(), notes,
                b.glossary(), b.related(), b.timeline(), b.changes());
    }

    private static Briefing analyzeAnew(List<Statement> statements, List<Theme> themes, ClassifierSettings settings,
                                        FigureRules figureRules, FigureEdits figureEdits, List<GlossaryDefinition> glossary,
                                        Diagnostics diagnostics) {
        ThemeClassifier classifier = new ThemeClassifier(themes, settings);
        Map<ParagraphRef, List<ThemeMatch>> themesByParagraph = new HashMap<>();
        // Statements are classified on every core, then collected in their order.
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
        List<Figure> figures = FigureLedger.assemble(statements, figureRules, figureEdits, diagnostics);
        Map<ParagraphRef, List<Related>> related = RelatedParagraphs.find(statements, settings.relatedMinScore(), settings.relatedMax());
        List<Statement> newestFirst = statements.stream().sorted(Briefing.NEWEST_FIRST).toList();
        return new Briefing(statements, themes, themesByParagraph, figures, figureRules, List.of(),
                Glossary.build(statements, glossary), related, Timeline.build(statements),
                ThemeChanges.compare(newestFirst, themes, themesByParagraph, related, figures));
    }
}
