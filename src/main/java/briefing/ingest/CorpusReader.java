package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.model.GoldLabel;
import briefing.model.GoldLabel.GoldFigure;
import briefing.model.GoldLabel.GoldParagraph;
import briefing.model.SourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the labelled corpus's gold labels ({@code corpus/labels/*.yaml}) and score floors
 * ({@code corpus/floors.yaml}); the format is {@code corpus/README.md}'s. A label without its text, an
 * unknown theme, unit, status or kind is an error at its line, so a typo never silently scores.
 */
public final class CorpusReader {

    public static final Set<String> KINDS = Set.of("joint statement", "news report", "transcript", "press release",
            "speech", "fact sheet");
    private static final Set<String> UNITS = Set.of("money", "percent", "count");
    private static final Set<String> STATUSES = Set.of("reported", "target", "commitment");
    private static final Set<String> STRENGTHS = Set.of("consider", "support", "strive", "agree", "will", "commit");
    private static final Set<String> TOPICS = Set.of("trade", "development-finance", "investment", "research", "other");

    private final ProjectPaths paths;

    public CorpusReader(ProjectPaths paths) {
        this.paths = paths;
    }

    /** Every label file under {@code labelsDir}, in file-name order; each must have its text in {@code textsDir}. */
    public List<GoldLabel> readLabels(Path labelsDir, Path textsDir, Set<String> themes, Diagnostics diagnostics) {
        if (!Files.isDirectory(labelsDir)) {
            diagnostics.error(SourceRef.file(paths.display(labelsDir)), "the corpus has no labels folder",
                    "see corpus/README.md for the layout");
            return List.of();
        }
        List<GoldLabel> labels = new ArrayList<>();
        for (Path file : InputFiles.in(labelsDir, "")) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".yaml")) {
                continue;
            }
            String id = name.substring(0, name.length() - ".yaml".length());
            SourceRef ref = SourceRef.file(paths.display(file));
            if (!Files.isRegularFile(textsDir.resolve(id + ".txt"))) {
                diagnostics.error(ref, "a label without its text: no " + paths.display(textsDir.resolve(id + ".txt")),
                        "put the collected text there, or remove the label");
                continue;
            }
            YamlMap.readFile(file, ref, diagnostics).flatMap(yaml -> label(id, yaml, ref, themes, diagnostics))
                    .ifPresent(labels::add);
        }
        return labels;
    }

    /** Floors per split and measure ({@code train: {themes.micro_f1: 0.9}}); an absent file means none. */
    public Map<String, Map<String, Double>> readFloors(Path file, Diagnostics diagnostics) {
        Map<String, Map<String, Double>> floors = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return floors;
        }
        YamlMap.readFile(file, SourceRef.file(paths.display(file)), diagnostics).ifPresent(yaml -> {
            yaml.checkKeys(List.of("train", "test"), List.of());
            for (String split : yaml.keys()) {
                yaml.map(split).ifPresent(measures -> floors.put(split, measures.numbersByKey()));
            }
        });
        return floors;
    }

    private Optional<GoldLabel> label(String id, YamlMap yaml, SourceRef ref, Set<String> themes, Diagnostics diagnostics) {
        yaml.checkKeys(List.of("url", "publisher", "split", "statement", "lines", "paragraphs", "figures", "commitments"),
                List.of("url", "publisher", "split", "statement", "paragraphs"));
        Optional<GoldLabel.Split> split = yaml.choice("split", YamlMap.twoWords("train", GoldLabel.Split.TRAIN,
                "test", GoldLabel.Split.TEST), "write 'split: train' or 'split: test'");
        Optional<YamlMap> statement = yaml.map("statement");
        statement.ifPresent(s -> {
            s.checkKeys(List.of("title", "date", "date_stated", "kind", "parties", "event"), List.of("title", "kind"));
            s.string("kind").filter(k -> !KINDS.contains(k)).ifPresent(k -> diagnostics.error(s.valueRefOf("kind"),
                    "kind '" + k + "' is not one of the corpus's kinds", "use one of " + String.join(", ", KINDS.stream().sorted().toList())));
        });
        YamlMap lines = yaml.map("lines").orElse(null);
        if (lines != null) {
            lines.checkKeys(List.of("title", "headings", "noise"), List.of());
        }
        List<GoldParagraph> paragraphs = new ArrayList<>();
        for (YamlMap p : yaml.maps("paragraphs")) {
            p.checkKeys(List.of("starts", "themes", "also"), List.of("starts", "themes"));
            checkThemes(p, "themes", themes, diagnostics);
            checkThemes(p, "also", themes, diagnostics);
            p.string("starts").ifPresent(starts -> paragraphs.add(new GoldParagraph(starts, Set.copyOf(p.strings("themes")),
                    Set.copyOf(p.strings("also")), p.refOf("starts"))));
        }
        List<GoldFigure> figures = new ArrayList<>();
        for (YamlMap f : yaml.maps("figures")) {
            f.checkKeys(List.of("paragraph", "text", "value", "unit", "currency", "topic", "time", "year", "status", "parties"),
                    List.of("paragraph", "text", "value", "unit", "topic", "status"));
            checkOneOf(f, "unit", UNITS, diagnostics);
            checkOneOf(f, "status", STATUSES, diagnostics);
            checkOneOf(f, "topic", TOPICS, diagnostics);
            Optional<String> paragraph = f.string("paragraph");
            paragraph.filter(s -> paragraphs.stream().noneMatch(p -> p.starts().equals(s))).ifPresent(s ->
                    diagnostics.error(f.valueRefOf("paragraph"), "no paragraph starts '" + s + "'",
                            "copy the 'starts' of the paragraph that states the figure"));
            Optional<Double> value = f.number("value");
            if (paragraph.isPresent() && value.isPresent()) {
                figures.add(new GoldFigure(paragraph.get(), f.string("text").orElse(""), value.get(),
                        f.string("unit").orElse(""), f.string("currency").map(c -> c.toUpperCase(Locale.ROOT)).orElse(null),
                        f.string("topic").orElse(""), f.integer("year").orElse(null), f.string("status").orElse(""),
                        f.strings("parties"), f.refOf("text")));
            }
        }
        if (split.isEmpty() || statement.isEmpty()) {
            return Optional.empty();
        }
        List<GoldLabel.GoldCommitment> commitments = new ArrayList<>();
        for (YamlMap c : yaml.maps("commitments")) {
            c.checkKeys(List.of("paragraph", "text", "strength", "deadline"), List.of("paragraph", "text", "strength"));
            checkOneOf(c, "strength", STRENGTHS, diagnostics);
            Optional<String> paragraph = c.string("paragraph");
            paragraph.filter(p -> paragraphs.stream().noneMatch(g -> g.starts().equals(p))).ifPresent(p ->
                    diagnostics.error(c.valueRefOf("paragraph"), "no paragraph starts '" + p + "'",
                            "copy the 'starts' of the paragraph that holds the commitment"));
            if (paragraph.isPresent() && c.string("text").isPresent()) {
                commitments.add(new GoldLabel.GoldCommitment(paragraph.get(), c.string("text").get(),
                        c.string("strength").orElse(""), c.string("deadline").orElse(null), c.refOf("text")));
            }
        }
        YamlMap s = statement.get();
        return Optional.of(new GoldLabel(id, yaml.string("url").orElse(""), yaml.string("publisher").orElse(""), split.get(),
                s.string("title").orElse(""), s.date("date").orElse(null), s.bool("date_stated").orElse(true), s.string("kind").orElse(""), s.strings("parties"),
                s.string("event").orElse(null), lines == null ? null : lines.string("title").orElse(null),
                lines == null ? List.of() : lines.strings("headings"), lines == null ? List.of() : lines.strings("noise"),
                paragraphs, figures, commitments, ref));
    }

    private static void checkThemes(YamlMap map, String key, Set<String> themes, Diagnostics diagnostics) {
        for (Map.Entry<String, SourceRef> theme : map.stringsWithPlaces(key)) {
            if (!themes.contains(theme.getKey())) {
                diagnostics.error(theme.getValue(), "unknown theme '" + theme.getKey() + "'",
                        "use one of " + String.join(", ", themes.stream().sorted().toList()));
            }
        }
    }

    private static void checkOneOf(YamlMap map, String key, Set<String> allowed, Diagnostics diagnostics) {
        map.string(key).filter(v -> !allowed.contains(v)).ifPresent(v -> diagnostics.error(map.valueRefOf(key),
                "'" + key + "' is '" + v + "'", "use one of " + String.join(", ", allowed.stream().sorted().toList())));
    }
}
