package briefing.analyze;

import briefing.diag.Diagnostics;
import briefing.model.Briefing;
import briefing.model.Figure;
import briefing.model.FigureEdits;
import briefing.model.FigureRules;
import briefing.model.GlossaryDefinition;
import briefing.model.Note;
import briefing.model.ClassifierSettings;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.Related;
import briefing.model.Section;
import briefing.model.Statement;
import briefing.model.Theme;
import briefing.model.ThemeMatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The analysis stage: statements, themes and figure rules in, the classified corpus and its figures out. No I/O. */
public final class CorpusAnalyzer {

    private CorpusAnalyzer() {
    }

    public static Briefing analyze(List<Statement> statements, List<Theme> themes, ClassifierSettings settings,
                                   FigureRules figureRules, FigureEdits figureEdits, List<Note> notes,
                                   List<GlossaryDefinition> glossary, Diagnostics diagnostics) {
        ThemeClassifier classifier = new ThemeClassifier(themes, settings);
        Map<ParagraphRef, List<ThemeMatch>> themesByParagraph = new HashMap<>();
        for (Statement statement : statements) {
            Map<String, List<String>> headingStems = new HashMap<>();
            for (Section section : statement.sections()) {
                headingStems.put(section.anchor(), Stems.of(section.title()));
            }
            for (Paragraph paragraph : statement.paragraphs()) {
                List<String> heading = paragraph.sectionAnchor() == null
                        ? List.of() : headingStems.get(paragraph.sectionAnchor());
                themesByParagraph.put(new ParagraphRef(statement.id(), paragraph.anchor()),
                        classifier.classify(Stems.of(paragraph.text()), heading));
            }
        }
        List<Figure> figures = FigureLedger.assemble(statements, figureRules, figureEdits, diagnostics);
        Map<ParagraphRef, List<Related>> related = RelatedParagraphs.find(statements, settings.relatedMinScore(), settings.relatedMax());
        List<Statement> newestFirst = statements.stream().sorted(Briefing.NEWEST_FIRST).toList();
        return new Briefing(statements, themes, themesByParagraph, figures, figureRules, notes,
                Glossary.build(statements, glossary), related, Timeline.build(statements),
                ThemeChanges.compare(newestFirst, themes, themesByParagraph, related, figures));
    }
}
