package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.diag.BuildFailure;
import briefing.publish.Publisher;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warm build re-renders only what an edit affects, and its output must be the bytes of a full build of
 * the same inputs: after each edit, addition and deletion below, the warm output folder is compared file
 * by file with a cold full build's. (Skipping "unchanged" pages is how other generators serve stale pages.)
 */
class IncrementalBuildTest {

    private static final String NOTE = "content/notes/the-2030-trade-target.md";
    private static final String SEED_2023 = "seeds/2023-06-23-hanoi-summit-press-meeting.txt";

    @TempDir
    Path dir;
    private TestProject project;
    private WarmState warm;
    private BuildOptions warmOptions;

    @BeforeEach
    void setUp() {
        project = TestProject.copyOfRepo(dir.resolve("project"));
        warm = new WarmState();
        warmOptions = BuildOptions.at(project.root()).forPreview(dir.resolve("warm-site"));
    }

    @AfterEach
    void tearDown() {
        warm.close();
    }

    @Test
    void everyEditAdditionAndDeletionGivesTheBytesOfAFullBuild() {
        int pages = warmBuildEqualsFullBuild("the first build").pages();

        project.write(NOTE, project.read(NOTE).replace("appears in both statements", "appears, restated, in both statements"));
        BuildReport noteEdit = warmBuildEqualsFullBuild("a note's text edited");
        assertTrue(noteEdit.baked() <= 3, "a note edit re-renders its own page, not " + noteEdit.baked() + " pages");

        project.write("content/notes/a-second-note.md", """
                ---
                title: Labour mobility, a second look
                date: 2025-09-01
                themes: [labour]
                cites:
                  - 2025-08-11-seoul-joint-statement#p4
                summary: A note added while the preview runs.
                ---
                Added **while** the preview was running.
                """);
        BuildReport noteAdded = warmBuildEqualsFullBuild("a note added");
        assertTrue(noteAdded.baked() < pages, "adding a note re-renders what lists it, not every page");

        project.delete("content/notes/a-second-note.md");
        warmBuildEqualsFullBuild("a note deleted");

        project.write(SEED_2023, project.read(SEED_2023).replaceFirst("cooperation", "co-operation"));
        warmBuildEqualsFullBuild("a statement's wording edited");

        project.addResource("layouts/press-conference-transcript.txt", "seeds/2024-05-02-press-conference.txt");
        BuildReport seedAdded = warmBuildEqualsFullBuild("a statement in another layout added");
        assertTrue(seedAdded.pages() > pages, "the new statement has pages of its own");

        project.delete("seeds/2024-05-02-press-conference.txt");
        assertEquals(pages, warmBuildEqualsFullBuild("that statement deleted").pages());

        project.write("content/themes/economy.md", project.read("content/themes/economy.md") + "\nA sentence added to the introduction.\n");
        warmBuildEqualsFullBuild("a theme's introduction edited");

        project.write("content/themes/labour.md", project.read("content/themes/labour.md")
                .replace("title: Labour, health and education", "title: Labour, health and schooling")
                .replace("  workers: 3\n", "  workers: 3\n  cooperation: 1\n"));
        BuildReport themeEdit = warmBuildEqualsFullBuild("a theme's title and terms edited");
        assertTrue(themeEdit.baked() > 0 && themeEdit.baked() < themeEdit.pages(),
                "re-renders the theme's pages and the pages badging it, not " + themeEdit.baked() + " pages");

        project.write("content/glossary.yaml", project.read("content/glossary.yaml").replace("in force since", "in effect since")
                .replace("full_name: Vietnam–Korea Free Trade Agreement", "full_name: Vietnam–Korea Free Trade Agreement of 2015"));
        BuildReport glossaryEdit = warmBuildEqualsFullBuild("a glossary entry's name and definition edited");
        assertTrue(glossaryEdit.baked() > 0 && glossaryEdit.baked() < glossaryEdit.pages(),
                "re-renders the entry's page and the statements marking it, not " + glossaryEdit.baked() + " pages");

        project.write("content/figure-data.yaml", project.read("content/figure-data.yaml").replace("add: []", """
                add: [{id: trade-2021, topic: trade, status: reported, amount: US$78 billion, year: 2021,
                       label: "Bilateral trade, 2021", source: {name: Korea Customs Service, url: https://example.org/trade}}]"""));
        BuildReport figureAdded = warmBuildEqualsFullBuild("a figure added by the editors");
        assertTrue(figureAdded.baked() > 0 && figureAdded.baked() < figureAdded.pages(),
                "re-renders the figures ledger and the charts' pages, not " + figureAdded.baked() + " pages");

        project.write("content/commitments.yaml", project.read("content/commitments.yaml").replace("judgements: []", """
                judgements:
                  - commitment: "2023-06-23-hanoi-summit-press-meeting#vietnam-and-south-korea-strive-to.c1"
                    score: partly
                    judged_by: Test editor
                    judged_on: 2025-09-01
                    evidence: [{paragraph: "2025-08-11-seoul-joint-statement#p4"}]
                """));
        warmBuildEqualsFullBuild("a commitment judged by the editors");

        project.write("templates/statement.ftlh", project.read("templates/statement.ftlh") + "<#-- edited -->\n<!-- edited -->\n");
        BuildReport templateEdit = warmBuildEqualsFullBuild("a template edited");
        assertEquals(templateEdit.pages(), templateEdit.baked(), "a template edit re-renders every page");

        project.write("templates/assets/css/site.css", project.read("templates/assets/css/site.css") + "\n.edited { color: inherit; }\n");
        warmBuildEqualsFullBuild("a stylesheet edited");

        project.write("content/site.yaml", project.read("content/site.yaml").replace("title: Vietnam–Korea Briefing", "title: Vietnam–Korea Briefing (edited)"));
        warmBuildEqualsFullBuild("the site title edited");
    }

    @Test
    void aFailedBuildLeavesTheLastGoodSiteAndTheNextBuildIsWhole() {
        warmBuildEqualsFullBuild("the first build");
        Map<String, String> good = SiteFiles.digests(warmOptions.output());
        String template = project.read("templates/note.ftlh");

        project.write("templates/note.ftlh", template + "${page.noSuchField}\n");
        assertThrows(BuildFailure.class, () -> new Build(warmOptions, warning -> { }, warm).run());
        assertEquals(good, SiteFiles.digests(warmOptions.output()), "the served site is the last good one");

        project.write("templates/note.ftlh", template);
        project.write(NOTE, project.read(NOTE).replace("appears in both statements", "appears in both texts"));
        BuildReport after = warmBuildEqualsFullBuild("the build after a failure");
        assertEquals(after.pages(), after.baked(), "after a failure nothing of the warm state is trusted");
    }

    /**
     * Builds warm, builds the same inputs cold into a fresh folder, and compares every file's bytes. The
     * cold build keeps nothing and reuses nothing (its memo is {@code Memo.none()}): the reference owes
     * the earlier builds nothing, so a kept result whose inputs were listed short shows up as a difference.
     */
    private BuildReport warmBuildEqualsFullBuild(String step) {
        BuildReport report = new Build(warmOptions, warning -> { }, warm).run();
        Path full = dir.resolve("full-site");
        Publisher.deleteTree(full);
        new Build(BuildOptions.at(project.root()).forPreview(full), warning -> { }).run();
        Map<String, String> expected = SiteFiles.digests(full);
        Map<String, String> actual = SiteFiles.digests(warmOptions.output());
        assertEquals(expected.keySet(), actual.keySet(), step + ": the same files");
        TreeSet<String> differing = new TreeSet<>();
        expected.forEach((file, digest) -> {
            if (!digest.equals(actual.get(file))) {
                differing.add(file);
            }
        });
        assertEquals(new TreeSet<String>(), differing, step + ": files whose bytes differ from a full build");
        return report;
    }
}
