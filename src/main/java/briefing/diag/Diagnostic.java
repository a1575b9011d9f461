package briefing.diag;

import briefing.model.SourceRef;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem with the input, compiler-style: where, how bad, what is wrong and what would be right.
 * Printed as {@code seeds/x.txt:12: error: message} with the hint on the next line.
 *
 * @param hint what would be right; may be empty
 */
public record Diagnostic(SourceRef source, Severity severity, String message, String hint) {

    /** File, then line, then errors before warnings, then message: the order a reader fixes them in. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator
            .comparing((Diagnostic d) -> d.source().path())
            .thenComparingInt(d -> d.source().line())
            .thenComparingInt(d -> d.source().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The compiler-style text: one line, plus an indented hint line when there is a hint. */
    public String format() {
        String head = source + ": " + severity.label() + ": " + message;
        return hint.isEmpty() ? head : head + System.lineSeparator() + "  hint: " + hint;
    }

    @Override
    public String toString() {
        return format();
    }
}
