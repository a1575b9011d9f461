package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.TestProject;
import briefing.diag.Diagnostics;
import briefing.ingest.ProjectPaths;
import briefing.ingest.SeedReader;
import briefing.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public URL contract as readers, citations and other sites use it (README, "URLs"): a failure here
 * means published links would break.
 */
class UrlsTest {

    @Test
    void statementsAndTheirParagraphsKeepTheirAddresses() {
        List<Statement> seeds = new SeedReader(new ProjectPaths(TestProject.REPO)).read(TestProject.REPO.resolve("seeds"), new Diagnostics());
        Statement joint = seeds.stream().filter(s -> s.id().equals("2025-08-11-seoul-joint-statement")).findFirst().orElseThrow();

        assertEquals("statements/2025-08-11-seoul-joint-statement/", Urls.statement(joint));
        assertEquals("statements/2025-08-11-seoul-joint-statement/#p9", Urls.paragraph(joint, joint.paragraph("p9").orElseThrow()));
    }

    @Test
    void everyPageFamilyHasItsFixedAddress() {
        assertEquals("", Urls.HOME);
        assertEquals(List.of("statements/", "themes/", "figures/", "commitments/", "notes/", "glossary/", "timeline/",
                        "partnerships/", "events/", "search/"),
                List.of(Urls.STATEMENTS, Urls.THEMES, Urls.FIGURES, Urls.COMMITMENTS, Urls.NOTES, Urls.GLOSSARY, Urls.TIMELINE,
                        Urls.PARTNERSHIPS, Urls.EVENTS, Urls.SEARCH));
        assertEquals("themes/economy/", Urls.theme("economy"));
        assertEquals("themes/economy/compare/", Urls.themeCompared("economy"));
        assertEquals("commitments/2025-08-11-seoul-joint-statement-p4-1/", Urls.commitment("2025-08-11-seoul-joint-statement-p4-1"));
        assertEquals("figures/trade.svg", Urls.chart("trade", "svg"));
    }

    @Test
    void theDataFilesForAnalystsKeepTheirNames() {
        assertEquals(List.of("data/statements.json", "data/figures.json", "data/figures.csv", "data/commitments.json", "data/commitments.csv"),
                List.of(Urls.STATEMENTS_JSON, Urls.FIGURES_JSON, Urls.FIGURES_CSV, Urls.COMMITMENTS_JSON, Urls.COMMITMENTS_CSV));
    }
}
