package briefing.diag;

import java.util.List;

/**
 * The build stopped: the stage that stopped it and every diagnostic collected up to then. Nothing has
 * been published when this is thrown.
 */
public final class BuildFailure extends RuntimeException {

    private final String stage;
    private final transient List<Diagnostic> diagnostics;

    public BuildFailure(String stage, List<Diagnostic> diagnostics) {
        super(stage + " failed with " + diagnostics.stream().filter(Diagnostic::isError).count() + " error(s)");
        this.stage = stage;
        this.diagnostics = List.copyOf(diagnostics);
    }

    public String stage() {
        return stage;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
