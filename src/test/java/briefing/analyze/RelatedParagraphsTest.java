package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.diag.Diagnostics;
import briefing.ingest.ProjectPaths;
import briefing.ingest.SeedReader;
import briefing.model.ParagraphRef;
import briefing.model.Related;
import briefing.model.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Related paragraphs across the real seeds. */
class RelatedParagraphsTest {

    private static final ParagraphRef TARGETS_2023 = new ParagraphRef("2023-06-23-hanoi-summit-press-meeting", "vietnam-and-south-korea-strive-to");
    private static final ParagraphRef P4_2025 = new ParagraphRef("2025-08-11-seoul-joint-statement", "p4");
    private static List<Statement> statements;

    @BeforeAll
    static void read() {
        statements = new SeedReader(new ProjectPaths(TestProject.REPO)).read(TestProject.REPO.resolve("seeds"), new Diagnostics());
    }

    private static Map<ParagraphRef, List<Related>> related() {
        return RelatedParagraphs.find(statements, 0.2, 3);
    }

    @Test
    void theTradeTargetParagraphsPointAtEachOther() {
        Map<ParagraphRef, List<Related>> related = related();
        assertTrue(related.get(TARGETS_2023).stream().anyMatch(r -> r.paragraph().equals(P4_2025)), String.valueOf(related.get(TARGETS_2023)));
        assertTrue(related.get(P4_2025).stream().anyMatch(r -> r.paragraph().equals(TARGETS_2023)), String.valueOf(related.get(P4_2025)));
    }

    @Test
    void relationsAreMutualAcrossStatementsAndDeterministic() {
        Map<ParagraphRef, List<Related>> first = related();
        first.forEach((ref, list) -> list.forEach(r -> {
            assertTrue(!r.paragraph().statementId().equals(ref.statementId()), "never the same statement");
            assertTrue(first.get(r.paragraph()).stream().anyMatch(back -> back.paragraph().equals(ref))
                    || first.get(r.paragraph()).size() == 3, "both ways unless the other side is full");
        }));
        assertEquals(first, related());
    }

    @Test
    void aLineTooShortToSayAnythingIsNeverRelated() throws java.io.IOException {
        // A real news copy's photo-tag line ("South Korea Japan China") shares names with the seeds.
        String relative = "corpus/texts/lbc-2023-11-26-japan-china-ministers-seafood-dispute.txt";
        ProjectPaths paths = new ProjectPaths(TestProject.REPO);
        List<briefing.model.CleaningRule> rules = new briefing.ingest.CleaningRulesReader(paths)
                .read(TestProject.REPO.resolve("content/cleaning.yaml"), new Diagnostics());
        Statement news = new SeedReader(paths, rules).read(TestProject.REPO.resolve("corpus/texts"), new Diagnostics()).stream().filter(s -> s.source().path().equals(relative)).findFirst().orElseThrow();
        List<Statement> withNews = new java.util.ArrayList<>(statements);
        withNews.add(news);

        Map<ParagraphRef, List<Related>> related = RelatedParagraphs.find(withNews, 0.2, 3);

        news.paragraphs().stream().filter(p -> p.text().split("\\s+").length < RelatedParagraphs.MIN_WORDS).forEach(p ->
                assertEquals(List.of(), related.getOrDefault(new ParagraphRef(news.id(), p.anchor()), List.of()), p.text()));
        assertTrue(news.paragraphs().stream().anyMatch(p -> p.text().equals("South Korea Japan China")), "the tag line is there");
    }
}
