package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two outlets' real reports of one state visit (Seoul, 10 September 2018) added to the seeds, in a site
 * that covers both partnerships: one event with two sources, in a real bake.
 */
class EventsBuildTest {

    @TempDir
    static Path shared;
    private static TestProject project;

    @BeforeAll
    static void build() {
        project = TestProject.copyOfRepo(shared.resolve("project"));
        TestProject.copyTree(TestProject.REPO.resolve("corpus/texts"), shared.resolve("project/collected"));
        project.write("seeds/2018-09-10-straits-times.txt", project.read("collected/straitstimes-2018-09-10-korea-indonesia-economic-ties.txt"));
        project.write("seeds/2018-09-11-insider-stories.txt", project.read("collected/theinsiderstories-2018-09-10-indonesia-korea-business-deals.txt"));
        project.write("content/site.yaml", project.read("content/site.yaml") + "  - parties: [South Korea, Indonesia]\n");
        TestProject.Run run = project.run("build");
        assertEquals(0, run.exitCode(), run.toString());
    }

    @Test
    void theEventHasAPageListingBothReportsAndEachReportLinksToIt() {
        Document event = SiteFiles.page(project.output(), "events/2018-09-10-indonesia-south-korea/index.html");
        assertEquals("South Korea–Indonesia, 10 September 2018", event.selectFirst("h1").text());
        assertEquals(List.of("../../statements/2018-09-10-straits-times/", "../../statements/2018-09-11-insider-stories/"),
                event.select(".statement-list a").eachAttr("href"));
        Document report = SiteFiles.page(project.output(), "statements/2018-09-11-insider-stories/index.html");
        assertTrue(report.select(".facts dd").eachText().contains("South Korea–Indonesia, 10 September 2018 (2 reports)"),
                report.select(".facts").text());
    }

    @Test
    void theSamePassageInTheOtherReportIsNotRelatedMaterial() {
        Document report = SiteFiles.page(project.output(), "statements/2018-09-10-straits-times/index.html");
        assertTrue(report.select("aside.same-event a").eachAttr("href").stream().allMatch(h -> h.contains("2018-09-11-insider-stories")),
                report.select("aside.same-event").toString());
        assertTrue(!report.select("aside.same-event").isEmpty(), "the reports share passages");
        assertTrue(report.select("aside.related:not(.same-event) a").eachAttr("href").stream().noneMatch(h -> h.contains("2018-09-11")));
    }

    @Test
    void aFigureBothReportsStateIsOneEntryWithTwoSourcesAndTheVisitIsOnceOnTheTimeline() {
        Document figures = SiteFiles.page(project.output(), "figures/index.html");
        assertTrue(figures.select(".also-stated").eachText().stream().anyMatch(t -> t.startsWith("Stated in 2 reports of this event")),
                figures.select(".also-stated").eachText().toString());
        Document timeline = SiteFiles.page(project.output(), "timeline/index.html");
        assertEquals(1, timeline.select("a[href*=statements/2018-09-1]").stream()
                .filter(a -> !a.attr("href").contains("#")).count(), "one entry for the visit, not one per report");
    }

    @Test
    void aSiteOfTwoPartnershipsListsThemAndComparesThemPerTheme() {
        Document index = SiteFiles.page(project.output(), "partnerships/index.html");
        assertEquals(List.of("South Korea–Indonesia", "Vietnam–South Korea"), index.select("section h2").eachText());
        Document compare = SiteFiles.page(project.output(), "themes/economy/compare/index.html");
        List<org.jsoup.nodes.Element> columns = compare.select(".compare-column");
        assertEquals(2, columns.size());
        assertTrue(columns.get(0).select("blockquote").text().contains("$30 billion"), columns.get(0).text());
        assertTrue(columns.get(1).selectFirst(".meta a").attr("href").contains("2025-08-11-seoul-joint-statement"),
                "each partnership's newest statement on the theme");
        assertTrue(SiteFiles.page(project.output(), "themes/economy/index.html").select("a[href$=compare/]").size() == 1);
    }
}
