package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MonthDaysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The presidents met on Wednesday (Nov. 20) in Brasilia.|11|20",
            "Talks were held on 4 June at the palace.|6|4",
            "On Saturday, January 25, the leaders signed five pacts.|1|25",
            "The July 3rd meeting of ministers was brief.|7|3",
            "Signed on the 12th of September in Astana.|9|12"})
    void aDayAndMonthWithoutAYearAreRead(String text, int month, int day) {
        assertEquals(Optional.of(MonthDay.of(month, day)), MonthDays.in(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The statement was issued on November 20, 2024 in Brasilia.",
            "The summit of 20 November 2024 agreed on trade.",
            "Trade grew 20 percent in May.",
            "They may meet again in 2026."})
    void aFullDateOrAMonthAloneIsNotADayAndMonth(String text) {
        assertEquals(Optional.empty(), MonthDays.in(text));
    }

    @Test
    void nearCountsDaysAcrossTheTurnOfAYear() {
        assertTrue(MonthDays.near(MonthDay.of(11, 20), LocalDate.of(2024, 11, 21), 2));
        assertTrue(MonthDays.near(MonthDay.of(12, 31), LocalDate.of(2025, 1, 1), 2));
        assertFalse(MonthDays.near(MonthDay.of(11, 20), LocalDate.of(2024, 11, 25), 2));
    }
}
