package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.diag.Suggestions;
import briefing.model.FigureRules;
import briefing.model.FigureTopic;
import briefing.model.SourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code content/figure-rules.yaml}: the figure topics (title, what their forward-looking figures
 * are called, weighted signal words), the fallback topic, the words that mark targets, and the named
 * instruments.
 */
public final class FigureRulesReader {

    private static final List<String> FIELDS = List.of("topics", "fallback", "target_terms", "instruments");
    private static final List<String> TOPIC_FIELDS = List.of("title", "forward", "terms");
    private static final List<String> FORWARD = List.of("target", "commitment");

    private final ProjectPaths paths;

    public FigureRulesReader(ProjectPaths paths) {
        this.paths = paths;
    }

    public Optional<FigureRules> read(Path file, Diagnostics diagnostics) {
        SourceRef ref = SourceRef.file(paths.display(file));
        if (!Files.isRegularFile(file)) {
            diagnostics.error(ref, "the figure rules file does not exist", "create it with " + String.join(", ", FIELDS));
            return Optional.empty();
        }
        Optional<YamlMap> yaml = YamlMap.readFile(file, ref, diagnostics);
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = yaml.get();
        map.checkKeys(FIELDS, FIELDS);
        List<FigureTopic> topics = new ArrayList<>();
        map.map("topics").ifPresent(topicMap -> {
            for (String slug : topicMap.keys()) {
                topicMap.map(slug).ifPresent(t -> {
                    t.checkKeys(TOPIC_FIELDS, List.of("title", "forward"));
                    String forward = t.string("forward").orElse("target");
                    if (!FORWARD.contains(forward)) {
                        diagnostics.error(t.refOf("forward"), "forward must be 'target' or 'commitment', not '" + forward + "'",
                                Suggestions.hint(forward, FORWARD));
                    }
                    Map<String, Double> terms = t.map("terms").map(YamlMap::numbersByKey).orElse(Map.of());
                    t.string("title").ifPresent(title ->
                            topics.add(new FigureTopic(slug, title, new LinkedHashMap<>(terms), forward, topicMap.refOf(slug))));
                });
            }
        });
        Optional<String> fallback = map.string("fallback");
        List<String> slugs = topics.stream().map(FigureTopic::slug).toList();
        fallback.filter(f -> !slugs.contains(f)).ifPresent(f ->
                diagnostics.error(map.refOf("fallback"), "fallback topic '" + f + "' is not one of the topics",
                        Suggestions.hint(f, slugs)));
        List<FigureRules.Instrument> instruments = new ArrayList<>();
        map.map("instruments").ifPresent(inst -> {
            for (String label : inst.keys()) {
                instruments.add(new FigureRules.Instrument(label, inst.strings(label)));
            }
        });
        if (topics.isEmpty() || fallback.isEmpty() || !slugs.contains(fallback.get())) {
            return Optional.empty();
        }
        return Optional.of(new FigureRules(topics, map.strings("target_terms"), instruments, fallback.get(), ref));
    }
}
