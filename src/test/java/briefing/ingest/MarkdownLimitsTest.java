package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.model.SourceRef;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Markdown guard counts markers the parser would pair, per block, and only those. */
class MarkdownLimitsTest {

    private static List<String> check(String body) {
        Diagnostics diagnostics = new Diagnostics();
        MarkdownLimits.check(body, SourceRef.file("n.md"), 5, diagnostics);
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }

    @Test
    void escapedMarkersAreTextNotMarkup() {
        assertEquals(List.of(), check("\\* ".repeat(1_500)));
    }

    @Test
    void aLongListOrTableCountsEachItemAndRowApart() {
        String list = IntStream.range(0, 400).mapToObj(i -> "- [Statement " + i + "](/statements/s" + i + "/) on *trade*")
                .collect(Collectors.joining("\n"));
        String table = IntStream.range(0, 400).mapToObj(i -> "| **" + i + "** | *a* |").collect(Collectors.joining("\n"));

        assertEquals(List.of(), check(list));
        assertEquals(List.of(), check(table));
    }

    @Test
    void thousandsOfMarkersInOneParagraphAreRefusedAtTheOneOverTheLimit() {
        List<String> errors = check("Text.\n\n" + "**a ".repeat(1_500));

        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("n.md:7:4001: error: more than 1,000 emphasis, code or link markers in one paragraph"), errors.get(0));
        assertFalse(check("**a ".repeat(500) + "b** ".repeat(500)).iterator().hasNext(), "at the limit: fine");
    }
}
