package briefing.pipeline;

import briefing.analyze.CorpusAnalyzer;
import briefing.bake.JBakeBaker;
import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.ingest.ChartDefinitionReader;
import briefing.ingest.ExchangeRateReader;
import briefing.ingest.CleaningRulesReader;
import briefing.ingest.CommitmentRulesReader;
import briefing.ingest.PartyReader;
import briefing.ingest.FigureDataReader;
import briefing.ingest.FigureRulesReader;
import briefing.ingest.GlossaryReader;
import briefing.ingest.InputTree;
import briefing.ingest.NoteReader;
import briefing.ingest.ProjectPaths;
import briefing.ingest.SeedReader;
import briefing.ingest.SiteSettingsReader;
import briefing.ingest.ThemeReader;
import briefing.memo.Memo;
import briefing.model.Briefing;
import briefing.model.ChartDefinition;
import briefing.model.ChartSettings;
import briefing.model.ExchangeRates;
import briefing.model.ClassifierSettings;
import briefing.model.CommitmentRules;
import briefing.model.CleaningRule;
import briefing.model.FigureEdits;
import briefing.model.FigureRules;
import briefing.model.FigureTopic;
import briefing.model.GlossaryDefinition;
import briefing.model.Note;
import briefing.model.Party;
import briefing.model.SiteSettings;
import briefing.model.SourceRef;
import briefing.model.Statement;
import briefing.model.Theme;
import briefing.publish.LinkChecker;
import briefing.publish.Publisher;
import briefing.publish.WellFormed;
import briefing.site.Page;
import briefing.site.SiteModel;
import briefing.site.StagingWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The build, as a list of named, timed stages: ingest → analyze → stage → bake → check → publish. Each
 * stage either hands its values to the next or stops the build with every diagnostic it collected
 * ({@link briefing.diag.BuildFailure}); only {@code publish} touches the published site, and only after
 * everything else succeeded.
 */
public final class Build {

    private final BuildOptions options;
    private final ProjectPaths paths;
    private final Consumer<Diagnostic> warnings;
    private final WarmState warm;
    /** The parts kept from the last build: the warm state's, or none (a cold build keeps nothing). */
    private final Memo memo;
    /** The stage times of the run under way, for {@link #runningStage()}. */
    private volatile StageTimes current = new StageTimes();
    /** Whether the swap into the output has begun ({@link #PUBLISHING}) or may never begin ({@link #STOPPED}). */
    private final java.util.concurrent.atomic.AtomicInteger swap = new java.util.concurrent.atomic.AtomicInteger(NOT_YET);
    private static final int NOT_YET = 0;
    private static final int PUBLISHING = 1;
    private static final int STOPPED = 2;

    /** {@code warnings} receives each warning as soon as its stage ends. */
    public Build(BuildOptions options, Consumer<Diagnostic> warnings) {
        this(options, warnings, null);
    }

    /**
     * A build that continues from {@code warm} (null: a cold, full build): only the pages the inputs'
     * changes affect are rendered again, and the output folder is updated in place rather than swapped.
     */
    public Build(BuildOptions options, Consumer<Diagnostic> warnings, WarmState warm) {
        this.options = options;
        this.paths = new ProjectPaths(options.root());
        this.warnings = warnings;
        this.warm = warm;
        this.memo = warm == null ? Memo.none() : warm.memo();
    }

    /** Builds and publishes into the output folder. */
    public BuildReport run() {
        return run(true);
    }

    /** The stage running now ("ingest", ... "publish"), or null between stages: read from another thread. */
    public String runningStage() {
        return current.running();
    }

    /**
     * From another thread (a time limit): makes sure this build never starts to publish. True when it had
     * not begun to, so the process may be ended with the previous site whole; false when publishing has
     * begun or ended, so it must be let finish.
     */
    public boolean stopBeforePublishing() {
        return swap.compareAndSet(NOT_YET, STOPPED);
    }

    /** Before the output is touched: a build stopped by {@link #stopBeforePublishing} waits here to be ended. */
    private void beginPublishing() {
        if (!swap.compareAndSet(NOT_YET, PUBLISHING)) {
            while (true) {
                java.util.concurrent.locks.LockSupport.park(this);
            }
        }
    }

    /** Runs every stage but publish: the inputs, templates and links are checked, nothing is published. */
    public BuildReport check() {
        return run(false);
    }

    private BuildReport run(boolean publish) {
        StageTimes times = new StageTimes();
        current = times;
        JBakeBaker.warmUp();
        Diagnostics all = new Diagnostics();
        Inputs inputs = times.time("ingest", () -> ingest(all));
        Briefing briefing = times.time("analyze", () -> {
            Diagnostics diagnostics = new Diagnostics();
            Briefing analyzed = CorpusAnalyzer.analyze(inputs.statements, inputs.parties, inputs.site.partnerships(), inputs.themes, inputs.classifier,
                    inputs.figureRules, inputs.figureEdits, inputs.commitmentRules, inputs.notes, inputs.glossary, diagnostics, memo);
            report(diagnostics, all, "analyze");
            return analyzed;
        });
        SiteModel model = times.time("chart", () -> new SiteModel(briefing, inputs.site, inputs.charts, memo));
        List<Page> pages = times.time("stage", model::pages);

        EditorLinks origins = new EditorLinks(briefing.notes(), briefing.themes());
        int baked = warm == null ? bakeAll(times, pages, model, origins, publish) : bakeChanged(times, pages, model, origins, publish);
        int paragraphs = briefing.statements().stream().mapToInt(s -> s.paragraphs().size()).sum();
        List<Diagnostic> warned = all.all().stream().filter(d -> !d.isError()).toList();
        Map<String, List<briefing.model.LeftOut>> leftOut = new LinkedHashMap<>();
        briefing.statements().stream().filter(s -> !s.leftOut().isEmpty()).forEach(s -> leftOut.put(s.source().path(), s.leftOut()));
        return new BuildReport(briefing.statements().size(), paragraphs, pages.size(), baked, warned, times, leftOut, parts(memo.report()));
    }

    /**
     * The parts' costs, most costly first ({@code related paragraphs 6100 ms, statement page 1000 made 2
     * kept 2300 ms, ...}); parts that took under a millisecond are left out.
     */
    static String parts(List<Memo.Family> families) {
        StringBuilder sb = new StringBuilder();
        for (Memo.Family f : families) {
            long ms = f.makingNanos() / 1_000_000;
            if (ms == 0 && f.reused() == 0) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(f.name());
            if (f.made() + f.reused() > 1) {
                sb.append(' ').append(f.made()).append(" made");
            }
            if (f.reused() > 0) {
                sb.append(' ').append(f.reused()).append(" kept");
            }
            sb.append(' ').append(ms).append(" ms");
        }
        return sb.toString();
    }

    /** Stages, bakes and checks every page in fresh folders beside the output, then swaps them in. */
    private int bakeAll(StageTimes times, List<Page> pages, SiteModel model, LinkChecker.Origins origins, boolean publish) {
        Publisher.removeLeftovers(options.output());
        Path staging = Publisher.workFolder(options.output(), "staging");
        Path built = Publisher.workFolder(options.output(), "next");
        try {
            times.time("stage", () -> StagingWriter.write(staging, pages, options.templates().resolve("assets"), model.files(pages)));
            times.time("bake", () -> JBakeBaker.bake(bakeRequest(staging, built, views(pages), model, null, null)));
            times.time("check", () -> {
                Diagnostics checks = new Diagnostics();
                new LinkChecker(built, paths.display(options.output()), new LinkChecker.Cache(), origins).check(checks);
                new WellFormed(built, paths.display(options.output())).checkAll(checks);
                checks.throwIfErrors("check");
            });
            if (publish) {
                beginPublishing();
                times.time("publish", () -> Publisher.swap(built, options.output()));
            }
        } finally {
            Publisher.deleteTree(staging);
            Publisher.deleteTree(built);
        }
        return pages.size();
    }

    /**
     * Continues from the warm state: rewrites the content files that changed, has JBake render only the
     * pages whose content file or prepared model changed (all of them when the site model or a template
     * changed), deletes what is gone, re-checks links (re-parsing only rewritten pages) and mirrors the
     * result into the output folder. Returns how many pages were rendered.
     */
    private int bakeChanged(StageTimes times, List<Page> pages, SiteModel model, LinkChecker.Origins origins, boolean publish) {
        Path staging = warm.staging();
        Path built = warm.baked();
        Map<String, Object> site = model.site();
        String templates = times.time("stage", () -> Signature.ofTree(options.templates()));
        boolean full = !warm.continuesFrom(site, templates) || !warm.jbake().continues(built);
        Map<String, Map<String, Object>> views = views(pages);
        RenderPlan plan = times.time("stage", () -> RenderPlan.of(pages, views, full ? Map.of() : warm.pages()));
        Set<String> rerender = plan.rerender();
        Set<String> removed = plan.removed();
        boolean mirrored = !full && warm.mirroredInto(options.output());
        warm.invalidate();
        StagingWriter.StagedAssets assets = times.time("stage", () -> {
            if (full) {
                Publisher.deleteTree(staging);
                Publisher.deleteTree(built);
            }
            StagingWriter.deletePages(staging, plan.staleContent());
            StagingWriter.writePages(staging, plan.rewrite());
            return StagingWriter.writeAssets(staging, options.templates().resolve("assets"), model.files(pages));
        });
        Set<String> goneAssets = plan.goneAssets(full ? Set.of() : warm.assets(), assets.all());
        times.time("bake", () -> {
            JBakeBaker.bake(bakeRequest(staging, built, views, model, warm.jbake(), full ? null : new JBakeBaker.Changes(rerender, removed, assets.changed())));
            Publisher.deleteFiles(built, removed);
            Publisher.deleteFiles(built, goneAssets);
        });
        times.time("check", () -> {
            Diagnostics checks = new Diagnostics();
            new LinkChecker(built, paths.display(options.output()), warm.links(), origins).check(checks);
            WellFormed wellFormed = new WellFormed(built, paths.display(options.output()));
            if (full) {
                wellFormed.checkAll(checks);
            } else { // what this bake wrote: the data files and feeds are assets
                wellFormed.check(rerender, checks);
                wellFormed.check(assets.changed(), checks);
            }
            checks.throwIfErrors("check");
        });
        if (publish) {
            beginPublishing();
            times.time("publish", () -> {
                if (!mirrored) {
                    Publisher.mirror(built, options.output());
                } else {
                    Set<String> candidates = new TreeSet<>(rerender);
                    candidates.addAll(assets.changed());
                    Set<String> deleted = new TreeSet<>(removed);
                    deleted.addAll(goneAssets);
                    Publisher.mirror(built, options.output(), candidates, deleted);
                }
            });
        }
        warm.built(site, templates, plan.now(), assets.all(), publish ? options.output() : null);
        return full ? pages.size() : rerender.size();
    }

    private record Inputs(SiteSettings site, List<Theme> themes, ClassifierSettings classifier, List<Statement> statements,
                          List<Party> parties, CommitmentRules commitmentRules, FigureRules figureRules, FigureEdits figureEdits, ChartSettings charts,
                          List<Note> notes, List<GlossaryDefinition> glossary) {
    }

    private void report(Diagnostics stage, Diagnostics all, String name) {
        all.addAll(stage);
        stage.all().stream().filter(d -> !d.isError()).forEach(warnings);
        stage.throwIfErrors(name);
    }

    private Inputs ingest(Diagnostics all) {
        Diagnostics diagnostics = new Diagnostics();
        // Before anything is read: a link in the inputs is refused, never followed.
        new InputTree(paths).check(List.of(options.seeds(), options.content(), options.templates()),
                options.templates().resolve("assets"), diagnostics);
        report(diagnostics, all, "ingest");
        Path content = options.content();
        Optional<SiteSettings> site = new SiteSettingsReader(paths).read(content.resolve("site.yaml"), diagnostics);
        ThemeReader themeReader = new ThemeReader(paths);
        List<Theme> themes = themeReader.readThemes(content.resolve("themes"), diagnostics);
        Optional<ClassifierSettings> classifier = themeReader.readSettings(content.resolve("classification.yaml"), diagnostics);
        Optional<FigureRules> figureRules = new FigureRulesReader(paths).read(content.resolve("figure-rules.yaml"), diagnostics);
        FigureEdits figureEdits = new FigureDataReader(paths).read(content.resolve("figure-data.yaml"), diagnostics);
        if (options.baseUrl() != null && !options.baseUrl().matches("https?://\\S+")) {
            diagnostics.error(SourceRef.file("--base-url"), "'" + options.baseUrl() + "' is not a web address",
                    "give the full address the site is served from, e.g. https://example.org/briefing/");
        }
        List<ChartDefinition> charts = new ChartDefinitionReader(paths).read(content.resolve("charts.yaml"), diagnostics);
        // Checked against the theme files present, so a broken theme file is one error, not two.
        figureRules.ifPresent(rules -> ChartDefinitionReader.checkAgainst(charts,
                rules.topics().stream().map(FigureTopic::slug).toList(), themeReader.slugsPresent(content.resolve("themes")),
                diagnostics));
        ExchangeRates rates = new ExchangeRateReader(paths).read(content.resolve("exchange-rates.yaml"), diagnostics);
        List<CleaningRule> cleaning = new CleaningRulesReader(paths).read(content.resolve("cleaning.yaml"), diagnostics);
        List<Statement> statements = new SeedReader(paths, cleaning, memo).read(options.seeds(), diagnostics);
        List<Party> parties = new PartyReader(paths).read(content.resolve("parties.yaml"), diagnostics);
        CommitmentRules commitmentRules = new CommitmentRulesReader(paths).read(content.resolve("commitments.yaml"), diagnostics);
        List<Note> notes = new NoteReader(paths).read(content.resolve("notes"), themeReader.slugsPresent(content.resolve("themes")),
                statements, diagnostics).stream().filter(n -> options.drafts() || !n.draft()).toList();
        List<GlossaryDefinition> glossary = new GlossaryReader(paths).read(content.resolve("glossary.yaml"), diagnostics);
        report(diagnostics, all, "ingest");
        SiteSettings settings = site.orElseThrow();
        if (options.baseUrl() != null) {
            settings = settings.withBaseUrl(options.baseUrl());
        }
        return new Inputs(settings, themes, classifier.orElseThrow(), statements, parties, commitmentRules, figureRules.orElseThrow(),
                figureEdits, new ChartSettings(charts, rates), notes, glossary);
    }

    /** Each page's model as its template sees it ({@code page}), by the page's path. */
    private static Map<String, Map<String, Object>> views(List<Page> pages) {
        Map<String, Map<String, Object>> views = new LinkedHashMap<>();
        for (Page page : pages) {
            Map<String, Object> view = new LinkedHashMap<>(page.model());
            view.put("root", page.root());
            view.put("path", page.path());
            view.put("type", page.type());
            view.put("title", page.title());
            views.put(page.path(), view);
        }
        return views;
    }

    private JBakeBaker.Request bakeRequest(Path staging, Path built, Map<String, Map<String, Object>> views, SiteModel model,
                                           JBakeBaker.Kept kept, JBakeBaker.Changes changes) {
        Set<String> types = new TreeSet<>();
        List<String> outputs = new ArrayList<>();
        for (Map<String, Object> view : views.values()) {
            types.add((String) view.get("type"));
            outputs.add(view.get("path") + "index.html");
        }
        return new JBakeBaker.Request(staging, options.templates(), built, Map.copyOf(views), model.site(), types,
                outputs, paths.display(options.templates()), kept, changes);
    }
}
