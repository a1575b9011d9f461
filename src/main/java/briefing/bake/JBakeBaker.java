package briefing.bake;

import briefing.diag.Diagnostics;
import briefing.model.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.template.RenderingException;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * The one adapter over JBake: bakes a staging tree (see {@code briefing.site.StagingWriter}) with the
 * project's {@code .ftlh} templates into an output folder. JBake's defaults are unsafe and lax, so this
 * adapter escapes HTML in every template ({@link HtmlTemplateEngine}), turns every error JBake collects
 * or merely logs into a build error, and checks that every staged page was written. JBake keeps static
 * state: callers must not bake twice at once in one JVM.
 */
public final class JBakeBaker {

    /**
     * What to bake.
     *
     * @param pages       the prepared model of every page, by the {@code pagekey} header of its content file
     * @param types       every document type used by the staged content; each needs {@code <type>.ftlh}
     * @param outputFiles every file the bake must write, relative to {@code output}
     * @param kept        what a warm process keeps between bakes of this staging tree ({@link Kept}); null for
     *                    a cold bake, which keeps nothing
     * @param changes     null to bake every page; else which pages changed since the last (warm) bake of the
     *                    same staging tree into the same output (see {@link Changes})
     */
    public record Request(Path staging, Path templates, Path output, Map<String, Object> pages,
                          Map<String, Object> site, Set<String> types, List<String> outputFiles,
                          String displayTemplates, Kept kept, Changes changes) {
    }

    /**
     * What a warm process (the preview) keeps of JBake between bakes of one staging tree: JBake's content
     * store, so an incremental bake crawls only changed files, and the parsed templates. Owned by the
     * caller's warm state; {@link #close} releases the store. A full bake starts both afresh.
     */
    public static final class Kept implements AutoCloseable {
        private MemoryContentStore store;
        private freemarker.template.Configuration templates;

        /** Whether the last bake with this state succeeded into {@code output}. */
        public boolean continues(Path output) {
            return onOven(() -> store != null && store.continues(output));
        }

        @Override
        public void close() {
            onOven(() -> {
                if (store != null) {
                    store.dispose();
                    store = null;
                }
                templates = null;
                return null;
            });
        }
    }

    /**
     * An incremental bake: JBake's own change detection (a content file's SHA-1 against its store) plus
     * what it cannot see, pages whose prepared model changed though their content file did not. Pages are
     * named by their output file (e.g. {@code statements/x/index.html}).
     *
     * @param rerender pages to render again (new pages are found by JBake's crawler on their own)
     * @param removed  pages no longer built: dropped from the store; the caller deletes their files
     * @param assets   the assets (paths relative to the staging {@code assets/} folder) that are new or
     *                 changed: only these are copied; the caller deletes the files of assets gone
     */
    public record Changes(Set<String> rerender, Set<String> removed, Set<String> assets) {
        public Changes {
            rerender = Set.copyOf(rerender);
            removed = Set.copyOf(removed);
            assets = Set.copyOf(assets);
        }
    }

    static {
        // Freemarker picks the first logging library it finds; with log4j on a classpath (test tools bring
        // it) it would log there, unconfigured. Ours is SLF4J, configured quiet.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
    }

    /**
     * The store of cold bakes. Process-wide on purpose, like {@link #OVEN}: OrientDB, which JBake's oven
     * requires, is one engine per JVM that binds its sessions to the thread that opened them; started once
     * (in the background, {@link #warmUp}), later cold bakes of this process find it ready. It holds no
     * result from one bake to the next: a cold bake clears it first.
     */
    private static final MemoryContentStore COLD = new MemoryContentStore();

    /**
     * The stack of the threads that parse and render editors' Markdown (Flexmark recurses once per level
     * of nesting: 1,500 nested emphases overflowed the default 1 MB). The stack is reserved, not used: a
     * thread touches only the pages it needs, so an ordinary page costs nothing more.
     */
    static final long MARKDOWN_STACK_BYTES = 32L << 20;

    /**
     * Every bake runs on this one thread: OrientDB binds its session to the thread that opened it, so the
     * store can be started early ({@link #warmUp()}) on this thread while the caller ingests and analyses
     * on its own, and JBake's static state is never touched by two threads.
     */
    private static final ExecutorService OVEN = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(null, task, "jbake", MARKDOWN_STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });

    private JBakeBaker() {
    }

    /**
     * Starts JBake's store in the background (about 1.5 s of a cold process, mostly OrientDB loading), so
     * that it overlaps the stages before the bake. Safe to call any number of times; a failure to start
     * is reported by the next {@link #bake}.
     */
    public static void warmUp() {
        OVEN.execute(() -> {
            try {
                JBakeLog.routeJavaLogging();
                COLD.startup();
            } catch (Throwable e) { // an OutOfMemoryError too: not printed from this thread
                // the bake starts the store again on this thread and reports the failure there
            }
        });
    }

    public static void bake(Request request) {
        onOven(() -> {
            bakeOnOvenThread(request);
            return null;
        });
    }

    private static void bakeOnOvenThread(Request request) {
        Diagnostics diagnostics = new Diagnostics();
        checkTemplates(request, diagnostics);
        diagnostics.throwIfErrors("bake");

        Kept kept = request.kept();
        if (kept != null && kept.store == null) {
            kept.store = new MemoryContentStore();
        }
        MemoryContentStore store = kept != null ? kept.store : COLD;
        boolean incremental = request.changes() != null && store.continues(request.output());
        store.bakingInto(null);
        TemplateErrors templateErrors = new TemplateErrors();
        DefaultJBakeConfiguration config = configure(request);
        config.setClearCache(!incremental);
        // The parsed templates: kept by a warm process for its incremental bakes (whose templates are
        // unchanged: a changed template makes the bake a full one); a full bake parses them afresh, so no
        // file time is ever trusted.
        freemarker.template.Configuration templates = incremental && kept != null && kept.templates != null ? kept.templates
                : HtmlTemplateEngine.configuration(request.templates().toFile());
        if (kept != null) {
            kept.templates = templates;
        }
        if (incremental) {
            store.expect(request.changes().rerender(), request.changes().removed());
            config.setContentFolder(changedContent(request).toFile());
        }
        config.setProperty(HtmlTemplateEngine.TEMPLATES_PROPERTY, templates);
        config.setProperty(HtmlTemplateEngine.ERRORS_PROPERTY, templateErrors);
        List<Throwable> errors;
        List<String> logged;
        try (JBakeLog log = new JBakeLog(); ParallelRenderer renderer = new ParallelRenderer(store, config)) {
            Utensils utensils = new Utensils();
            utensils.setConfiguration(config);
            utensils.setContentStore(store);
            utensils.setCrawler(new Crawler(store, config));
            utensils.setRenderer(renderer);
            utensils.setAsset(incremental ? new ChangedAssets(config, request.changes().assets()) : new Asset(config));
            Oven oven = new Oven(utensils);
            oven.bake();
            errors = new ArrayList<>(oven.getErrors());
            List<String> failed = renderer.finish();
            if (!failed.isEmpty()) {
                errors.add(new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", failed)));
            }
            logged = log.captured();
        }
        reportTemplateErrors(templateErrors.all(), request, diagnostics);
        if (templateErrors.all().isEmpty()) {
            // Not a template failure (those are reported above, once per template position): report as JBake says.
            for (Throwable error : errors) {
                for (String message : String.valueOf(error.getMessage()).split("\n")) {
                    if (!message.isBlank() && !message.startsWith("Failed to render documents. Cause(s):")) {
                        diagnostics.error(SourceRef.file(request.displayTemplates()), "JBake: " + message.strip(), "");
                    }
                }
            }
        }
        for (String message : logged) {
            if (!message.startsWith("Rendering [")) { // JBake logs each failed page as well as returning it
                diagnostics.error(SourceRef.file(request.displayTemplates()), "JBake: " + message, "");
            }
        }
        for (String file : request.outputFiles()) {
            if (!Files.isRegularFile(request.output().resolve(file))) {
                diagnostics.error(SourceRef.file(request.displayTemplates()), "JBake did not write " + file,
                        "see the errors above; a template may be missing or failing");
            }
        }
        diagnostics.throwIfErrors("bake");
        store.bakingInto(request.output());
    }

    /**
     * The content folder JBake crawls in an incremental bake: a copy of just the content files of the
     * pages to render again. JBake's crawler would find every other file unchanged (same SHA-1, already
     * rendered) but only after listing, reading and hashing each one, about a tenth of a second at 2,000
     * pages. A page's content file is its output file with JBake's extension rule inverted.
     */
    private static Path changedContent(Request request) {
        Path content = request.staging().resolve("content");
        Path changed = request.staging().resolve("changed-content");
        try {
            FileUtils.deleteDirectory(changed.toFile());
            Files.createDirectories(changed);
            for (String output : new TreeSet<>(request.changes().rerender())) {
                String base = output.substring(0, output.length() - ".html".length());
                for (String extension : List.of(".html", ".md")) {
                    Path source = content.resolve(base + extension);
                    if (Files.isRegularFile(source)) {
                        FileUtils.copyFile(source.toFile(), changed.resolve(base + extension).toFile());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the changed content in " + changed, e);
        }
        return changed;
    }

    /** Runs {@code task} on the oven thread and waits; its exceptions reach the caller as they were thrown. */
    private static <T> T onOven(Callable<T> task) {
        try {
            return OVEN.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for JBake", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static DefaultJBakeConfiguration configure(Request request) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(request.staging().toFile(), request.output().toFile(), true);
        config.setTemplateFolder(request.templates().toFile());
        config.setContentFolder(request.staging().resolve("content").toFile());
        config.setAssetFolder(request.staging().resolve("assets").toFile());
        config.setDataFolder(request.staging().resolve("data").toFile());
        config.setDatabaseStore("memory");
        // Only our pages: JBake's own index, feed, archive, tag and sitemap renderers stay off.
        for (String key : List.of("render.index", "render.feed", "render.archive", "render.tags",
                "render.tagsindex", "render.sitemap", "render.error404")) {
            config.setProperty(key, false);
        }
        config.setProperty("markdown.extensions", "AUTOLINKS,FENCED_CODE_BLOCKS,TABLES,DEFINITIONS,STRIKETHROUGH,FOOTNOTES,EXTANCHORLINKS,ATXHEADERSPACE,RELAXEDHRULES,TASKLISTITEMS");
        config.setProperty("jvm.locale", "en_GB");
        for (String type : new TreeSet<>(request.types())) {
            config.setTemplateFileNameForDocType(type, type + ".ftlh");
        }
        config.setProperty(HtmlTemplateEngine.PAGES_PROPERTY, request.pages());
        config.setProperty(HtmlTemplateEngine.SITE_PROPERTY, request.site());
        return config;
    }

    private static void checkTemplates(Request request, Diagnostics diagnostics) {
        Path templates = request.templates();
        if (!Files.isDirectory(templates)) {
            diagnostics.error(SourceRef.file(request.displayTemplates()), "the templates folder does not exist", "");
            return;
        }
        try (Stream<Path> files = Files.list(templates)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".ftl")) {
                    diagnostics.error(SourceRef.file(request.displayTemplates() + "/" + name),
                            "template '" + name + "' would render without HTML escaping",
                            "rename it to " + name + "h: .ftlh templates escape every ${...} by default");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String type : new TreeSet<>(request.types())) {
            if (!Files.isRegularFile(templates.resolve(type + ".ftlh"))) {
                diagnostics.error(SourceRef.file(request.displayTemplates() + "/" + type + ".ftlh"),
                        "missing template for page type '" + type + "'", "create " + type + ".ftlh");
            }
        }
    }

    /** One error per failing template position, naming the pages it broke. */
    private static void reportTemplateErrors(List<TemplateErrors.Failure> failures, Request request, Diagnostics diagnostics) {
        Map<List<Object>, List<String>> pagesByPosition = new TreeMap<>(Comparator.comparing(Object::toString));
        for (TemplateErrors.Failure f : failures) {
            pagesByPosition.computeIfAbsent(List.of(f.template(), f.line(), f.column(), f.message()), k -> new ArrayList<>())
                    .add("/" + f.page());
        }
        pagesByPosition.forEach((position, unsorted) -> {
            List<String> pages = unsorted.stream().sorted().toList();
            String template = String.valueOf(position.get(0));
            int line = (Integer) position.get(1);
            String shownPages = pages.size() <= 3 ? String.join(", ", pages)
                    : String.join(", ", pages.subList(0, 3)) + " and " + (pages.size() - 3) + " more";
            diagnostics.error(new SourceRef(request.displayTemplates() + "/" + template, line, (Integer) position.get(2)),
                    String.valueOf(position.get(3)).replaceAll("\\s*\\[in template [^\\]]*]", ""),
                    "while rendering " + shownPages);
        });
    }
}
