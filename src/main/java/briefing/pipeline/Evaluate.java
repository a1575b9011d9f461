package briefing.pipeline;

import briefing.memo.Memo;
import briefing.analyze.CorpusAnalyzer;
import briefing.analyze.ThemeClassifier;
import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.analyze.PartyFinder;
import briefing.evaluate.Evaluation;
import briefing.ingest.PartyReader;
import briefing.model.Event;
import briefing.model.Party;
import briefing.evaluate.EvaluationReport;
import briefing.ingest.CorpusReader;
import briefing.ingest.FigureRulesReader;
import briefing.ingest.ProjectPaths;
import briefing.ingest.SeedReader;
import briefing.ingest.ThemeReader;
import briefing.model.Briefing;
import briefing.model.ClassifierSettings;
import briefing.model.FigureEdits;
import briefing.model.FigureRules;
import briefing.model.GoldLabel;
import briefing.model.Paragraph;
import briefing.model.Statement;
import briefing.model.Theme;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code briefing evaluate}: reads the labelled corpus ({@code corpus/texts/} as seeds without metadata,
 * {@code corpus/labels/} as gold), runs the same ingest and analysis a build runs with the editors'
 * themes and rules from {@code content/}, and measures the result against the labels and their floors.
 */
public final class Evaluate {

    /** The report, and the floors it was held to ({@code corpus/floors.yaml}). */
    public record Result(EvaluationReport report, Map<String, Map<String, Double>> floors,
                         List<EvaluationReport.Shortfall> shortfalls) {
    }

    private static final String FLOORS_HEADER = """
            # The lowest score `briefing evaluate` accepts, per split and measure (0..1, higher is better); the
            # Maven build runs the same check (pipeline.EvaluateTest). `briefing evaluate --raise-floors` raises
            # each floor to what the analysis now reaches (never lowers one); lower one by hand only with a
            # commit message saying why (this file is rewritten by --raise-floors).
            """;

    private final BuildOptions options;
    private final Path corpus;

    public Evaluate(BuildOptions options, Path corpus) {
        this.options = options;
        this.corpus = options.root().resolve(corpus).toAbsolutePath().normalize();
    }

    /** Runs the evaluation; bad labels or inputs fail it like a build ({@link briefing.diag.BuildFailure}). */
    public Result run() {
        ProjectPaths paths = new ProjectPaths(options.root());
        Diagnostics diagnostics = new Diagnostics();
        ThemeReader themeReader = new ThemeReader(paths);
        List<Theme> themes = themeReader.readThemes(options.content().resolve("themes"), diagnostics);
        Optional<ClassifierSettings> settings = themeReader.readSettings(options.content().resolve("classification.yaml"), diagnostics);
        Optional<FigureRules> rules = new FigureRulesReader(paths).read(options.content().resolve("figure-rules.yaml"), diagnostics);
        Path texts = corpus.resolve("texts");
        // Warnings about inferred metadata are expected here: what is inferred is what is measured.
        Diagnostics seedDiagnostics = new Diagnostics();
        List<briefing.model.CleaningRule> cleaning = new briefing.ingest.CleaningRulesReader(paths)
                .read(options.content().resolve("cleaning.yaml"), diagnostics);
        List<Statement> statements = new SeedReader(paths, cleaning).read(texts, seedDiagnostics);
        seedDiagnostics.all().stream().filter(Diagnostic::isError).forEach(diagnostics::add);
        CorpusReader reader = new CorpusReader(paths);
        Set<String> slugs = themes.stream().map(Theme::slug).collect(Collectors.toSet());
        List<GoldLabel> labels = reader.readLabels(corpus.resolve("labels"), texts, slugs, diagnostics);
        Map<String, Map<String, Double>> floors = reader.readFloors(corpus.resolve("floors.yaml"), diagnostics);
        diagnostics.throwIfErrors("evaluate");
        List<Party> parties = new PartyReader(paths)
                .read(options.content().resolve("parties.yaml"), diagnostics);
        Briefing briefing = CorpusAnalyzer.analyze(statements, parties, List.of(), themes, settings.orElseThrow(), rules.orElseThrow(),
                FigureEdits.NONE,
                new briefing.ingest.CommitmentRulesReader(paths).read(options.content().resolve("commitments.yaml"), diagnostics),
                List.of(), List.of(), new Diagnostics(), Memo.none());
        ThemeClassifier classifier = new ThemeClassifier(themes, settings.orElseThrow());
        PartyFinder finder = new PartyFinder(parties);
        Map<String, Event> eventOf = Event.byStatement(briefing.events());
        Map<String, Statement> byId = new HashMap<>();
        statements.forEach(s -> byId.put(s.id(), s));
        Evaluation.Analysis analysis = new Evaluation.Analysis(briefing.statements(),
                ref -> briefing.themesByParagraph().getOrDefault(ref, List.of()), briefing.figures(),
                (ref, theme) -> {
                    Statement statement = byId.get(ref.statementId());
                    Paragraph paragraph = statement.paragraph(ref.anchor()).orElseThrow();
                    return classifier.whyNot(statement, paragraph, theme);
                }, name -> finder.party(name).map(Party::name).orElse(name),
                id -> Optional.ofNullable(eventOf.get(id)).map(Event::slug).orElse(id),
                briefing.commitments());
        EvaluationReport report = Evaluation.evaluate(labels, analysis, themes.stream().map(Theme::slug).toList());
        return new Result(report, floors, report.shortfalls(floors));
    }

    /**
     * Raises every floor to the measure reached (cut to three decimals, so a run-to-run identical result
     * passes), never lowering one; measures without a floor get one. Writes {@code corpus/floors.yaml}
     * anew: reasons for a floor belong in the commit that sets it.
     */
    public Path raiseFloors(Result result) {
        Map<String, Map<String, Double>> raised = new java.util.TreeMap<>();
        result.report().measures().forEach((split, measures) -> {
            String name = split.name().toLowerCase(java.util.Locale.ROOT);
            Map<String, Double> floors = new java.util.LinkedHashMap<>();
            Map<String, Double> old = result.floors().getOrDefault(name, Map.of());
            measures.forEach((measure, value) -> floors.put(measure,
                    Math.max(old.getOrDefault(measure, 0.0), Math.floor(value * 1000 + 1e-9) / 1000)));
            raised.put(name, floors);
        });
        StringBuilder yaml = new StringBuilder(FLOORS_HEADER);
        raised.entrySet().stream().sorted(Map.Entry.<String, Map<String, Double>>comparingByKey().reversed()).forEach(split -> {
            yaml.append(split.getKey()).append(":\n");
            split.getValue().forEach((measure, floor) -> yaml.append(String.format(java.util.Locale.ROOT, "  %s: %.3f%n", measure, floor)));
        });
        Path file = corpus.resolve("floors.yaml");
        try {
            java.nio.file.Files.writeString(file, yaml.toString(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }
}
