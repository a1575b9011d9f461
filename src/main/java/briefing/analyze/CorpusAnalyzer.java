package briefing.analyze;

import briefing.model.Briefing;
import briefing.model.ClassifierSettings;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.Section;
import briefing.model.Statement;
import briefing.model.Theme;
import briefing.model.ThemeMatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The analysis stage: statements and themes in, the classified corpus out. No I/O. */
public final class CorpusAnalyzer {

    private CorpusAnalyzer() {
    }

    public static Briefing analyze(List<Statement> statements, List<Theme> themes, ClassifierSettings settings) {
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
        return new Briefing(statements, themes, themesByParagraph);
    }
}
