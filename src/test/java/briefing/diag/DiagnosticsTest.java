package briefing.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The collector every stage reports into: it keeps everything, in the order a reader fixes it. */
class DiagnosticsTest {

    private static final String NL = System.lineSeparator();

    @Test
    void collectsEveryErrorAndWarningInsteadOfStoppingAtTheFirst() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error(new SourceRef("seeds/a.txt", 3), "first", "");
        diagnostics.warning(new SourceRef("seeds/a.txt", 5), "second", "");
        diagnostics.error(new SourceRef("seeds/b.txt", 1), "third", "");

        assertEquals(3, diagnostics.all().size());
        assertEquals(2, diagnostics.errorCount());
        assertTrue(diagnostics.hasErrors());
    }

    @Test
    void warningsAloneAreNoErrorsAndDoNotFailTheStage() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warning(SourceRef.file("content/site.yaml"), "odd but fine", "");

        assertFalse(diagnostics.hasErrors());
        assertEquals(0, diagnostics.errorCount());
        diagnostics.throwIfErrors("ingest");
    }

    @Test
    void allIsInReadingOrderFileThenLineThenColumnThenErrorsBeforeWarningsThenMessage() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warning(new SourceRef("seeds/b.txt", 1), "b1", "");
        diagnostics.warning(new SourceRef("seeds/a.txt", 9), "a9 warning", "");
        diagnostics.error(new SourceRef("seeds/a.txt", 9), "a9 error z", "");
        diagnostics.error(new SourceRef("seeds/a.txt", 9), "a9 error a", "");
        diagnostics.error(new SourceRef("seeds/a.txt", 2, 7), "a2 col 7", "");
        diagnostics.error(new SourceRef("seeds/a.txt", 2, 3), "a2 col 3", "");
        diagnostics.error(new SourceRef("seeds/a.txt", 10), "a10", "");

        assertEquals(List.of("a2 col 3", "a2 col 7", "a9 error a", "a9 error z", "a9 warning", "a10", "b1"),
                diagnostics.all().stream().map(Diagnostic::message).toList());
    }

    @Test
    void throwIfErrorsThrowsABuildFailureHoldingEveryDiagnosticWarningsIncluded() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error(new SourceRef("seeds/b.txt", 4), "unknown theme 'econmy'", "did you mean 'economy'?");
        diagnostics.warning(new SourceRef("seeds/a.txt", 1), "no date", "");
        diagnostics.error(new SourceRef("seeds/a.txt", 2), "bad party", "");

        BuildFailure failure = assertThrows(BuildFailure.class, () -> diagnostics.throwIfErrors("ingest"));

        assertEquals("ingest", failure.stage());
        assertEquals("ingest failed with 2 error(s)", failure.getMessage());
        assertEquals(diagnostics.all(), failure.diagnostics());
        assertEquals(List.of("no date", "bad party", "unknown theme 'econmy'"),
                failure.diagnostics().stream().map(Diagnostic::message).toList());
    }

    @Test
    void aBuildFailureKeepsItsOwnCopyOfTheDiagnostics() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error(SourceRef.file("x"), "one", "");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> diagnostics.throwIfErrors("bake"));
        diagnostics.error(SourceRef.file("x"), "two", "");

        assertEquals(1, failure.diagnostics().size(), "later diagnostics do not leak into a thrown failure");
        assertThrows(UnsupportedOperationException.class, () -> failure.diagnostics().add(failure.diagnostics().get(0)));
    }

    @Test
    void addAllTakesOverAnotherStagesDiagnostics() {
        Diagnostics stage = new Diagnostics();
        stage.error(new SourceRef("content/glossary.yaml", 3), "duplicate term", "");
        stage.add(new Diagnostic(new SourceRef("content/glossary.yaml", 1), Severity.WARNING, "empty alias", null));
        Diagnostics all = new Diagnostics();
        all.warning(SourceRef.file("seeds"), "no seeds", "");

        all.addAll(stage);

        assertEquals(List.of("empty alias", "duplicate term", "no seeds"), all.all().stream().map(Diagnostic::message).toList());
        assertEquals(1, all.errorCount());
    }

    @Test
    void formatIsCompilerStylePathLineSeverityMessageThenTheIndentedHint() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error(new SourceRef("seeds/x.txt", 12), "unknown theme 'econmy'", "did you mean 'economy'?");
        diagnostics.warning(new SourceRef("seeds/x.txt", 14, 5), "long line", "");

        List<String> printed = diagnostics.all().stream().map(Diagnostic::format).toList();

        assertEquals(List.of("seeds/x.txt:12: error: unknown theme 'econmy'" + NL + "  hint: did you mean 'economy'?",
                "seeds/x.txt:14:5: warning: long line"), printed);
    }
}
