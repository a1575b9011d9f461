package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.diag.Diagnostics;
import briefing.ingest.ProjectPaths;
import briefing.ingest.SeedReader;
import briefing.model.Statement;
import briefing.model.TimelineEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The timeline of the real seeds. */
class TimelineTest {

    private static List<TimelineEvent> events;

    @BeforeAll
    static void build() {
        List<Statement> seeds = new SeedReader(new ProjectPaths(TestProject.REPO)).read(TestProject.REPO.resolve("seeds"), new Diagnostics());
        events = Timeline.build(seeds, Events.group(seeds));
    }

    private static boolean has(int year, String when, String textPart) {
        return events.stream().anyMatch(e -> e.year() == year && e.when().equals(when) && e.text().contains(textPart));
    }

    @Test
    void milestonesStatementsPeriodsAndHorizonsFrom1992To2030AreOnIt() {
        assertEquals(1992, events.get(0).year());
        assertTrue(has(1992, "December 1992", "established diplomatic relations"));
        assertTrue(has(2009, "October 2009", "strategic cooperative partnership"));
        assertTrue(has(2022, "December 2022", "comprehensive strategic partnership"));
        assertTrue(has(2023, "23 June 2023", "Vietnam, South Korea agree"), "each statement at its date");
        assertTrue(has(2025, "11 August 2025", "Joint Statement"));
        assertTrue(has(2025, "2025", "APEC") || has(2025, "2025", "Asia-Pacific Economic Cooperation"));
        assertTrue(has(2027, "2027", "in Vietnam in 2027"));
        assertTrue(has(2024, "2024–2027", "$200 million"), "periods");
        assertTrue(has(2030, "by 2030", "150 billion"), "horizons");
        assertTrue(events.stream().noneMatch(e -> e.year() == 1982), "a year inside a name is no event");
        assertTrue(events.stream().allMatch(e -> e.kind().equals("statement") || e.source() != null), "every event has its source");
    }
}
