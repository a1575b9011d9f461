package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines from the corpus's train texts and the dates they give or do not give. */
class TextLayoutTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PUTRAJAYA, Dec 16 — Malaysia and Japan will promote cooperation in the sector of broadcasting|12|16",
            "VIETNAM, November 16 - BANGKOK — Việt Nam and Thailand on Wednesday agreed|11|16",
            "HANOI, Dec 5 (Yonhap) -- South Korea and Vietnam|12|5",
            "New Delhi [India], July 27 (ANI): India and Vietnam|7|27",
            "JAKARTA, Feb. 22 (Xinhua) -- China and Indonesia have agreed to deepen strategic synergy|2|22"})
    void aDatelineWithoutAYearGivesItsDayAndMonth(String line, int month, int day) {
        assertEquals(Optional.of(MonthDay.of(month, day)), TextLayout.datelineWithoutYear(line));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "SEOUL, March 14, 2024 (Yonhap) -- South Korea and Vietnam agreed on",
            "Prrime Minister Pham Minh Chinh, now on an official visit to Singapore, held talks",
            "Brussels, 14 December 2022"})
    void aDatelineWithAYearOrProseIsNotOneWithoutAYear(String line) {
        assertEquals(Optional.empty(), TextLayout.datelineWithoutYear(line));
    }

    @Test
    void aDayAndMonthInProseTakeTheYearGivenButAFullDateIsNotOne() {
        String line = "Vietnam and Singapore on March 12 issued a joint statement on the establishment of the CSP.";

        assertEquals(LocalDate.of(2025, 3, 12), TextLayout.monthDayIn(line, 2025).orElseThrow().date());
        assertEquals(Optional.empty(), TextLayout.monthDayIn("May 18, 2024", 2025));
        assertEquals(Optional.empty(), TextLayout.monthDayIn("Global Renewable News", 2025));
    }

    @Test
    void aWeekdayAndYesterdayAreFound() {
        String line = "President Lee Jae Myung and US President Donald Trump held a summit at the White House on Monday";

        assertEquals(DayOfWeek.MONDAY, TextLayout.weekdayIn(line).orElseThrow().getKey());
        assertTrue(TextLayout.yesterdayIn("receives visiting Japanese Foreign Minister Fumio Kishida in Hà Nội yesterday.") > 0);
        assertEquals(-1, TextLayout.yesterdayIn("Vietnam, Japan issue joint statement"));
    }

    @Test
    void aDateWithAClockTimeIsATimeStamp() {
        String stamp = "26 November 2023, 07:44";
        String dateline = "Brussels, 14 December 2022";

        assertTrue(TextLayout.isTimeStamp(stamp, TextLayout.datedIn(stamp).orElseThrow()));
        assertTrue(TextLayout.isTimeStamp("May 07, 2016 - 11:34", TextLayout.datedIn("May 07, 2016 - 11:34").orElseThrow()));
        assertFalse(TextLayout.isTimeStamp(dateline, TextLayout.datedIn(dateline).orElseThrow()));
    }

    @Test
    void aDateAfterSinceIsHistory() {
        String line = "Since the formal establishment of bilateral ties on 03 March 1949, in which the Republic";
        String event = "The foreign ministers of Japan and China met on 25 November 2023 in Busan";

        assertTrue(TextLayout.afterHistoryWord(line, TextLayout.datedIn(line).orElseThrow().start()));
        assertFalse(TextLayout.afterHistoryWord(event, TextLayout.datedIn(event).orElseThrow().start()));
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "paid an official visit to Vietnam from October 30 to 31, 2010, following the ASEAN summit|2010-10-30",
            "paid an official visit to Japan, June 13 through 16, 2007 at the invitation of the Government|2007-06-13",
            "during his state visit on 13-16 June 2007|2007-06-13",
            "the visit from 30 October to 1 November 2010|2010-10-30",
            "The leaders met on the 14th of December 2022 in Brussels|2022-12-14",
            "Signed in Washington on December 1st, 2022|2022-12-01",
            "NOVEMBER 13, 2023|2023-11-13",
            "WASHINGTON, DEC. 14, 2022 -- The two leaders|2022-12-14",
            "Posted : 2023.11.27 14:55|2023-11-27",
            "2023/11/27|2023-11-27",
            "Berlin, 02.05.2022|2022-05-02"})
    void rangesOrdinalsCapitalisedMonthsAndNumericDatesAreFullDates(String line, String date) {
        assertEquals(Optional.of(LocalDate.parse(date)), TextLayout.dateIn(line));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"14/12/2022", "Total: 12.5.2023.1", "Figure 3.14.2022a"})
    void aSlashedOrAmbiguousNumberIsNoDate(String line) {
        assertEquals(Optional.empty(), TextLayout.dateIn(line));
    }
}
