package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void theTradeTargetOf2025ContinuesThe2023OneWithTheWordsThatChanged() throws Exception {
        JsonNode trade = trade2025();
        assertEquals("agree", trade.get("strength").asText());
        assertEquals(2030, trade.get("deadline").asInt());
        assertEquals("strengthened", trade.get("change").asText(), "'strive to' in 2023, 'agreed to' in 2025");
        assertTrue(trade.get("continues").asText().startsWith("2023-06-23-hanoi-summit-press-meeting#"));

        Document page = SiteFiles.page(project.output(), trade.get("url").asText() + "index.html");
        List<Element> steps = page.select(".commitment-step");
        assertEquals(2, steps.size());
        assertTrue(steps.get(0).text().contains("strive to achieve a bilateral trade turnover of US$100 billion"));
        assertTrue(steps.get(1).hasClass("current"));
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
}
