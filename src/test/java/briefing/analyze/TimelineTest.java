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

    @Test
    void aMilestoneTheStatementsNameInOtherWordsIsOneEntryAtItsMostPreciseDate() {
        // "established diplomatic relations in December 1992" (2023 report) and "since the two countries
        // established diplomatic relations in 1992" (2025 statement): one entry, at December 1992.
        List<TimelineEvent> in1992 = events.stream().filter(e -> e.year() == 1992).toList();
        assertEquals(1, in1992.size(), in1992.toString());
        assertEquals("December 1992", in1992.get(0).when());
        assertEquals(List.of("2025-08-11-seoul-joint-statement"), in1992.get(0).alsoIn().stream().map(r -> r.statementId()).toList());
        // The 2022 upgrade to a comprehensive strategic partnership: named three times, listed once.
        List<TimelineEvent> upgrade = events.stream().filter(e -> e.year() == 2022 && e.text().toLowerCase().contains("comprehensive strategic")).toList();
        assertEquals(1, upgrade.size(), upgrade.toString());
        assertEquals(2, upgrade.get(0).alsoIn().size());
        // Other things of 2022 stay apart: the trade volume is not the upgrade.
        assertTrue(has(2022, "2022", "bilateral trade volume reached $87 billion"));
    }
}
