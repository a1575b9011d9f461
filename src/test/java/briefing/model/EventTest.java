package briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One occasion and the statements that report it. */
class EventTest {

    private static final Event SUMMIT = new Event("2023-06-23-south-korea-vietnam", LocalDate.of(2023, 6, 23),
            List.of("South Korea", "Vietnam"), List.of("2023-06-23-joint", "2023-06-23-press", "2023-06-24-report"), false);
    private static final Event VISIT = new Event("seoul-visit", LocalDate.of(2025, 8, 11), List.of("Vietnam", "South Korea"),
            List.of("2025-08-11-joint"), true);

    @Test
    void byStatementFindsEachStatementsEvent() {
        Map<String, Event> of = Event.byStatement(List.of(SUMMIT, VISIT));

        assertEquals(4, of.size());
        assertSame(SUMMIT, of.get("2023-06-23-joint"));
        assertSame(SUMMIT, of.get("2023-06-24-report"));
        assertSame(VISIT, of.get("2025-08-11-joint"));
        assertEquals(null, of.get("2024-01-01-unknown"));
    }

    @Test
    void byStatementOfNoEventsIsEmpty() {
        assertEquals(Map.of(), Event.byStatement(List.of()));
    }

    @Test
    void anEventReportedByMoreThanOneStatementIsReportedSeveralTimes() {
        assertTrue(SUMMIT.reportedSeveralTimes());
        assertFalse(VISIT.reportedSeveralTimes());
    }

    @Test
    void anEventHasAtLeastOneStatement() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Event("empty", null, List.of(), List.of(), false));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
}
