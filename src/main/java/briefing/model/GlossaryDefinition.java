package briefing.model;

import java.util.List;
import java.util.Objects;

/** What editors say of a glossary entry in {@code content/glossary.yaml}: names, aliases, a definition. */
public record GlossaryDefinition(String slug, String term, String fullName, List<String> aliases, String definition,
                                 SourceRef source) {

    public GlossaryDefinition {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(term, "term");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(source, "source");
    }
}
