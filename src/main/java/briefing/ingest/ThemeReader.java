package briefing.ingest;

import briefing.model.Slugs;
import briefing.diag.Diagnostics;
import briefing.model.ClassifierSettings;
import briefing.model.SourceRef;
import briefing.model.Term;
import briefing.model.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the editors' theme definitions ({@code content/themes/<slug>.md}: YAML front matter with title,
 * order, summary and weighted terms, then a Markdown introduction) and the classifier settings
 * ({@code content/classification.yaml}).
 */
public final class ThemeReader {

    private static final List<String> THEME_FIELDS = List.of("title", "order", "summary", "terms", "exclude");
    private static final List<String> THEME_REQUIRED = List.of("title", "terms");
    private static final List<String> SETTINGS_FIELDS =
            List.of("min_score", "relative_to_best", "max_themes", "heading_factor", "repeat_factor", "related_min_score",
                    "related_max", "decisive_weight");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final ProjectPaths paths;

    public ThemeReader(ProjectPaths paths) {
        this.paths = paths;
    }

    public List<Theme> readThemes(Path themesDir, Diagnostics diagnostics) {
        SourceRef dirRef = SourceRef.file(paths.display(themesDir));
        if (!Files.isDirectory(themesDir)) {
            diagnostics.error(dirRef, "the themes folder does not exist", "create it with one <slug>.md file per theme");
            return List.of();
        }
        List<Theme> themes = new ArrayList<>();
        for (Path file : InputFiles.in(themesDir, ".md")) {
            readTheme(file, diagnostics).ifPresent(themes::add);
        }
        if (themes.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error(dirRef, "no themes defined", "add one <slug>.md file per theme");
        }
        themes.sort(Comparator.comparingInt(Theme::order).thenComparing(Theme::slug));
        return themes;
    }

    private Optional<Theme> readTheme(Path file, Diagnostics diagnostics) {
        SourceRef ref = SourceRef.file(paths.display(file));
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - ".md".length());
        if (!SLUG.matcher(slug).matches()) {
            diagnostics.error(ref, "theme file name '" + name + "' is not a usable slug",
                    "rename it to lower-case letters, digits and '-', e.g. '" + Slugs.of(slug) + ".md'");
            return Optional.empty();
        }
        Optional<String> text = SourceText.decode(SeedReader.readBytes(file), ref, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<FrontMatter> front = FrontMatter.split(text.get());
        if (front.isEmpty()) {
            diagnostics.error(ref.atLine(1), "the theme file has no front matter",
                    "start it with '---', then title and terms, then '---' and the introduction");
            return Optional.empty();
        }
        Optional<YamlMap> yaml = YamlMap.parse(front.get().yaml(), ref, front.get().yamlStartsAfterLine(), diagnostics);
        boolean introductionOk = MarkdownLimits.check(front.get().body(), ref, front.get().bodyFirstLine(), diagnostics);
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = yaml.get();
        map.checkKeys(THEME_FIELDS, THEME_REQUIRED);
        List<Term> terms = new ArrayList<>();
        map.map("terms").ifPresent(termMap -> {
            for (Map.Entry<String, Double> entry : termMap.numbersByKey().entrySet()) {
                SourceRef at = termMap.refOf(entry.getKey());
                if (entry.getKey().isBlank()) {
                    diagnostics.error(at, "empty term", "write the word or phrase before the colon");
                } else if (entry.getValue() <= 0) {
                    diagnostics.error(at, "the weight of '" + entry.getKey() + "' must be above 0",
                            "use a positive number; remove the term to stop it counting");
                } else {
                    terms.add(new Term(entry.getKey(), entry.getValue(), at));
                }
            }
        });
        if (map.has("terms") && terms.isEmpty()) {
            diagnostics.error(map.refOf("terms"), "the theme has no terms", "list 'phrase: weight' lines under terms:");
        }
        Optional<String> title = map.string("title").filter(t -> !t.isEmpty());
        if (title.isEmpty() || terms.isEmpty() || !introductionOk) {
            return Optional.empty();
        }
        String body = front.get().body();
        String introduction = body.strip();
        // The theme's place is where its introduction starts: a broken link in it is reported at its line.
        int leadingLines = introduction.isEmpty() ? 0 : (int) body.substring(0, body.indexOf(introduction)).chars().filter(c -> c == '\n').count();
        SourceRef at = introduction.isEmpty() ? ref : ref.atLine(front.get().bodyFirstLine() + leadingLines);
        return Optional.of(new Theme(slug, title.get(), map.integer("order").orElse(100),
                map.string("summary").orElse(""), introduction, terms, map.strings("exclude"), at));
    }

    public Optional<ClassifierSettings> readSettings(Path file, Diagnostics diagnostics) {
        SourceRef ref = SourceRef.file(paths.display(file));
        if (!Files.isRegularFile(file)) {
            diagnostics.error(ref, "the classifier settings file does not exist",
                    "create it with " + String.join(", ", SETTINGS_FIELDS));
            return Optional.empty();
        }
        Optional<YamlMap> yaml = YamlMap.readFile(file, ref, diagnostics);
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = yaml.get();
        map.checkKeys(SETTINGS_FIELDS, SETTINGS_FIELDS.subList(0, 5));
        Optional<Double> minScore = map.number("min_score");
        Optional<Double> relative = map.number("relative_to_best");
        Optional<Integer> maxThemes = map.integer("max_themes");
        Optional<Double> heading = map.number("heading_factor");
        Optional<Double> repeat = map.number("repeat_factor");
        if (minScore.isEmpty() || relative.isEmpty() || maxThemes.isEmpty() || heading.isEmpty() || repeat.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ClassifierSettings(minScore.get(), relative.get(), maxThemes.get(), heading.get(),
                    repeat.get(), map.number("related_min_score").orElse(0.2), map.integer("related_max").orElse(3),
                    map.number("decisive_weight").orElse(Double.POSITIVE_INFINITY), ref));
        } catch (IllegalArgumentException e) {
            diagnostics.error(ref, "a setting is out of range",
                    "min_score > 0, relative_to_best and related_min_score between 0 and 1, max_themes >= 1, factors >= 0");
            return Optional.empty();
        }
    }

    /** The slugs of the theme files present, valid or not. */
    public List<String> slugsPresent(Path themesDir) {
        if (!Files.isDirectory(themesDir)) {
            return List.of();
        }
        return InputFiles.in(themesDir, ".md").stream()
                .map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")).toList();
    }

}
