package briefing.site;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * An editor's Markdown as the words a reader sees, for search snippets: emphasis marks, link targets,
 * footnote markers and table pipes gone ({@code **US$150 billion by 2030**} → {@code US$150 billion by
 * 2030}). Parsed by Flexmark, the parser the bake uses, with the same table and footnote syntax.
 */
final class MarkdownText {

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()))).build();

    private MarkdownText() {
    }

    static String plain(String markdown) {
        Document document = PARSER.parse(markdown);
        // A footnote marker is a number in the text; the footnote itself stays, at the end.
        List<Node> markers = new ArrayList<>();
        document.getDescendants().forEach(n -> {
            if (n instanceof Footnote) {
                markers.add(n);
            }
        });
        markers.forEach(Node::unlink);
        return new TextCollectingVisitor().collectAndGetText(document, TextContainer.F_ADD_SPACES_BETWEEN_NODES)
                .replaceAll("\\s+", " ").replaceAll(" ([.,;:!?])", "$1").strip();
    }
}
