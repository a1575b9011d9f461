package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.diag.Suggestions;
import briefing.model.ChartDefinition;
import briefing.model.FigureUnit;
import briefing.model.OutsideSeries;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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

    private static final List<String> FIELDS = List.of("title", "kind", "topics", "theme", "intro", "currency", "series");
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
                    map.map(id).ifPresent(chart -> definition(id, chart, file.getParent(), diagnostics).ifPresent(charts::add));
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

    private Optional<ChartDefinition> definition(String id, YamlMap chart, Path content, Diagnostics diagnostics) {
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
        List<OutsideSeries> series = new ArrayList<>();
        for (YamlMap entry : chart.maps("series")) {
            series(entry, content, diagnostics).ifPresent(series::add);
        }
        if (!series.isEmpty() && kind.filter("timeline"::equals).isEmpty()) {
            diagnostics.error(chart.refOf("series"), "chart '" + id + "' draws periods; an outside yearly series goes on a timeline chart",
                    "move 'series' to a chart of kind timeline");
        }
        if (kind.isEmpty() || title.isEmpty() || topics.isEmpty() || (chart.has("currency") && currency.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new ChartDefinition(id, title.get(),
                kind.get().equals("timeline") ? ChartDefinition.Kind.TIMELINE : ChartDefinition.Kind.PERIODS,
                topics, chart.string("theme").orElse(null), chart.string("intro").orElse(""),
                currency.orElse(null), series, chart.refOf("title")));
    }

    private static final List<String> SERIES_FIELDS = List.of("name", "file", "currency", "source", "url");

    /**
     * An outside yearly series: its CSV file (inside {@code content/}, columns {@code year} and {@code value},
     * a value in units of its currency) and what the chart says of it. Every bad row is an error at its line.
     */
    private Optional<OutsideSeries> series(YamlMap entry, Path content, Diagnostics diagnostics) {
        entry.checkKeys(SERIES_FIELDS, List.of("name", "file", "currency", "source"));
        Optional<FigureUnit> currency = entry.currency("currency", "write the ISO 4217 code of the series' values in capitals: USD, EUR …");
        Optional<String> url = entry.webAddress("url", "give the page where a reader can check the series");
        Optional<Path> file = entry.string("file").flatMap(name -> {
            Path resolved = content.resolve(name).normalize();
            if (!resolved.startsWith(content.normalize()) || !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                diagnostics.error(entry.valueRefOf("file"), "series file '" + name + "' is not a .csv file inside content/",
                        "write its path from content/, e.g. series/trade.csv");
                return Optional.empty();
            }
            if (!Files.isRegularFile(resolved)) {
                diagnostics.error(entry.valueRefOf("file"), "series file '" + name + "' does not exist", "put the CSV at content/" + name);
                return Optional.empty();
            }
            return Optional.of(resolved);
        });
        Optional<String> name = entry.string("name");
        Optional<String> source = entry.string("source");
        if (currency.isEmpty() || file.isEmpty() || name.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        SourceRef ref = SourceRef.file(paths.display(file.get()));
        java.util.TreeMap<Integer, Double> values = new java.util.TreeMap<>();
        try (java.io.Reader reader = Files.newBufferedReader(file.get(), java.nio.charset.StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                     .setCommentMarker('#').get().parse(reader)) {
            if (!csv.getHeaderNames().containsAll(List.of("year", "value"))) {
                diagnostics.error(ref.atLine(1), "the series has no 'year' and 'value' columns (it has " + csv.getHeaderNames() + ")",
                        "start the file with the line: year,value");
                return Optional.empty();
            }
            for (CSVRecord row : csv) {
                int line = (int) row.getParser().getCurrentLineNumber();
                String year = row.get("year");
                String value = row.get("value").replace(",", "");
                if (!year.matches("(19|20)\\d\\d")) {
                    diagnostics.error(ref.atLine(line), "'" + year + "' is not a year", "write each row as year,value, e.g. 2022,87000000000");
                } else if (!value.matches("\\d+(?:\\.\\d+)?(?:[eE]\\d+)?")) {
                    diagnostics.error(ref.atLine(line), "'" + row.get("value") + "' is not an amount",
                            "write the amount in " + currency.get().code() + " as a plain number, e.g. 87000000000 or 87e9");
                } else if (values.put(Integer.parseInt(year), Double.parseDouble(value)) != null) {
                    diagnostics.error(ref.atLine(line), "the year " + year + " is written twice", "keep one row per year");
                }
            }
        } catch (java.io.IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            diagnostics.error(ref, "the series cannot be read as CSV: " + e.getMessage(), "write one 'year,value' row per line");
            return Optional.empty();
        }
        if (values.isEmpty()) {
            diagnostics.error(ref, "the series has no rows", "add one 'year,value' row per year");
            return Optional.empty();
        }
        return Optional.of(new OutsideSeries(name.get(), currency.get(), values, source.get(), url.orElse(null), ref));
    }
}
