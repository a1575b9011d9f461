package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * Whose relationship a statement is about: the parties' short names ({@link Party#name()}), in the order
 * the text names them, and where that came from.
 *
 * @param declaredAt the metadata line that lists them; null unless {@code origin} is METADATA
 */
public record StatementParties(List<String> names, Origin origin, SourceRef declaredAt) {

    /** Where a statement's parties come from. */
    public enum Origin {
        /** an editor listed them in the statement's metadata file */
        METADATA,
        /** the analysis read them from the headline and text */
        TEXT,
        /** the site's only partnership that fits a text naming one side or none ("the two sides") */
        SITE,
        /** neither: no party is named */
        NONE
    }

    /** Not yet known: no metadata says them and the analysis has not read them yet. */
    public static final StatementParties UNKNOWN = new StatementParties(List.of(), Origin.NONE, null);

    public StatementParties {
        names = List.copyOf(names);
        Objects.requireNonNull(origin, "origin");
        if ((origin == Origin.METADATA) != (declaredAt != null)) {
            throw new IllegalArgumentException("declaredAt goes with metadata parties only");
        }
    }

    public static StatementParties declared(List<String> names, SourceRef at) {
        return new StatementParties(names, Origin.METADATA, at);
    }

    public static StatementParties inferred(List<String> names) {
        return new StatementParties(names, names.isEmpty() ? Origin.NONE : Origin.TEXT, null);
    }

    /** The partnership's name as readers see it: {@code Vietnam–South Korea}; empty when none is known. */
    public String label() {
        return String.join("–", names);
    }

    /** The same parties in a fixed order, so Vietnam–Japan and Japan–Vietnam are one partnership. */
    public List<String> partnership() {
        return names.stream().sorted().toList();
    }
}
