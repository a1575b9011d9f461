package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates as a reader sees them, and as machines read them. */
class DatesTest {

    @Test
    void displayIsDayMonthInEnglishAndYear() {
        assertEquals("23 June 2023", Dates.display(LocalDate.of(2023, 6, 23)));
        assertEquals("1 January 2025", Dates.display(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void isoIsTheDatetimeAttributesForm() {
        assertEquals("2023-06-23", Dates.iso(LocalDate.of(2023, 6, 23)));
    }

    @Test
    void anUnknownDateReadsAsUnknownAndHasNoIsoForm() {
        assertEquals("date unknown", Dates.display(null));
        assertEquals("", Dates.iso(null));
    }
}
