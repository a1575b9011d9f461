package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real JBake bakes of the real seeds and content, checked file by file. */
class BuildTest {

    private static final String JOINT = "statements/2025-08-11-seoul-joint-statement/index.html";
    private static final String REPORT = "statements/2023-06-23-hanoi-summit-press-meeting/index.html";
    private static final List<String> THEMES = List.of("defense", "economy", "science", "labour", "climate", "culture", "multilateral");

    @TempDir
    static Path shared;
    private static TestProject project;
    private static TestProject.Run firstBuild;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildTheRealSiteOnce() {
        project = TestProject.copyOfRepo(shared);
        firstBuild = project.run("build");
    }

    private static Path site() {
        return project.output();
    }

    @Test
    void buildSucceedsQuietlyAndSaysWhatItBuilt() {
        assertEquals(0, firstBuild.exitCode(), firstBuild.toString());
        assertTrue(firstBuild.out().matches("built \\d+ pages from \\d+ statements \\(\\d+ paragraphs\\) into site-output\n"),
                firstBuild.out());
        assertEquals("", firstBuild.err(), "no warnings and no JBake logging on the real inputs");
    }

    @Test
    void everyPageOfThePublicUrlLayoutExists() throws IOException {
        List<String> expected = Stream.concat(
                Stream.of("index.html", "themes/index.html", "statements/index.html", JOINT, REPORT, "data/statements.json", "css/site.css",
                        "figures/index.html", "data/figures.json", "data/figures.csv"),
                THEMES.stream().map(t -> "themes/" + t + "/index.html")).toList();
        for (String file : expected) {
            assertTrue(Files.isRegularFile(site().resolve(file)), file);
        }
        assertFalse(Files.exists(site().resolve("archive.html")), "JBake's own renderers stay off");
        assertFalse(Files.exists(site().resolve("tags")));
        assertTrue(Files.readString(site().resolve("feed.xml")).contains("<id>tag:briefing,2025:feed.xml</id>"), "feed.xml is ours");
    }

    @Test
    void homePageReachesEveryThemeWithCountsAndEveryStatementNewestFirst() {
        Document home = SiteFiles.page(site(), "index.html");

        for (String theme : THEMES) {
            Element link = home.selectFirst("a[href=themes/" + theme + "/]");
            assertTrue(link != null, theme);
            assertTrue(link.closest("li").text().matches(".*\\d+ paragraphs?$"), link.closest("li").text());
        }
        List<String> statements = home.select(".statement-list a").eachAttr("href");
        int joint = statements.indexOf("statements/2025-08-11-seoul-joint-statement/");
        int report = statements.indexOf("statements/2023-06-23-hanoi-summit-press-meeting/");
        assertTrue(joint >= 0 && report > joint, "newest first: " + statements);
    }

    @Test
    void statementPageHasFactsSectionsAnchorsPermalinksAndThemeBadges() {
        Document page = SiteFiles.page(site(), JOINT);

        assertEquals("11 August 2025", page.selectFirst("time[datetime=2025-08-11]").text());
        assertTrue(page.select(".facts").text().contains("Seoul"));
        assertTrue(page.select(".facts").text().contains("General Secretary To Lam (Vietnam)"));
        assertEquals("https://vietnamnet.vn/tuyen-bo-chung-ve-lam-sau-sac-hon-quan-he-viet-nam-han-quoc-2430975.html",
                page.selectFirst(".facts a[rel~=external]").attr("href"));
        assertEquals(6, page.select("h2.section-heading[id]").size());
        for (int n = 1; n <= 23; n++) {
            Element paragraph = page.getElementById("p" + n);
            assertTrue(paragraph != null, "p" + n);
            assertTrue(paragraph.selectFirst("a.permalink[href=#p" + n + "]") != null, "permalink on p" + n);
        }
        Element p4 = page.getElementById("p4");
        assertTrue(p4.selectFirst("a.badge[href=../../themes/economy/]") != null, p4.outerHtml());
        assertFalse(p4.selectFirst("a.badge").attr("title").isBlank(), "a badge says which terms put it there");
        assertTrue(p4.text().contains("Vietnam - Republic of Korea Free Trade Agreement (KVFTA)"));
        assertFalse(page.text().contains("Comment (0)"));
        assertFalse(page.text().contains("Source: https"));
    }

    @Test
    void themePageListsItsParagraphsNewestStatementFirstEachLinkingToItsAnchor() {
        Document economy = SiteFiles.page(site(), "themes/economy/index.html");

        List<String> groups = economy.select(".theme-group h2 a").eachAttr("href");
        assertEquals(List.of("../../statements/2025-08-11-seoul-joint-statement/", "../../statements/2023-06-23-hanoi-summit-press-meeting/"), groups);
        assertTrue(economy.selectFirst("a.ref[href=../../statements/2025-08-11-seoul-joint-statement/#p4]") != null);
        assertTrue(economy.selectFirst("a.ref[href=../../statements/2023-06-23-hanoi-summit-press-meeting/#in-2022-the-bilateral-trade-volume]") != null);
        assertTrue(economy.select(".theme-intro strong").text().contains("trade"), "the Markdown introduction is rendered by JBake's Flexmark");
        assertTrue(economy.selectFirst(".excerpt .section").text().startsWith("STRENGTHENING ECONOMIC"));
    }

    @Test
    void glossaryEntriesListEveryMentionAndMentionsLinkToThem() {
        Document vkist = SiteFiles.page(site(), "glossary/vkist/index.html");
        assertEquals("Vietnam-Korea Institute of Science and Technology", vkist.selectFirst("h1 .full-name").text());
        List<String> refs = vkist.select("a.ref").eachAttr("href");
        assertTrue(refs.contains("../../statements/2025-08-11-seoul-joint-statement/#p7"), refs.toString());
        assertTrue(refs.stream().anyMatch(r -> r.startsWith("../../statements/2023-06-23-hanoi-summit-press-meeting/#")), refs.toString());
        Element p7 = SiteFiles.page(site(), JOINT).getElementById("p7");
        assertEquals("../../glossary/vkist/", p7.selectFirst("a.term:contains(Vietnam-Korea Institute)").attr("href"));
        Document index = SiteFiles.page(site(), "glossary/index.html");
        assertTrue(index.selectFirst("dt#kvfta").text().contains("also VKFTA"));
    }

    /** Issue 13 #10: a link names a paragraph by its number or its opening words, never its machine anchor. */
    @Test
    void noLinkReadsAParagraphsMachineAnchor() throws IOException {
        java.util.regex.Pattern machine = java.util.regex.Pattern.compile("[\u201c\"#][a-z0-9]+(-[a-z0-9]+){2,}");
        List<String> offenders = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(site())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                for (Element a : SiteFiles.page(site(), site().relativize(file).toString()).select("a[href]")) {
                    if (machine.matcher(a.text()).find()) {
                        offenders.add(site().relativize(file) + ": " + a.text());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
        Document economy = SiteFiles.page(site(), "themes/economy/index.html");
        assertEquals("Paragraph \u201cIn 2022, the bilateral trade volume\u2026\u201d", economy.selectFirst(
                "a.ref[href=../../statements/2023-06-23-hanoi-summit-press-meeting/#in-2022-the-bilateral-trade-volume]").text());
    }

    /** Issue 13 #6, #10: a sentence naming several dates is quoted whole once on the timeline; later dates show their words. */
    @Test
    void theTimelineQuotesASentenceOfSeveralDatesOnce() {
        Document timeline = SiteFiles.page(site(), "timeline/index.html");
        List<String> texts = timeline.select(".event-text").stream().map(p -> p.ownText()).filter(t -> !t.isEmpty()).toList();
        assertEquals(texts.stream().distinct().toList(), texts);
        String october2009 = timeline.select(".event").stream().filter(e -> e.selectFirst(".event-when").text().startsWith("October 2009"))
                .findFirst().orElseThrow().selectFirst(".event-text").ownText();
        assertTrue(october2009.startsWith("\u2026") && october2009.contains("strategic cooperative partnership in October 2009"), october2009);
        String in2027 = timeline.select(".event").stream().filter(e -> e.selectFirst(".event-when").text().startsWith("2027"))
                .findFirst().orElseThrow().selectFirst(".event-text").ownText();
        assertTrue(in2027.contains("(APEC) Summit in Korea in 2025 and in Vietnam in 2027"), "the date keeps what it is the date of: " + in2027);
    }

    /** Issue 13 #6: a chart's legend uses the status words of its table and the ledger ("commitment", not "Committed"). */
    @Test
    void chartLegendsSayWhatTheTablesSay() throws IOException {
        Document figures = SiteFiles.page(site(), "figures/index.html");
        for (String chart : List.of("trade", "development-finance")) {
            List<String> statuses = figures.select("#chart-" + chart + " tbody td[data-label=Status]").eachText().stream().distinct().toList();
            assertFalse(statuses.isEmpty(), chart);
            for (String name : List.of("figures/" + chart + ".svg", "figures/" + chart + "-narrow.svg")) {
                String svg = Files.readString(site().resolve(name));
                for (String status : statuses) {
                    String legend = Character.toUpperCase(status.charAt(0)) + status.substring(1);
                    assertTrue(svg.contains(">" + legend + "<"), name + " names '" + legend + "'");
                }
                assertFalse(svg.contains(">Committed<"), name);
            }
        }
    }

    /** Issue 13 #10: a sentence that states several figures is quoted whole once a page, not once per figure. */
    @Test
    void aSentenceOfSeveralFiguresIsQuotedOncePerPage() {
        for (String page : List.of("figures/index.html", "themes/economy/index.html")) {
            List<String> quotes = SiteFiles.page(site(), page).select(".figure-item blockquote").eachText();
            assertEquals(quotes.stream().distinct().toList(), quotes, page);
        }
        Document figures = SiteFiles.page(site(), "figures/index.html");
        Element percent = figures.getElementById("fig-2023-06-23-hanoi-summit-press-meeting-in-2022-the-bilateral-trade-volume-2");
        assertEquals("\u2026reached $87 billion, representing an 11.4 percent increase compared to 2021.", percent.selectFirst("blockquote").text());
        Element first = percent.selectFirst(".where a[href^=#]");
        assertEquals("US$87 billion", first.text());
        assertTrue(figures.getElementById(first.attr("href").substring(1)).selectFirst("blockquote").text().startsWith("In 2022, the bilateral"));
    }

    /**
     * Issue 13 #7: every fund, agreement and programme the statements name has its entry (EDPF is a bar of
     * the development-finance chart), and "MOU" is the one memorandum the texts abbreviate so (workers under the EPS), not every memorandum.
     */
    @Test
    void glossaryHasEveryNamedFundAndProgrammeAndMouIsOneMemorandum() {
        Document index = SiteFiles.page(site(), "glossary/index.html");
        for (String slug : List.of("edpf", "komec", "searp", "aeo-mra", "edcf")) {
            assertTrue(index.getElementById(slug) != null, slug + " in the glossary");
            Document entry = SiteFiles.page(site(), "glossary/" + slug + "/index.html");
            assertFalse(entry.select("a.ref[href*=seoul-joint-statement]").isEmpty(), slug + " links to its mention");
        }
        assertEquals("Economic Cooperation Enhancement Fund", SiteFiles.page(site(), "glossary/edpf/index.html").selectFirst("h1 .full-name").text());
        // An entry no editor defines says what the statements say of it, in their words, linked to the paragraph.
        for (Element dd : index.select("dl.glossary > dd")) {
            Element quote = dd.selectFirst(".in-text q");
            if (quote != null) {
                String href = dd.selectFirst(".in-text a").attr("href");
                Element paragraph = SiteFiles.page(site(), href.substring(href.indexOf("statements/"), href.indexOf('#')) + "index.html")
                        .getElementById(href.substring(href.indexOf('#') + 1));
                String words = quote.text().replace("\u2026", "");
                assertTrue(paragraph.selectFirst(".para-text").text().contains(words), words);
            }
        }
        assertTrue(index.selectFirst("dt#admm-plus + dd .in-text q").text().contains("ASEAN Defense Ministers Meeting Plus (ADMM+)"));
        List<String> mou = SiteFiles.page(site(), "glossary/mou/index.html").select("a.ref").eachAttr("href");
        assertEquals(List.of("../../statements/2025-08-11-seoul-joint-statement/#p10",
                "../../statements/2023-06-23-hanoi-summit-press-meeting/#president-vo-van-thuong-stated-we"), mou,
                "the workers' memorandum in both statements; not the memoranda on minerals (paragraph 8) or health (11)");
    }

    @Test
    void relatedParagraphsOfOtherStatementsPointAtEachOther() {
        Element p4 = SiteFiles.page(site(), JOINT).getElementById("p4");
        assertTrue(p4.selectFirst(".related a[href=../../statements/2023-06-23-hanoi-summit-press-meeting/#vietnam-and-south-korea-strive-to]") != null,
                p4.select(".related").outerHtml());
        // Issue 13 #8: an unnumbered paragraph is named by its opening words, so the reader sees where it leads.
        assertEquals("press-meeting report of 23 June 2023: \u201cVietnam and South Korea strive to\u2026\u201d",
                p4.selectFirst(".related a[href$=#vietnam-and-south-korea-strive-to]").text());
        Element target = SiteFiles.page(site(), REPORT).getElementById("vietnam-and-south-korea-strive-to");
        assertTrue(target.selectFirst(".related a[href=../../statements/2025-08-11-seoul-joint-statement/#p4]") != null,
                target.select(".related").outerHtml());
    }

    @Test
    void themesIndexHasAThemeByStatementTableAndTheTimelineLinksItsSources() {
        Document themes = SiteFiles.page(site(), "themes/index.html");
        Element economy = themes.selectFirst("table.matrix th[scope=row] a[href=../themes/economy/]").closest("tr");
        assertTrue(economy.selectFirst("td a[href^=../statements/2025-08-11-seoul-joint-statement/#]") != null, economy.outerHtml());
        Document timeline = SiteFiles.page(site(), "timeline/index.html");
        List<String> years = timeline.select("h2[id^=y]").eachText();
        assertEquals("1992", years.get(0));
        assertTrue(years.contains("2030"), years.toString());
        assertTrue(timeline.selectFirst("#y1992 ~ ul a[href=../statements/2023-06-23-hanoi-summit-press-meeting/#vietnam-and-south-korea-established-diplomatic]") != null);
    }

    @Test
    void themePagesSayWhatChangedSinceThePreviousStatement() {
        Element changes = SiteFiles.page(site(), "themes/economy/index.html").selectFirst("section.changes");
        Element p4 = changes.selectFirst("a[href=../../statements/2025-08-11-seoul-joint-statement/#p4]").parent();
        assertEquals("repeated", p4.selectFirst(".status").text());
        assertTrue(p4.selectFirst(".earlier a[href=../../statements/2023-06-23-hanoi-summit-press-meeting/#vietnam-and-south-korea-strive-to]") != null,
                "the earlier wording beside");
        assertTrue(changes.select(".figure-changes li").eachText().contains("US$150 billion by 2030: restated, was US$150 billion by 2030"),
                changes.select(".figure-changes li").eachText().toString());
        Element p9 = changes.selectFirst("a[href=../../statements/2025-08-11-seoul-joint-statement/#p9]").parent();
        assertEquals("revised", p9.selectFirst(".status").text(), "its new US$2 billion EDCF and EDPF are no repetition of the 2012-15 loans");
        assertTrue(changes.text().contains("1 revising earlier wording with new figures"), changes.text());
    }

    @Test
    void aThirdStatementInAnotherLayoutJoinsTheConnections() throws IOException {
        TestProject p = TestProject.copyOfRepo(dir);
        p.addResource("layouts/seoul-dateline-report.txt", "seeds/seoul-dateline-report.txt");

        assertEquals(0, p.run("build").exitCode());

        Element trade = SiteFiles.page(p.output(), "statements/seoul-dateline-report/index.html").getElementById("south-korea-and-vietnam-agreed-on");
        assertTrue(trade.select(".related a").eachAttr("href").stream().anyMatch(h -> h.endsWith("#vietnam-and-south-korea-strive-to")
                || h.endsWith("2025-08-11-seoul-joint-statement/#p4")), "its trade target paragraph finds the others: " + trade.select(".related").outerHtml());
        Document page = SiteFiles.page(p.output(), "statements/seoul-dateline-report/index.html");
        assertTrue(page.text().contains("SEOUL, March 14, 2024 (Yonhap) --"), "its dateline is among the lines left out, not in its first paragraph");
        assertFalse(trade.text().contains("Yonhap"), trade.text());
        Document timeline = SiteFiles.page(p.output(), "timeline/index.html");
        assertTrue(timeline.selectFirst("#y2024 ~ ul a[href=../statements/seoul-dateline-report/]") != null, "its date on the timeline");
        assertTrue(Files.readString(p.output().resolve("data/search.json")).contains("statements/seoul-dateline-report/#"));
        assertTrue(Files.readString(p.output().resolve("themes/economy/feed.xml")).contains("statements/seoul-dateline-report"));
        Element changes = SiteFiles.page(p.output(), "themes/economy/index.html").selectFirst("section.changes");
        assertTrue(changes.text().contains("against the previous one"), "the 2025 statement is compared with the 2024 report now");
    }

    @Test
    void aLongStatementOpensWithItsContentsAndReadableHeadings() {
        Document statement = SiteFiles.page(site(), "statements/2025-08-11-seoul-joint-statement/index.html");
        List<String> headings = statement.select("h2.section-heading").eachAttr("id");
        List<String> contents = statement.select("nav.contents a").eachAttr("href");

        assertEquals(headings.stream().map(id -> "#" + id).toList(), contents, "one entry per section, in order");
        assertTrue(headings.size() >= 3);
        String first = statement.selectFirst("nav.contents a").text();
        assertTrue(first.startsWith("Strengthening political trust") && first.endsWith("…") && first.length() <= 81, "short enough to scan: " + first);
        String heading = statement.selectFirst("h2.section-heading").text();
        assertTrue(heading.contains("Strengthening political trust") && heading.contains("national defense"), "sentence case: " + heading);
        assertTrue(SiteFiles.page(site(), "statements/2023-06-23-hanoi-summit-press-meeting/index.html").select("nav.contents").isEmpty(),
                "a report without sections has no contents list");
    }

    @Test
    void theMethodologyPageSaysHowTheSiteReadsWithThisBuildsNumbers() throws IOException {
        Document about = SiteFiles.page(site(), "about/index.html");

        assertTrue(about.selectFirst("section[aria-labelledby=m-sources] p").text().startsWith("2 statements (1 joint statement, 1 press-meeting report)"),
                about.selectFirst("section[aria-labelledby=m-sources] p").text());
        List<String> themes;
        try (var files = Files.list(TestProject.REPO.resolve("content/themes"))) {
            themes = files.filter(f -> f.toString().endsWith(".md")).toList().stream().map(Path::toString).toList();
        }
        assertEquals(themes.size(), about.select("section[aria-labelledby=m-themes] tbody tr").size(), "one row per theme");
        assertTrue(about.select("section[aria-labelledby=m-themes] tbody a").eachAttr("href").contains("../themes/economy/"));
        assertTrue(about.selectFirst("section[aria-labelledby=m-figures]").text().contains("Money is kept in the currency it was stated in (11 in USD)"));
        assertTrue(SiteFiles.page(site(), "index.html").selectFirst("footer a[href=about/]") != null, "every page's footer links to it");
    }

    @Test
    void aCorrectionsAddressIsOnTheMethodologyPageAndABadOneFailsTheBuild() throws IOException {
        TestProject p = TestProject.copyOfRepo(dir);
        String settings = p.read("content/site.yaml");
        p.write("content/site.yaml", settings + "corrections: mailto:editors@example.org\n");

        assertEquals(0, p.run("build").exitCode());
        assertTrue(SiteFiles.page(p.output(), "about/index.html").selectFirst("section[aria-labelledby=m-errors] a[href=mailto:editors@example.org]") != null);

        p.write("content/site.yaml", settings + "corrections: the editors\n");
        TestProject.Run bad = p.run("build");
        assertEquals(1, bad.exitCode(), bad.toString());
        assertTrue(bad.err().contains("content/site.yaml:") && bad.err().contains("corrections 'the editors' is neither a web address nor a mailto: address"),
                bad.err());
    }

    @Test
    void ceremonialClosingAppearsOnItsStatementOnly() throws IOException {
        String anchor = "#the-two-sides-agreed-that-the";
        assertTrue(SiteFiles.page(site(), JOINT).getElementById(anchor.substring(1)) != null);
        for (String theme : THEMES) {
            assertFalse(Files.readString(site().resolve("themes/" + theme + "/index.html")).contains(anchor), theme);
        }
    }

    @Test
    void statementsJsonCarriesEveryParagraphWithAnchorThemesAndUrl() throws IOException {
        JsonNode root = new ObjectMapper().readTree(site().resolve("data/statements.json").toFile());

        JsonNode joint = statement(root, "2025-08-11-seoul-joint-statement");
        assertEquals("2025-08-11-seoul-joint-statement", joint.get("id").asText());
        assertEquals("2025-08-11", joint.get("date").asText());
        assertEquals("VietNamNet", joint.get("source").get("name").asText());
        assertEquals(29, joint.get("paragraphs").size(), "VietNamNet's introduction of the text is no paragraph of it");
        assertEquals(16, statement(root, "2023-06-23-hanoi-summit-press-meeting").get("paragraphs").size());
        JsonNode p4 = joint.get("paragraphs").get(7);
        assertEquals("p4", p4.get("anchor").asText());
        assertEquals("4", p4.get("number").asText());
        assertTrue(p4.get("section").asText().startsWith("STRENGTHENING ECONOMIC"));
        assertEquals("economy", p4.get("themes").get(0).asText());
        assertEquals("statements/2025-08-11-seoul-joint-statement/#p4", p4.get("url").asText());
    }

    private static JsonNode statement(JsonNode root, String id) {
        for (JsonNode s : root.get("statements")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no statement " + id);
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() {
        TestProject again = TestProject.copyOfRepo(dir);
        assertEquals(0, again.run("build").exitCode());

        assertEquals(SiteFiles.digests(site()), SiteFiles.digests(again.output()));
    }

    @Test
    void textFromInputsIsHtmlEscapedNeverMarkup() throws IOException {
        TestProject p = TestProject.copyOfRepo(dir);
        p.write("seeds/hostile.txt", "The sides agreed <script>alert('x')</script> and <b onclick=\"x()\">bold</b> on trade.\n");
        p.write("seeds/hostile.yaml", "title: \"<img src=x onerror=alert(1)>\"\ndate: 2024-01-01\n");

        TestProject.Run run = p.run("build");

        assertEquals(0, run.exitCode(), run.toString());
        String html = Files.readString(p.output().resolve("statements/hostile/index.html"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "text is escaped");
        Document page = SiteFiles.page(p.output(), "statements/hostile/index.html");
        assertTrue(page.select("script:not([src$=js/cite.js]):not([type=application/ld+json]), script[src$=js/cite.js]:containsData(a), img[onerror], [onclick]").isEmpty(),
                "only our own cite.js script");
        assertEquals("<img src=x onerror=alert(1)>", page.selectFirst("h1").text());
    }

    @Test
    void failingBuildReportsEveryErrorAndLeavesThePreviousSiteUntouched() throws IOException {
        TestProject p = TestProject.copyOfRepo(dir);
        assertEquals(0, p.run("build").exitCode());
        Map<String, String> before = SiteFiles.digests(p.output());
        p.write("seeds/2025-08-11-seoul-joint-statement.yaml",
                p.read("seeds/2025-08-11-seoul-joint-statement.yaml").replace("date: 2025-08-11", "date: yesterday"));
        p.write("content/themes/economy.md", p.read("content/themes/economy.md").replace("title: Trade", "titel: Trade"));

        TestProject.Run run = p.run("build");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("seeds/2025-08-11-seoul-joint-statement.yaml:5:7: error: 'date' is not a date: 'yesterday'"), run.err());
        assertTrue(run.err().contains("content/themes/economy.md:2:1: error: unknown field 'titel'"), run.err());
        assertTrue(run.err().contains("  hint: did you mean 'title'?"), run.err());
        assertTrue(run.err().contains("content/themes/economy.md:2: error: missing required field 'title'"), run.err());
        assertTrue(run.err().endsWith("briefing: 3 errors in ingest; nothing was published\n"), run.err());
        assertEquals(before, SiteFiles.digests(p.output()));
        try (Stream<Path> siblings = Files.list(p.root())) {
            assertEquals(List.of(), siblings.map(s -> s.getFileName().toString()).filter(n -> n.startsWith(".site-output")).toList(),
                    "no work folders left behind");
        }
    }

    @Test
    void aBuildRemovesWhatKilledBuildsLeftAndPublishesASiteEveryoneCanRead() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Files.createDirectories(p.root().resolve(".site-output.next-" + ended.pid() + "-1/themes"));
        Files.createDirectories(p.root().resolve(".site-output.staging-" + ended.pid() + "-2/content"));

        assertEquals(0, p.run("build").exitCode());

        try (Stream<Path> siblings = Files.list(p.root())) {
            assertEquals(List.of(), siblings.map(s -> s.getFileName().toString()).filter(n -> n.startsWith(".site-output")).toList());
        }
        assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p.output())),
                "not the 0700 of a temporary folder: rsync -a would make the site unreadable to the web server");
    }

    @Test
    void pagesOfDeletedInputsDisappear() throws IOException {
        TestProject p = TestProject.copyOfRepo(dir);
        p.addResource("layouts/action-plan-multilevel.txt", "seeds/action-plan-multilevel.txt");
        assertEquals(0, p.run("build").exitCode());
        assertTrue(Files.exists(p.output().resolve("statements/action-plan-multilevel/index.html")));
        p.delete("seeds/action-plan-multilevel.txt");

        assertEquals(0, p.run("build").exitCode());

        assertFalse(Files.exists(p.output().resolve("statements/action-plan-multilevel")));
        assertFalse(Files.readString(p.output().resolve("index.html")).contains("action-plan-multilevel"));
    }

    @Test
    void deletingAStatementThatANoteCitesIsAnErrorNamingTheNote() {
        TestProject p = TestProject.copyOfRepo(dir);
        p.write("content/notes/on-the-report.md", "---\ntitle: On the report\ndate: 2025-09-01\ncites:\n"
                + "  - 2023-06-23-hanoi-summit-press-meeting#in-2022-the-bilateral-trade-volume\n---\nText.\n");
        p.delete("seeds/2023-06-23-hanoi-summit-press-meeting.txt");
        p.delete("seeds/2023-06-23-hanoi-summit-press-meeting.yaml");

        TestProject.Run run = p.run("build");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/notes/on-the-report.md:5:5: error: cite "
                + "'2023-06-23-hanoi-summit-press-meeting#in-2022-the-bilateral-trade-volume' names no statement"), run.err());
    }

    @Test
    void statementsInOtherLayoutsWithoutMetadataAppearOnHomeOwnPageAndThemePages() throws IOException {
        TestProject p = TestProject.copyOfRepo(dir);
        p.addResource("layouts/seoul-dateline-report.txt", "seeds/seoul-dateline-report.txt");
        p.addResource("layouts/action-plan-multilevel.txt", "seeds/action-plan-multilevel.txt");
        p.addResource("layouts/press-conference-transcript.txt", "seeds/press-conference-transcript.txt");

        TestProject.Run run = p.run("build");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(3, run.err().lines().filter(l -> l.contains(": warning: no metadata file; inferred")).count(), run.err());
        Document home = SiteFiles.page(p.output(), "index.html");
        for (String id : List.of("seoul-dateline-report", "action-plan-multilevel", "press-conference-transcript")) {
            assertTrue(home.selectFirst("a[href=statements/" + id + "/]") != null, id);
        }
        Document plan = SiteFiles.page(p.output(), "statements/action-plan-multilevel/index.html");
        assertEquals("ACTION PLAN FOR THE COMPREHENSIVE STRATEGIC PARTNERSHIP 2024-2027", plan.selectFirst("h1").text());
        assertTrue(plan.getElementById("p2-1-1") != null);
        String economy = Files.readString(p.output().resolve("themes/economy/index.html"));
        assertTrue(economy.contains("statements/action-plan-multilevel/#p2-1-1"));
        assertTrue(economy.contains("statements/seoul-dateline-report/#trade-between-the-two-countries-reached"));
        String labour = Files.readString(p.output().resolve("themes/labour/index.html"));
        assertTrue(labour.contains("statements/press-conference-transcript/#vietnam-welcomes-the-extension-of-the"));
        assertTrue(SiteFiles.page(p.output(), "statements/press-conference-transcript/index.html")
                .select(".speaker").eachText().contains("PRESIDENT YOON:"));
        // The dated report sorts between the two seeds; the undated transcript and plan sort last.
        List<String> order = home.select(".statement-list a").eachAttr("href");
        assertEquals("statements/seoul-dateline-report/", order.get(1));
    }

    @Test
    void aTemplateErrorNamesTheTemplateLineAndPagesOnce() {
        TestProject p = TestProject.copyOfRepo(dir);
        p.write("templates/statement.ftlh", p.read("templates/statement.ftlh").replace("${page.kind}", "${page.nosuchfield}"));

        TestProject.Run run = p.run("build");

        assertEquals(1, run.exitCode());
        List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(1, errors.size(), run.err());
        assertTrue(errors.get(0).matches("templates/statement\\.ftlh:12:\\d+: error: The following.* has evaluated to null or missing:.*"),
                errors.get(0));
        assertTrue(errors.get(0).contains("page.nosuchfield"), errors.get(0));
        assertTrue(run.err().contains("hint: while rendering /statements/2023-06-23-hanoi-summit-press-meeting/, /statements/2025-08-11-seoul-joint-statement/"),
                run.err());
    }

    @Test
    void aTemplateWithoutHtmlEscapingIsRejected() throws IOException {
        TestProject p = TestProject.copyOfRepo(dir);
        Files.move(p.path("templates/home.ftlh"), p.path("templates/home.ftl"));

        TestProject.Run run = p.run("build");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("templates/home.ftl: error: template 'home.ftl' would render without HTML escaping"), run.err());
        assertTrue(run.err().contains("templates/home.ftlh: error: missing template for page type 'home'"), run.err());
    }

    @Test
    void aNoisyNewsCopyListsWhatItLostInCheckAndOnItsPage(@TempDir Path dir) {
        TestProject p = TestProject.copyOfRepo(dir);
        TestProject.copyTree(TestProject.REPO.resolve("corpus/texts"), dir.resolve("collected"));
        p.write("seeds/2023-11-26-busan-talks.txt", p.read("collected/lbc-2023-11-26-japan-china-ministers-seafood-dispute.txt"));
        // Another partnership's report: the site covers it too.
        p.write("content/site.yaml", p.read("content/site.yaml") + "  - parties: [Japan, China]\n");

        TestProject.Run check = p.run("check");
        TestProject.Run build = p.run("build");

        assertEquals(0, check.exitCode(), check.toString());
        assertTrue(check.out().contains("seeds/2023-11-26-busan-talks.txt:6: left out (caption ending in a credit): "
                + "\"Japan and China talk over seafood dispute. Picture: PA\""), check.out());
        assertEquals(0, build.exitCode(), build.toString());
        Document page = SiteFiles.page(p.output(), "statements/2023-11-26-busan-talks/index.html");
        assertEquals("Japanese and Chinese ministers meet in bid to resolve seafood dispute", page.selectFirst("h1").text());
        assertTrue(page.select(".para-text").stream().noneMatch(t -> t.text().contains("Picture: PA")));
        Element leftOut = page.selectFirst("details.left-out");
        assertTrue(leftOut.selectFirst("summary").text().startsWith("Lines left out of this text"), leftOut.outerHtml());
        assertTrue(leftOut.text().contains("line 1 · headline"), leftOut.text());
        assertTrue(leftOut.text().contains("line 3 · time stamp: 26 November 2023, 07:44"), leftOut.text());
    }

    @Test
    void checkValidatesEverythingButPublishesNothing() {
        TestProject p = TestProject.copyOfRepo(dir);

        TestProject.Run run = p.run("check");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().matches("(?s)seeds/2025-08-11-seoul-joint-statement\\.txt:2: left out \\(publisher's introduction\\): \"VietNamNet.*\n"
                + "ok: \\d+ statements, \\d+ paragraphs, \\d+ pages; 1 line left out as noise \\(listed above\\); "
                + "nothing published\n"), run.out());
        assertFalse(Files.exists(p.output()));
    }

    @Test
    void statementPagesCarryEveryAnchorTheJsonPromises() throws IOException {
        JsonNode root = new ObjectMapper().readTree(site().resolve("data/statements.json").toFile());
        for (JsonNode statement : root.get("statements")) {
            Document page = SiteFiles.page(site(), statement.get("url").asText() + "index.html");
            IntStream.range(0, statement.get("paragraphs").size()).forEach(i -> {
                String anchor = statement.get("paragraphs").get(i).get("anchor").asText();
                assertTrue(page.getElementById(anchor) != null, anchor);
            });
        }
    }
}
