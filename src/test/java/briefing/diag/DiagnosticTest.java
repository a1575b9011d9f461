package briefing.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.SourceRef;
import org.junit.jupiter.api.Test;

/** One diagnostic as a reader sees it printed. */
class DiagnosticTest {

    @Test
    void aWholeFileProblemPrintsThePathAlone() {
        Diagnostic d = new Diagnostic(SourceRef.file("content/site.yaml"), Severity.ERROR, "missing 'title'", "");

        assertEquals("content/site.yaml: error: missing 'title'", d.format());
        assertEquals(d.format(), d.toString());
    }

    @Test
    void aKnownColumnIsPrintedAfterTheLine() {
        Diagnostic d = new Diagnostic(new SourceRef("content/charts.yaml", 7, 12), Severity.WARNING, "unused chart", "");

        assertEquals("content/charts.yaml:7:12: warning: unused chart", d.format());
    }

    @Test
    void theHintGoesOnItsOwnIndentedLine() {
        Diagnostic d = new Diagnostic(new SourceRef("seeds/x.yaml", 2), Severity.ERROR, "unknown party 'Korae'",
                "did you mean 'Korea'?");

        assertEquals("seeds/x.yaml:2: error: unknown party 'Korae'" + System.lineSeparator()
                + "  hint: did you mean 'Korea'?", d.format());
    }

    @Test
    void aNullHintIsNoHint() {
        Diagnostic d = new Diagnostic(new SourceRef("seeds/x.yaml", 2), Severity.WARNING, "m", null);

        assertEquals("", d.hint());
        assertEquals("seeds/x.yaml:2: warning: m", d.format());
    }

    @Test
    void onlyErrorsAreErrors() {
        assertTrue(new Diagnostic(SourceRef.file("a"), Severity.ERROR, "m", "").isError());
        assertFalse(new Diagnostic(SourceRef.file("a"), Severity.WARNING, "m", "").isError());
    }

    @Test
    void whereHowBadAndWhatAreRequired() {
        assertThrows(NullPointerException.class, () -> new Diagnostic(null, Severity.ERROR, "m", ""));
        assertThrows(NullPointerException.class, () -> new Diagnostic(SourceRef.file("a"), null, "m", ""));
        assertThrows(NullPointerException.class, () -> new Diagnostic(SourceRef.file("a"), Severity.ERROR, null, ""));
    }
}
