package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A YAML file that does not parse is reported where the editor's mistake is. */
class YamlMapTest {

    private static List<String> errors(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        YamlMap.read(yaml.getBytes(StandardCharsets.UTF_8), SourceRef.file("content/site.yaml"), diagnostics);
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }

    @Test
    void anUnclosedBracketIsReportedWhereItOpensNotWhereTheParserGaveUp() {
        assertEquals(List.of("content/site.yaml:2:11: error: YAML does not parse: parsing a flow sequence that starts here is not "
                + "finished: expected ',' or ']', but got : at line 3, column 9\n"
                + "  hint: close what was opened here ([ with ], { with }, a quote with its quote), or quote the value"),
                errors("title: A site\nlanguage: [en\nbase_url: \"\"\n"));
    }

    @Test
    void aMistakeWithinOneLineStaysAtItsPlace() {
        assertEquals(List.of("content/site.yaml:2:13: error: YAML does not parse: mapping values are not allowed here\n"
                + "  hint: check indentation and quote values that contain ':' or '#'"), errors("title: A site\nlanguage: en: fr\n"));
    }
}
