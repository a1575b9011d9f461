package briefing.diag;

import briefing.model.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem a stage finds so the build can report them all at once instead of stopping at
 * the first. Not thread-safe: one collector per build.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    public void error(SourceRef where, String message, String hint) {
        all.add(new Diagnostic(where, Severity.ERROR, message, hint));
    }

    public void warning(SourceRef where, String message, String hint) {
        all.add(new Diagnostic(where, Severity.WARNING, message, hint));
    }

    public void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void addAll(Diagnostics other) {
        all.addAll(other.all);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    /** All diagnostics so far, in reading order. */
    public List<Diagnostic> all() {
        return all.stream().sorted(Diagnostic.READING_ORDER).toList();
    }

    /** Throws a {@link BuildFailure} carrying everything collected if any of it is an error. */
    public void throwIfErrors(String stage) {
        if (hasErrors()) {
            throw new BuildFailure(stage, all());
        }
    }
}
