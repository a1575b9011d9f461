package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.diag.Suggestions;
import briefing.model.ChartDefinition;
import briefing.model.FigureUnit;
import briefing.model.SourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code content/charts.yaml}: the charts the site draws from the figures ledger. */
public final class ChartDefinitionReader {

    private static final List<String> FIELDS = List.of("title", "kind", "topics", "theme", "intro", "currency");
    private static final List<String> KINDS = List.of("timeline", "periods");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final ProjectPaths paths;

    public ChartDefinitionReader(ProjectPaths paths) {
        this.paths = paths;
    }

    /** An absent file means no charts. */
    public List<ChartDefinition> read(Path file, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        SourceRef ref = SourceRef.file(paths.display(file));
        Optional<YamlMap> yaml = YamlMap.readFile(file, ref, diagnostics);
        List<ChartDefinition> charts = new ArrayList<>();
        yaml.ifPresent(root -> {
            root.checkKeys(List.of("charts"), List.of("charts"));
            root.map("charts").ifPresent(map -> {
                for (String id : map.keys()) {
                    if (!ID.matcher(id).matches()) {
                        diagnostics.error(map.refOf(id), "chart id '" + id + "' is not usable in a file name",
                                "use lower-case letters, digits and '-'");
                        continue;
                    }
                    map.map(id).ifPresent(chart -> definition(id, chart, diagnostics).ifPresent(charts::add));
                }
            });
        });
        return charts;
    }

    /** Reports charts that name a figure topic or theme that does not exist. */
    public static void checkAgainst(List<ChartDefinition> charts, List<String> topics, List<String> themes,
                                    Diagnostics diagnostics) {
        for (ChartDefinition chart : charts) {
            for (String topic : chart.topics()) {
                if (!topics.contains(topic)) {
                    diagnostics.error(chart.source(), "chart '" + chart.id() + "' plots unknown figure topic '" + topic + "'",
                            Suggestions.hint(topic, topics));
                }
            }
            if (chart.theme() != null && !themes.contains(chart.theme())) {
                diagnostics.error(chart.source(), "chart '" + chart.id() + "' names unknown theme '" + chart.theme() + "'",
                        Suggestions.hint(chart.theme(), themes));
            }
        }
    }

    private static Optional<ChartDefinition> definition(String id, YamlMap chart, Diagnostics diagnostics) {
        chart.checkKeys(FIELDS, List.of("title", "kind", "topics"));
        Optional<String> kind = chart.string("kind").map(k -> k.toLowerCase(Locale.ROOT)).filter(k -> {
            if (KINDS.contains(k)) {
                return true;
            }
            diagnostics.error(chart.refOf("kind"), "chart kind '" + k + "' is not known", Suggestions.hint(k, KINDS));
            return false;
        });
        Optional<String> title = chart.string("title");
        List<String> topics = chart.strings("topics");
        Optional<FigureUnit> currency = chart.currency("currency",
                "write the ISO 4217 code in capitals (USD, EUR, JPY …), or leave 'currency' out to draw in the one most figures use");
        if (kind.isEmpty() || title.isEmpty() || topics.isEmpty() || (chart.has("currency") && currency.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new ChartDefinition(id, title.get(),
                kind.get().equals("timeline") ? ChartDefinition.Kind.TIMELINE : ChartDefinition.Kind.PERIODS,
                topics, chart.string("theme").orElse(null), chart.string("intro").orElse(""),
                currency.orElse(null), chart.refOf("title")));
    }
}
