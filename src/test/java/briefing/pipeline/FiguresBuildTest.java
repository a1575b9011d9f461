package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures ledger, its data files and the charts, in real bakes of the real seeds. */
class FiguresBuildTest {

    @TempDir
    static Path shared;
    private static TestProject project;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() {
        project = TestProject.copyOfRepo(shared);
        TestProject.Run run = project.run("build");
        assertEquals(0, run.exitCode(), run.toString());
    }

    private static Path site() {
        return project.output();
    }

    @Test
    void ledgerListsEveryFigureWithItsSentenceMarkedAndItsParagraph() throws Exception {
        Document page = SiteFiles.page(site(), "figures/index.html");
        JsonNode figures = new ObjectMapper().readTree(site().resolve("data/figures.json").toFile()).get("figures");

        java.util.Set<String> entries = new java.util.HashSet<>();
        figures.forEach(f -> entries.add(f.get("entry").asText()));
        assertEquals(entries.size(), page.select("#ledger ~ section li.figure-item").size(), "every ledger entry is on the page");
        assertTrue(entries.size() < figures.size(), "the 2025 statement states one figure twice: one entry");
        assertTrue(figures.size() >= 14, "the two seeds alone state 14 figures");
        Element trade = page.getElementById("fig-2023-06-23-hanoi-summit-press-meeting-in-2022-the-bilateral-trade-volume-1");
        assertEquals("$87 billion", trade.selectFirst("mark").text());
        assertTrue(trade.selectFirst("blockquote").text().startsWith("In 2022, the bilateral trade volume reached $87 billion"));
        assertEquals("../statements/2023-06-23-hanoi-summit-press-meeting/#in-2022-the-bilateral-trade-volume",
                trade.selectFirst(".where a").attr("href"));
        assertEquals("reported", trade.selectFirst(".status").text());
        List<String> topics = page.select(".figure-group h3").eachText();
        assertEquals(List.of("Trade", "Development finance (ODA)", "Investment", "Research funding", "Other figures"), topics);
    }

    @Test
    void dataFilesCarryTheSameRecords() throws Exception {
        JsonNode edpf = null;
        for (JsonNode f : new ObjectMapper().readTree(site().resolve("data/figures.json").toFile()).get("figures")) {
            edpf = f.get("id").asText().equals("2025-08-11-seoul-joint-statement#p9.2") ? f : edpf;
        }
        assertEquals(2e9, edpf.get("value").asDouble());
        assertEquals("EDPF", edpf.get("holder").asText());
        assertEquals("commitment", edpf.get("status").asText());
        assertEquals(2030, edpf.get("time").get("end").asInt());
        assertEquals("statements/2025-08-11-seoul-joint-statement/#p9", edpf.get("url").asText());

        List<String> csv = Files.readAllLines(site().resolve("data/figures.csv"));
        assertEquals(new ObjectMapper().readTree(site().resolve("data/figures.json").toFile()).get("figures").size() + 1, csv.size());
        assertEquals("id,topic,status,value,unit,noun,text,time_kind,start,end,holder,label,statement,anchor,sentence,url,parties,entry", csv.get(0));
        assertTrue(csv.contains(csv.stream().filter(l -> l.startsWith("2025-08-11-seoul-joint-statement#p9.2,")).findFirst().orElseThrow()));
    }

    @Test
    void economyPageShowsBothChartsWithAltTextDescriptionTableAndCsv() throws Exception {
        Document economy = SiteFiles.page(site(), "themes/economy/index.html");

        for (String chart : List.of("trade", "development-finance")) {
            Element section = economy.getElementById("chart-" + chart);
            assertTrue(section != null, chart);
            Element img = section.selectFirst("figure img[src=../../figures/" + chart + ".svg]");
            assertFalse(img.attr("alt").isBlank());
            assertFalse(section.selectFirst("figcaption").text().isBlank());
            List<String> csv = Files.readAllLines(site().resolve("figures/" + chart + ".csv"));
            assertEquals(csv.size() - 1, section.select("tbody tr").size(), "one table row per plotted value");
            assertTrue(section.selectFirst("a[href=../../figures/" + chart + ".csv]") != null);
            assertTrue(Files.size(site().resolve("figures/" + chart + ".png")) > 1000);
            for (Element row : section.select("tbody tr")) {
                assertTrue(row.selectFirst("a[href^=../../statements/]") != null, "each row links to its paragraph: " + row);
            }
        }
        Element trade = economy.getElementById("chart-trade");
        assertTrue(trade.select("tbody th").eachText().containsAll(List.of("2022", "2030")));
        assertTrue(trade.selectFirst("figcaption").text().contains("Not plotted, for want of a year: US$100 billion"));
        String rows = String.join(",", economy.getElementById("chart-development-finance").select("tbody th").eachText());
        assertTrue(rows.contains("EDCF,Framework credit,Joint research,Grant aid,EDCF,EDPF"), rows);
    }

    @Test
    void statementPagesMarkFiguresInlineAndLinkThemToTheLedger() {
        Document joint = SiteFiles.page(site(), "statements/2025-08-11-seoul-joint-statement/index.html");

        Element mark = joint.getElementById("p9").selectFirst("a.fig");
        assertEquals("US$2 billion", mark.text());
        assertEquals("../../figures/#fig-2025-08-11-seoul-joint-statement-p9-1", mark.attr("href"));
        assertTrue(joint.getElementById("p9").text().contains("each worth US$2 billion until 2030"), "text reads unchanged");
    }

    @Test
    void aPhoneGetsEachChartLaidOutForItsWidth() throws Exception {
        Document figures = SiteFiles.page(site(), "figures/index.html");
        List<Element> sources = figures.select("figure picture source[media]");
        assertEquals(figures.select("figure picture img").size(), sources.size(), "every chart has its phone layout");
        for (Element source : sources) {
            assertEquals("(max-width: 40rem)", source.attr("media"));
            Path svg = site().resolve("figures").resolve(source.attr("srcset")).normalize();
            assertTrue(Files.isRegularFile(svg), svg + " among " + java.util.Arrays.toString(svg.getParent().toFile().list()));
            assertTrue(Files.readString(svg).contains("width='360.0'"), svg.toString());
        }
    }

    @Test
    void homePageShowsKeyFiguresAndThemePagesTheirFigures() {
        Document home = SiteFiles.page(site(), "index.html");
        List<String> amounts = home.select(".key-figures .kf-amount").eachText();
        assertTrue(amounts.contains("US$87 billion"), amounts.toString());
        assertTrue(amounts.contains("US$150 billion"), amounts.toString());
        // Each card says where its figure is stated in a few words, and the link's title gives the statement's title.
        Element edcf = home.select(".key-figures li").stream().filter(li -> li.text().contains("EDCF")).findFirst().orElseThrow();
        assertEquals("From the joint statement of 11 August 2025, paragraph 9", edcf.selectFirst(".kf-source").text());
        assertTrue(edcf.selectFirst(".kf-source a").attr("title").startsWith("Joint Statement on"), edcf.toString());

        Document science = SiteFiles.page(site(), "themes/science/index.html");
        assertTrue(science.select(".theme-figures .figure-item strong").eachText().contains("US$30 million"));
    }

    @Test
    void aStatementWithNewTradeNumbersMovesTheTradeChartWithNoCodeChange() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        p.addResource("layouts/seoul-dateline-report.txt", "seeds/2024-03-14-seoul-trade-report.txt");

        TestProject.Run run = p.run("build");

        assertEquals(0, run.exitCode(), run.toString());
        List<String> csv = Files.readAllLines(p.output().resolve("figures/trade.csv"));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("2023,79400000000,USD,reported,")), csv.toString());
        assertNotEquals(Files.readString(site().resolve("figures/trade.svg")), Files.readString(p.output().resolve("figures/trade.svg")));
        assertTrue(SiteFiles.page(p.output(), "themes/economy/index.html").getElementById("chart-trade")
                .selectFirst("figcaption").text().contains("Down from US$87 billion in 2022 to US$79.4 billion in 2023"));
    }

    @Test
    void editorsDataThatMisquotesAParagraphFailsTheBuildAndKeepsTheSite() {
        TestProject p = TestProject.copyOfRepo(dir);
        assertEquals(0, p.run("build").exitCode());
        Map<String, String> before = SiteFiles.digests(p.output());
        p.write("content/figure-data.yaml", """
                add:
                  - id: restated
                    topic: trade
                    amount: 160 billion USD
                    cites: 2025-08-11-seoul-joint-statement#p4
                """);

        TestProject.Run run = p.run("build");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("content/figure-data.yaml:5:12: error: 2025-08-11-seoul-joint-statement#p4 does not state 160 billion USD"),
                run.err());
        assertEquals(before, SiteFiles.digests(p.output()));
    }

    @Test
    void anotherPartnershipsTradeIsNeverDrawnOrRelatedAsThisOnes() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        TestProject.copyTree(TestProject.REPO.resolve("corpus/texts"), dir.resolve("collected"));
        // A real Korea–Indonesia report: US$17 billion of trade "last year", a US$30 billion target stated twice.
        p.write("seeds/2018-09-10-korea-indonesia.txt", p.read("collected/straitstimes-2018-09-10-korea-indonesia-economic-ties.txt"));
        p.write("content/site.yaml", p.read("content/site.yaml") + "  - parties: [South Korea, Indonesia]\n");

        TestProject.Run run = p.run("build");

        assertEquals(0, run.exitCode(), run.toString());
        Document statement = SiteFiles.page(p.output(), "statements/2018-09-10-korea-indonesia/index.html");
        assertTrue(statement.select(".facts dd").eachText().contains("South Korea · Indonesia (read from the text)"),
                statement.select(".facts").text());
        String tradeCsv = Files.readString(p.output().resolve("figures/trade.csv"));
        assertFalse(tradeCsv.contains("30000000000") || tradeCsv.contains("17000000000"), tradeCsv);
        assertTrue(tradeCsv.contains("150000000000"), "this partnership's target is still drawn: " + tradeCsv);
        Document figures = SiteFiles.page(p.output(), "figures/index.html");
        assertTrue(figures.text().contains("Vietnam–South Korea only. 3 figures of other partnerships not drawn."),
                figures.select("figure").text());
        JsonNode json = new ObjectMapper().readTree(p.output().resolve("data/statements.json").toFile());
        for (JsonNode s : json.get("statements")) {
            if (s.get("id").asText().startsWith("2018")) {
                assertEquals("[\"South Korea\",\"Indonesia\"]", s.get("parties").toString());
            }
        }
        for (String seed : List.of("2023-06-23-hanoi-summit-press-meeting", "2025-08-11-seoul-joint-statement")) {
            Document page = SiteFiles.page(p.output(), "statements/" + seed + "/index.html");
            assertTrue(page.select("a[href*=2018-09-10-korea-indonesia]").isEmpty(), seed + " links into another partnership");
        }
    }

    @Test
    void withNoPartnershipNamedEachChartDrawsThePartnershipOfItsFiguresAndAnEmptyOneSaysSo() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        TestProject.copyTree(TestProject.REPO.resolve("corpus/texts"), dir.resolve("collected"));
        for (String seed : List.of("2023-06-23-hanoi-summit-press-meeting", "2025-08-11-seoul-joint-statement")) {
            p.delete("seeds/" + seed + ".txt");
            p.delete("seeds/" + seed + ".yaml");
        }
        p.delete("content/notes/the-2030-trade-target.md");
        // Two reports of Korea–Indonesia trade; a Japan–China report with no money figure is the other partnership.
        p.write("seeds/2018-09-10-korea-indonesia.txt", p.read("collected/straitstimes-2018-09-10-korea-indonesia-economic-ties.txt"));
        p.write("seeds/2018-09-11-indonesia-korea.txt", p.read("collected/theinsiderstories-2018-09-10-indonesia-korea-business-deals.txt"));
        p.write("seeds/2023-11-25-japan-china.txt", p.read("collected/kyodo-2023-11-25-japan-china-foreign-ministers-busan.txt"));
        p.write("content/site.yaml", p.read("content/site.yaml").replaceAll("(?s)\npartnerships:.*", "\n"));

        TestProject.Run run = p.run("build");

        assertEquals(0, run.exitCode(), run.toString());
        Document figures = SiteFiles.page(p.output(), "figures/index.html");
        Element trade = figures.selectFirst("#chart-trade");
        assertTrue(trade.selectFirst("figcaption").text().startsWith("Indonesia–South Korea only."), trade.text());
        assertTrue(Files.readString(p.output().resolve("figures/trade.csv")).contains("30000000000"));
        Element finance = figures.selectFirst("#chart-development-finance");
        assertTrue(finance.select("img").isEmpty(), "no empty chart is shown: " + finance.html());
        assertTrue(finance.selectFirst(".chart-empty").text().startsWith("Nothing to draw yet:"), finance.text());
        List<String> cards = SiteFiles.page(p.output(), "index.html").select(".kf-topic").eachText();
        assertFalse(cards.isEmpty());
        assertTrue(cards.stream().allMatch(c -> c.matches(".* · (Indonesia–South Korea|South Korea–Indonesia|Japan–China|China–Japan)")),
                "on a site of several partnerships each key figure says whose it is: " + cards);
    }

    @Test
    void aChartInAnotherCurrencyConvertsOnlyWithTheEditorsRatesAndSaysSo() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        // The trade chart drawn in won: the statements' US-dollar figures convert at the rates of the table
        // (test rates, not real ones); a figure of a year the table lacks is left off, and the chart says so.
        String charts = p.read("content/charts.yaml");
        assertTrue(charts.contains("    currency: USD\n    topics: [trade]\n"), charts);
        p.write("content/charts.yaml", charts.replace("    currency: USD\n    topics: [trade]\n", "    currency: KRW\n    topics: [trade]\n"));
        p.write("content/exchange-rates.yaml", """
                rates:
                  - currency: KRW
                    per: USD
                    source: Test rates
                    url: https://example.org/rates
                    years:
                      2022: 1300
                      2023: 1250
                """);

        TestProject.Run run = p.run("build");

        assertEquals(0, run.exitCode(), run.toString());
        List<String> csv = Files.readAllLines(p.output().resolve("figures/trade.csv"));
        assertEquals("year,value,unit,status,figure_ids,sources,stated_value,stated_unit,conversion", csv.get(0));
        String reported = csv.stream().filter(l -> l.startsWith("2022,")).findFirst().orElseThrow();
        assertTrue(reported.startsWith("2022,113000000000000,KRW,reported,"), "US$87 billion at 1,300 won, three digits: " + reported);
        assertTrue(reported.endsWith(",87000000000,USD,\"at ₩1,300 per US$ (2022); Test rates https://example.org/rates\""), reported);
        String target = csv.stream().filter(l -> l.startsWith("2030,")).findFirst().orElseThrow();
        assertTrue(target.contains(",USD,\"at ₩1,250 per US$ (2023)"), "a target converts at the rate of the year it was stated: " + target);
        Element chart = SiteFiles.page(p.output(), "figures/index.html").getElementById("chart-trade");
        String caption = chart.selectFirst("figcaption").text();
        assertTrue(caption.contains("not drawn (no exchange rate for USD in 2025)"), caption);
        assertTrue(caption.contains("drawn converted (marked ≈) at the yearly average rate of Test rates"), caption);
        assertTrue(chart.select("tbody td").eachText().contains("US$87 billion (≈ ₩113 trillion at ₩1,300 per US$ (2022))"),
                chart.select("tbody").text());
        assertTrue(Files.readString(p.output().resolve("figures/trade.svg")).contains("≈₩113tn"), "a converted point is labelled as converted");
    }

    @Test
    void anEditorsYearlySeriesIsDrawnBesideTheStatementsFiguresWithItsSource() throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        // Test values, not real statistics: what is checked is that they are drawn, tabled and sourced.
        p.write("content/series/trade.csv", "year,value\n2019,67e9\n2020,\"69,100,000,000\"\n2021,80.7e9\n");
        p.write("content/charts.yaml", p.read("content/charts.yaml").replace("    topics: [trade]\n", """
                    topics: [trade]
                    series:
                      - name: Customs statistics
                        file: series/trade.csv
                        currency: USD
                        source: Test statistics office
                        url: https://example.org/trade
                """));

        TestProject.Run run = p.run("build");

        assertEquals(0, run.exitCode(), run.toString());
        List<String> csv = Files.readAllLines(p.output().resolve("figures/trade.csv"));
        assertTrue(csv.contains("2020,69100000000,USD,outside series: Customs statistics,,https://example.org/trade,69100000000,USD,"), csv.toString());
        Element chart = SiteFiles.page(p.output(), "figures/index.html").getElementById("chart-trade");
        assertEquals(csv.size() - 1, chart.select("tbody tr").size(), "one table row per plotted value, the series' included");
        assertTrue(chart.select("tbody tr").stream().anyMatch(r -> r.text().equals("2019 US$67 billion Customs statistics Test statistics office")
                && r.selectFirst("a[href=https://example.org/trade]") != null), chart.select("tbody").text());
        assertTrue(chart.selectFirst("figcaption").text().contains("Also drawn, as a thin line: Customs statistics (Test statistics office), 2019–2021."),
                chart.selectFirst("figcaption").text());
        assertTrue(Files.readString(p.output().resolve("figures/trade.svg")).contains("Customs statistics"), "the legend names the series");

        p.write("content/series/trade.csv", "year,value\n2019,67e9\n20x0,1\n2021,lots\n2019,1\n");
        TestProject.Run bad = p.run("build");
        assertEquals(1, bad.exitCode(), bad.toString());
        for (String expected : List.of("content/series/trade.csv:3: error: '20x0' is not a year",
                "content/series/trade.csv:4: error: 'lots' is not an amount", "content/series/trade.csv:5: error: the year 2019 is written twice")) {
            assertTrue(bad.err().contains(expected), expected + " in " + bad.err());
        }
    }
}
