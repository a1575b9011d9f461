package briefing.ingest;

import briefing.model.Slugs;
import briefing.diag.Diagnostics;
import briefing.model.GlossaryDefinition;
import briefing.model.SourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code content/glossary.yaml}: entries editors define or correct, keyed by slug, each with its
 * term, full name, aliases (other names the texts use for the same thing) and a definition.
 */
public final class GlossaryReader {

    private static final List<String> FIELDS = List.of("term", "full_name", "aliases", "definition");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final ProjectPaths paths;

    public GlossaryReader(ProjectPaths paths) {
        this.paths = paths;
    }

    /** An absent file means no editors' entries. */
    public List<GlossaryDefinition> read(Path file, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        SourceRef ref = SourceRef.file(paths.display(file));
        Optional<YamlMap> yaml = YamlMap.readFile(file, ref, diagnostics);
        List<GlossaryDefinition> out = new ArrayList<>();
        yaml.ifPresent(root -> {
            root.checkKeys(List.of("entries"), List.of("entries"));
            root.map("entries").ifPresent(entries -> {
                for (String slug : entries.keys()) {
                    if (!SLUG.matcher(slug).matches()) {
                        diagnostics.error(entries.refOf(slug), "glossary slug '" + slug + "' is not usable in a URL",
                                "use lower-case letters, digits and '-', e.g. '" + Slugs.of(slug) + "'");
                        continue;
                    }
                    entries.map(slug).ifPresent(entry -> {
                        entry.checkKeys(FIELDS, List.of("term"));
                        entry.string("term").ifPresent(term -> out.add(new GlossaryDefinition(slug, term,
                                entry.string("full_name").orElse(null), entry.strings("aliases"),
                                entry.string("definition").orElse(null), entries.refOf(slug))));
                    });
                }
            });
        });
        return out;
    }
}
