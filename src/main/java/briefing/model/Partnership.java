package briefing.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A relationship the site covers ({@code content/site.yaml}, {@code partnerships:}): its parties, in the
 * order pages name them.
 *
 * @param declaredAt the line of site.yaml that names it
 */
public record Partnership(List<String> parties, SourceRef declaredAt) {

    public Partnership {
        parties = List.copyOf(parties);
        Objects.requireNonNull(declaredAt, "declaredAt");
    }

    /** {@code Vietnam–South Korea}. */
    public String label() {
        return String.join("–", parties);
    }

    /** Whether a statement's (or figure's) parties are this partnership's, in any order. */
    public boolean covers(List<String> names) {
        return Set.copyOf(parties).equals(Set.copyOf(names));
    }
}
