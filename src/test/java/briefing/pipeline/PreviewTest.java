package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's preview, for real: a server on loopback, a watcher, rebuilds and reload events. */
class PreviewTest {

    private static final String NOTE = "---\ntitle: Live\ndate: 2025-09-01\ndraft: true\n---\nFirst version.\n";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void editsShowWithoutAManualReloadAndBrokenInputsShowTheirErrorWhileTheServerRuns() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        p.write("content/notes/live.md", NOTE);
        List<String> log = new CopyOnWriteArrayList<>();

        try (Preview preview = new Preview(BuildOptions.at(p.root()), 0, log::add)) {
            assertTrue(preview.address().startsWith("http://127.0.0.1:"), "loopback only");
            String page = preview.address() + "notes/live/";
            HttpResponse<String> first = get(page);
            assertEquals(200, first.statusCode(), "drafts show in preview");
            assertTrue(first.body().contains("First version."));
            assertTrue(first.body().contains("<script src=\"/__briefing/live.js\" defer></script></body>"));

            List<String> events = new CopyOnWriteArrayList<>();
            http.sendAsync(HttpRequest.newBuilder(URI.create(preview.address() + "__briefing/events")).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(events::add));
            long deadline = System.currentTimeMillis() + 5000;
            while (events.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }

            p.write("content/notes/live.md", NOTE.replace("First version.", "Second version."));
            assertTrue(preview.awaitRebuilds(2, 30_000), "the watcher rebuilt after the edit");
            assertTrue(get(page).body().contains("Second version."));
            deadline = System.currentTimeMillis() + 5000;
            while (!events.contains("data: reload") && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(events.contains("data: reload"), "open pages were told to reload: " + events);
            assertTrue(log.stream().anyMatch(l -> l.startsWith("rebuilt in ")), log.toString());

            p.write("content/notes/live.md", NOTE.replace("2025-09-01", "2025-02-30"));
            assertTrue(preview.awaitRebuilds(3, 30_000));
            HttpResponse<String> broken = get(page);
            assertEquals(200, broken.statusCode(), "the last good site is still served");
            assertTrue(broken.body().contains("id=\"briefing-build-errors\""), "the error shows in the page");
            assertTrue(broken.body().contains("content/notes/live.md:3:7: error: &#39;date&#39; is not a real date")
                    || broken.body().contains("content/notes/live.md:3:7: error: 'date' is not a real date"), broken.body());
            assertTrue(log.stream().anyMatch(l -> l.startsWith("content/notes/live.md:3:7: error:")), "and in the terminal");

            p.write("content/notes/live.md", NOTE.replace("First version.", "Fixed."));
            assertTrue(preview.awaitRebuilds(4, 30_000));
            HttpResponse<String> fixed = get(page);
            assertTrue(fixed.body().contains("Fixed."));
            assertFalse(fixed.body().contains("briefing-build-errors"));
        }
        assertFalse(Files.exists(p.output()), "preview never publishes into site-output/");
    }

    @Test
    void theWatcherSurvivesHostileInputsAndAnyThrowableAndKeepsRebuilding() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        p.write("content/notes/live.md", NOTE);
        List<String> log = new CopyOnWriteArrayList<>();
        AtomicBoolean overflow = new AtomicBoolean();
        BiFunction<BuildOptions, WarmState, BuildReport> build = (options, warm) -> {
            if (overflow.get()) {
                throw new StackOverflowError();
            }
            return new Build(options, warning -> { }, warm).run();
        };

        try (Preview preview = new Preview(BuildOptions.at(p.root()), 0, log::add, build)) {
            String page = preview.address() + "notes/live/";
            p.write("content/notes/live.md", NOTE.replace("First version.", "* ".repeat(600) + "x"));
            assertTrue(preview.awaitRebuilds(2, 30_000));
            assertTrue(preview.lastFailed());
            assertTrue(log.contains("content/notes/live.md:6:1: error: Markdown nested 600 levels deep\n"
                    + "  hint: nest quotes and lists at most 32 levels".replace("\n", System.lineSeparator())), log.toString());
            p.write("content/notes/live.md", NOTE.replace("draft: true", "themes: " + "[".repeat(2000) + "]".repeat(2000)));
            assertTrue(preview.awaitRebuilds(3, 30_000));
            assertTrue(log.stream().anyMatch(l -> l.startsWith("content/notes/live.md:4:72: error: YAML nested more than 64 levels deep")),
                    log.toString());

            overflow.set(true);
            p.write("content/notes/live.md", NOTE.replace("First version.", "Overflowing."));
            assertTrue(preview.awaitRebuilds(4, 30_000));
            assertTrue(preview.lastFailed());
            assertTrue(log.contains("internal error: java.lang.StackOverflowError; still serving the last good site"), log.toString());
            assertTrue(get(page).body().contains("internal error: java.lang.StackOverflowError"), "the page says what failed");

            overflow.set(false);
            p.write("content/notes/live.md", NOTE.replace("First version.", "Back again."));
            assertTrue(preview.awaitRebuilds(5, 30_000), "the watcher still rebuilds");
            assertFalse(preview.lastFailed());
            assertTrue(get(page).body().contains("Back again."));
        }
    }

    @Test
    void theServerNeverServesOutsideTheSite() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        try (Preview preview = new Preview(BuildOptions.at(p.root()), 0, line -> { })) {
            assertEquals(404, get(preview.address() + "%2e%2e/%2e%2e/%2e%2e/etc/passwd").statusCode());
            assertEquals(404, get(preview.address() + "nothing-here.html").statusCode());
            assertEquals(301, http.send(HttpRequest.newBuilder(URI.create(preview.address() + "themes")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }
}
