package briefing.bake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * JBake's renderer, rendering pages on every core: JBake's oven hands over its documents one by one (on
 * the oven thread, which then marks each as rendered and moves on), and each is rendered by JBake's own
 * {@link Renderer#render} on a worker. The oven goes on changing its documents, so a worker renders a
 * copy taken when the oven handed it over. {@link #finish} waits for every page and gives the failures
 * in JBake's words ("Failed to render file ..."), as the oven would have collected them. Pages are
 * separate files, and the template engine reads only prepared, immutable models: the bytes are those of
 * a one-thread bake.
 */
final class ParallelRenderer extends Renderer implements AutoCloseable {

    private final ExecutorService workers;
    private final List<Future<?>> pending = new ArrayList<>();

    ParallelRenderer(ContentStore db, JBakeConfiguration config) {
        super(db, config);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(null, task, "jbake-render", JBakeBaker.MARKDOWN_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void render(DocumentModel content) {
        DocumentModel copy = new DocumentModel();
        copy.putAll(content);
        pending.add(workers.submit(() -> {
            ParallelRenderer.super.render(copy);
            return null;
        }));
    }

    /** Waits for every page handed over; the messages of those that failed, in the order they were handed over. */
    List<String> finish() {
        List<String> failures = new ArrayList<>();
        try {
            for (Future<?> page : pending) {
                try {
                    page.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error; // out of memory, a stack overflow: not a page's failure
                    }
                    failures.add(String.valueOf(e.getCause().getMessage()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for pages to render", e);
        } finally {
            pending.clear();
        }
        return failures;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
