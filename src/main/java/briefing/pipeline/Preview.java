package briefing.pipeline;

import briefing.diag.BuildFailure;
import briefing.diag.Diagnostic;
import briefing.publish.Publisher;
import briefing.publish.PreviewServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The editor's preview: builds the site (drafts included) into a private folder, serves it on
 * 127.0.0.1, watches {@code seeds/}, {@code content/} and {@code templates/}, and rebuilds in this warm
 * process on every change, re-rendering only the pages a change affects ({@link WarmState}). A broken
 * input is printed and shown over the last good site; the preview keeps running. The published
 * {@code site-output/} is never touched.
 */
public final class Preview implements AutoCloseable {

    private static final long SETTLE_MILLIS = 10;

    private final BuildOptions options;
    private final Consumer<String> log;
    private final Path folder;
    private final PreviewServer server;
    private final WatchService watcher;
    private final Thread loop;
    private final WarmState warm = new WarmState();
    private final BiFunction<BuildOptions, WarmState, BuildReport> build;
    private volatile int rebuilds;
    private volatile long lastMillis;
    private volatile boolean lastFailed;
    /** Removes the temporary folders when the JVM exits (Ctrl-C) without {@link #close()}. */
    private final Thread cleanup = new Thread(this::close, "preview-cleanup");
    private final Object closing = new Object();
    private boolean closed;

    public Preview(BuildOptions options, int port, Consumer<String> log) {
        this(options, port, log, (preview, warm) -> new Build(preview, warning -> log.accept(warning.format()), warm).run());
    }

    /** {@code build} runs one build of the preview's options from its warm state (tests make it fail). */
    Preview(BuildOptions options, int port, Consumer<String> log, BiFunction<BuildOptions, WarmState, BuildReport> build) {
        this.log = log;
        this.build = build;
        try {
            this.folder = Files.createTempDirectory("briefing-preview-");
            Runtime.getRuntime().addShutdownHook(cleanup);
            this.watcher = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the preview", e);
        }
        this.options = options.forPreview(folder.resolve("site"));
        this.server = new PreviewServer(this.options.output(), port);
        for (Path dir : List.of(options.seeds(), options.content(), options.templates())) {
            watchTree(dir);
        }
        rebuild();
        this.loop = new Thread(this::watch, "preview-watch");
        this.loop.setDaemon(true);
        this.loop.start();
    }

    public String address() {
        return server.address();
    }

    /** How many builds finished (the first one included), whether they failed or not. */
    public int rebuilds() {
        return rebuilds;
    }

    public long lastMillis() {
        return lastMillis;
    }

    public boolean lastFailed() {
        return lastFailed;
    }

    /** Waits until at least {@code count} builds have finished; false on time-out. */
    public boolean awaitRebuilds(int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (rebuilds < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        return rebuilds >= count;
    }

    /** Rebuilds after every change until closed; whatever a rebuild throws is reported and the loop goes on. */
    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                // Let an editor's save (often several events) settle, then take everything pending.
                Thread.sleep(SETTLE_MILLIS);
                try {
                    drain(key);
                    for (WatchKey more = watcher.poll(); more != null; more = watcher.poll()) {
                        drain(more);
                    }
                } catch (RuntimeException e) { // e.g. a folder deleted while being registered: rebuild anyway
                    log.accept("cannot watch a changed folder: " + e);
                }
                rebuild();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name && Files.isDirectory(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                watchTree(dir.resolve(name));
            }
        }
        key.reset();
    }

    private synchronized void rebuild() {
        long start = System.nanoTime();
        try {
            BuildReport report = build.apply(options, warm);
            lastMillis = (System.nanoTime() - start) / 1_000_000;
            lastFailed = false;
            server.built();
            log.accept("rebuilt in " + lastMillis + " ms, " + report.baked() + " of " + report.pages() + " pages rendered ("
                    + report.times().summary() + "): " + address());
        } catch (BuildFailure failure) {
            lastMillis = (System.nanoTime() - start) / 1_000_000;
            lastFailed = true;
            List<String> messages = failure.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
            messages.forEach(log);
            log.accept("build failed (" + messages.size() + " error" + (messages.size() == 1 ? "" : "s")
                    + "); still serving the last good site");
            server.failed(messages);
        } catch (Throwable e) { // a StackOverflowError or OutOfMemoryError too: the preview keeps rebuilding
            lastMillis = (System.nanoTime() - start) / 1_000_000;
            lastFailed = true;
            String message = "internal error: " + e + "; still serving the last good site";
            log.accept(message);
            server.failed(List.of(message));
        } finally {
            rebuilds++;
        }
    }

    private void watchTree(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
    }

    /**
     * Stops watching and serving and removes the temporary folders. Runs once: also from the shutdown
     * hook, which waits for a close already under way so the JVM does not halt in the middle of it.
     */
    @Override
    public void close() {
        synchronized (closing) {
            if (closed) {
                return;
            }
            closed = true;
            if (Thread.currentThread() != cleanup) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException e) {
                    // the JVM is exiting: the hook waits for this close
                }
            }
            try {
                stop();
                warm.close();
            } finally {
                Publisher.deleteTree(folder);
            }
        }
    }

    private void stop() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        if (loop != null) {
            loop.interrupt();
            try {
                loop.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (server != null) {
            server.close();
        }
    }
}
