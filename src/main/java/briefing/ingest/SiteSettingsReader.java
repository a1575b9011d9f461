package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.model.Partnership;
import briefing.model.SiteSettings;
import briefing.model.SourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code content/site.yaml}: the site's title, description, language and public base URL. */
public final class SiteSettingsReader {

    private static final List<String> FIELDS = List.of("title", "description", "language", "base_url", "page_size", "partnerships",
            "corrections");

    private final ProjectPaths paths;

    public SiteSettingsReader(ProjectPaths paths) {
        this.paths = paths;
    }

    public Optional<SiteSettings> read(Path file, Diagnostics diagnostics) {
        SourceRef ref = SourceRef.file(paths.display(file));
        if (!Files.isRegularFile(file)) {
            diagnostics.error(ref, "the site settings file does not exist", "create it with " + String.join(", ", FIELDS));
            return Optional.empty();
        }
        Optional<YamlMap> yaml = YamlMap.readFile(file, ref, diagnostics);
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = yaml.get();
        map.checkKeys(FIELDS, List.of("title", "description"));
        String baseUrl = map.string("base_url").orElse("");
        if (!baseUrl.isEmpty() && !baseUrl.toLowerCase(Locale.ROOT).matches("https?://\\S+")) {
            diagnostics.error(map.refOf("base_url"), "base_url '" + baseUrl + "' is not a web address",
                    "write the full address the site is published at, e.g. https://example.org/briefing/, or leave it out");
            baseUrl = "";
        }
        int pageSize = map.integer("page_size").orElse(25);
        if (pageSize < 5) {
            diagnostics.error(map.valueRefOf("page_size"), "page_size must be at least 5, not " + pageSize,
                    "it is how many paragraphs or figures a listing page holds; 25 reads well");
            pageSize = 25;
        }
        Optional<String> title = map.string("title");
        Optional<String> description = map.string("description");
        if (title.isEmpty() || description.isEmpty()) {
            return Optional.empty();
        }
        List<Partnership> partnerships = new java.util.ArrayList<>();
        for (YamlMap entry : map.maps("partnerships")) {
            entry.checkKeys(List.of("parties"), List.of("parties"));
            List<String> parties = entry.strings("parties");
            if (parties.size() < 2) {
                diagnostics.error(entry.refOf("parties"), "a partnership names at least two parties",
                        "write e.g. 'parties: [Vietnam, South Korea]', each as content/parties.yaml names it");
            } else {
                partnerships.add(new Partnership(parties, entry.refOf("parties")));
            }
        }
        Optional<String> corrections = map.string("corrections").filter(c -> {
            if (c.matches("(?i)https?://\\S+|mailto:\\S+@\\S+")) {
                return true;
            }
            diagnostics.error(map.valueRefOf("corrections"), "corrections '" + c + "' is neither a web address nor a mailto: address",
                    "write where readers report an error, e.g. https://github.com/org/briefing/issues or mailto:editors@example.org");
            return false;
        });
        return Optional.of(new SiteSettings(title.get(), description.get(), map.string("language").orElse("en"),
                baseUrl, pageSize, partnerships, corrections.orElse(null), ref));
    }
}
