package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commitments tracker in a real bake of the two seed statements (Vietnam–Korea, 2023 and 2025). */
class CommitmentsBuildTest {

    @TempDir
    static Path shared;
    private static TestProject project;

    @BeforeAll
    static void build() {
        project = TestProject.copyOfRepo(shared);
        TestProject.Run run = project.run("build");
        assertEquals(0, run.exitCode(), run.toString());
    }

    private static JsonNode trade2025() throws Exception {
        for (JsonNode c : new ObjectMapper().readTree(project.output().resolve("data/commitments.json").toFile()).get("commitments")) {
            if (c.get("statement").asText().startsWith("2025") && c.get("sentence").asText().contains("150 billion USD by 2030")) {
                return c;
            }
        }
        throw new AssertionError("the 2025 trade target is a commitment");
    }

    /** Every commitment item of a listing, over all its pages. */
    private static List<Element> listed(String base) {
        List<Element> items = new ArrayList<>();
        for (int n = 1; ; n++) {
            Path page = project.output().resolve(base + (n == 1 ? "" : "page/" + n + "/") + "index.html");
            if (!Files.exists(page)) {
                return items;
            }
            items.addAll(SiteFiles.page(project.output(), project.output().relativize(page).toString()).select("li.commitment-item"));
        }
    }

    @Test
    void theListNarrowsByStatusThemeAndDeadlineWithCountsThatAddUp() throws Exception {
        int all = new ObjectMapper().readTree(project.output().resolve("data/commitments.json").toFile()).get("commitments").size();
        assertEquals(all, listed("commitments/").size());
        int byStatus = 0;
        for (String status : List.of("open", "restated")) {
            List<Element> items = listed("commitments/status/" + status + "/");
            assertTrue(items.stream().allMatch(i -> i.selectFirst(".status").text().equals(status)), status);
            byStatus += items.size();
        }
        assertEquals(all, byStatus, "each commitment has one status");

        Document index = SiteFiles.page(project.output(), "commitments/index.html");
        List<String> filters = index.select("nav.filters a").eachAttr("href");
        assertTrue(filters.containsAll(List.of("../commitments/status/open/", "../commitments/theme/economy/", "../commitments/deadline/")), filters.toString());
        assertTrue(index.selectFirst("nav.filters strong[aria-current=page]").text().startsWith("all ("));

        List<Element> dated = listed("commitments/deadline/");
        List<Integer> years = dated.stream().map(i -> Integer.parseInt(i.selectFirst(".figure-time").text().replaceAll(".*(\\d{4})\\D*$", "$1"))).toList();
        assertEquals(years.stream().sorted().toList(), years, "soonest deadline (the end of its period) first: " + years);
        assertTrue(!dated.isEmpty() && dated.size() < all);

        List<Element> economy = listed("commitments/theme/economy/");
        assertTrue(economy.stream().anyMatch(i -> i.text().contains("150 billion USD by 2030")), "the trade target is on economy");
        assertTrue(economy.size() < all);
    }

    @Test
    void changesOfStatusAreAnAtomFeedWhoseEntriesResolve() throws Exception {
        Path feed = project.output().resolve("commitments/feed.xml");
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(feed.toFile());
        org.w3c.dom.NodeList entries = xml.getElementsByTagName("entry");

        int restated = 0;
        for (JsonNode c : new ObjectMapper().readTree(project.output().resolve("data/commitments.json").toFile()).get("commitments")) {
            restated += c.get("status").asText().equals("restated") ? 1 : 0;
        }
        assertTrue(entries.getLength() >= restated && entries.getLength() > 0, entries.getLength() + " entries, " + restated + " restated");
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            String href = ((org.w3c.dom.Element) entry.getElementsByTagName("link").item(0)).getAttribute("href");
            Path target = project.output().resolve("commitments").resolve(href.replaceAll("#.*", "")).normalize();
            assertTrue(Files.exists(target.resolve("index.html")), href);
        }
        assertTrue(SiteFiles.page(project.output(), "commitments/index.html").selectFirst("a[href=../commitments/feed.xml]") != null);
    }

    @Test
    void theTradeTargetOf2025ContinuesThe2023OneWithTheWordsThatChanged() throws Exception {
        JsonNode trade = trade2025();
        assertEquals("agree", trade.get("strength").asText());
        assertEquals(2030, trade.get("deadline").asInt());
        assertEquals("strengthened", trade.get("change").asText(), "'strive to' in 2023, 'agreed to' in 2025");
        assertTrue(trade.get("continues").asText().startsWith("2023-06-23-hanoi-summit-press-meeting#"));

        String[] url = trade.get("url").asText().split("#");
        Document page = SiteFiles.page(project.output(), url[0] + "index.html");
        List<Element> steps = page.select(".commitment-step");
        assertEquals(2, steps.size(), "one page per lineage, each wording once");
        assertTrue(steps.get(0).text().contains("strive to achieve a bilateral trade turnover of US$100 billion"));
        assertEquals(url[1], steps.get(1).id(), "the 2025 wording's link lands on its step");
        assertTrue(steps.get(1).select("del").eachText().contains("Vietnam and South Korea strive"), steps.get(1).html());
        assertTrue(steps.get(1).select("ins").eachText().stream().anyMatch(t -> t.contains("the two sides agreed")));
        assertTrue(steps.get(0).select(".status").text().equals("restated"));
    }

    @Test
    void theIndexListsEveryCommitmentAndTheDataFilesAgree() throws Exception {
        JsonNode all = new ObjectMapper().readTree(project.output().resolve("data/commitments.json").toFile()).get("commitments");
        assertEquals("2025-08-11", new ObjectMapper().readTree(project.output().resolve("data/commitments.json").toFile())
                .get("as_of").asText(), "statuses are as of the newest statement");
        Document first = SiteFiles.page(project.output(), "commitments/index.html");
        assertTrue(first.selectFirst(".lede").text().startsWith(all.size() + " sentences"), first.selectFirst(".lede").text());
        int listed = first.select("li.commitment-item").size();
        for (int n = 2; Files.exists(project.output().resolve("commitments/page/" + n + "/index.html")); n++) {
            listed += SiteFiles.page(project.output(), "commitments/page/" + n + "/index.html").select("li.commitment-item").size();
        }
        assertEquals(all.size(), listed, "every commitment on one page of the index");
        List<String> csv = Files.readAllLines(project.output().resolve("data/commitments.csv"));
        assertEquals("id,statement,anchor,strength,deadline,status,continues,change,sentence,url", csv.get(0));
        assertTrue(all.size() > 20, "the two joint statements hold dozens of commitments");
    }

    @Test
    void anEditorsJudgementIsTheStatusWithWhoWhenAndEvidence(@TempDir Path dir) throws Exception {
        TestProject p = TestProject.copyOfRepo(dir);
        String earlier = trade2025().get("continues").asText();
        p.write("content/commitments.yaml", p.read("content/commitments.yaml").replace("judgements: []", String.join("\n",
                "judgements:",
                "  - commitment: \"" + earlier + "\"",
                "    score: partly",
                "    judged_by: Test editor",
                "    judged_on: 2025-09-01",
                "    note: the 2023 target of US$100 billion was not reached; the 2030 target stands",
                "    evidence:",
                "      - paragraph: \"2025-08-11-seoul-joint-statement#p4\"",
                "      - url: https://example.org/trade-2024",
                "        date: 2025-03-01",
                "")));

        TestProject.Run run = p.run("build");

        assertEquals(0, run.exitCode(), run.toString());
        JsonNode judged = null;
        for (JsonNode c : new ObjectMapper().readTree(p.output().resolve("data/commitments.json").toFile()).get("commitments")) {
            judged = c.get("id").asText().equals(earlier) ? c : judged;
        }
        assertEquals("partly", judged.get("status").asText());
        assertEquals("Test editor", judged.get("judged_by").asText());
        Document page = SiteFiles.page(p.output(), judged.get("url").asText().split("#")[0] + "index.html");
        String text = page.select(".judgement").text();
        assertTrue(text.startsWith("Judged partly (0) by Test editor on 1 September 2025: the 2023 target"), text);
        assertEquals(List.of("../../statements/2025-08-11-seoul-joint-statement/#p4", "https://example.org/trade-2024"),
                page.select(".judgement a").eachAttr("href"));
    }

    @Test
    void aJudgementOfNoKnownCommitmentFailsTheBuildAtItsLine(@TempDir Path dir) {
        TestProject p = TestProject.copyOfRepo(dir);
        p.write("content/commitments.yaml", p.read("content/commitments.yaml").replace("judgements: []", String.join("\n",
                "judgements:",
                "  - commitment: \"2025-08-11-seoul-joint-statement#p4.c9\"",
                "    score: met",
                "    judged_by: Test editor",
                "    judged_on: 2025-09-01",
                "    evidence:",
                "      - figure: no-such-figure",
                "")));

        TestProject.Run run = p.run("build");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("content/commitments.yaml:"), run.err());
        assertTrue(run.err().contains("error: no commitment '2025-08-11-seoul-joint-statement#p4.c9'"), run.err());
        assertTrue(run.err().contains("did you mean '2025-08-11-seoul-joint-statement#p4."), run.err());
        assertTrue(run.err().contains("error: no figure 'no-such-figure'"), run.err());
    }
}
