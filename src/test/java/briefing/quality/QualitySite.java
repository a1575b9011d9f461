package briefing.quality;

import briefing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One baked site with every kind of page (the real inputs plus a statement in each other layout and a
 * note), built once per test JVM for the quality gates.
 */
final class QualitySite {

    private static Path site;

    private QualitySite() {
    }

    static synchronized Path site() {
        if (site == null) {
            try {
                TestProject p = TestProject.copyOfRepo(Files.createTempDirectory("briefing-quality-"));
                p.addResource("layouts/seoul-dateline-report.txt", "seeds/seoul-dateline-report.txt");
                p.addResource("layouts/press-conference-transcript.txt", "seeds/press-conference-transcript.txt");
                p.addResource("layouts/action-plan-multilevel.txt", "seeds/action-plan-multilevel.txt");
                TestProject.Run run = p.run("build");
                if (run.exitCode() != 0) {
                    throw new IllegalStateException("the quality site did not build:\n" + run);
                }
                site = p.output();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    static List<Path> pages() {
        try (Stream<Path> files = Files.walk(site())) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page of each kind: home, indexes, a theme, each statement layout, figures, notes, a note. */
    static List<String> oneOfEachKind() {
        return List.of("index.html", "themes/index.html", "themes/economy/index.html", "statements/index.html",
                "statements/2025-08-11-seoul-joint-statement/index.html",
                "statements/2023-06-23-hanoi-summit-press-meeting/index.html",
                "statements/press-conference-transcript/index.html", "figures/index.html", "notes/index.html",
                "notes/the-2030-trade-target/index.html");
    }
}
