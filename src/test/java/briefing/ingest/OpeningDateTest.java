package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The event's date read from real openings of the corpus's train texts, with and without a marker. */
class OpeningDateTest {

    private static List<OpeningDate.Line> lines(String... texts) {
        return java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> new OpeningDate.Line(i + 1, texts[i])).toList();
    }

    @Test
    void aWeekdayIsTheLatestSuchDayOnOrBeforeTheMarker() {
        Optional<OpeningDate.Found> found = OpeningDate.of(lines("President Lee Jae Myung and US President Donald Trump "
                + "held a summit at the White House on Monday, agreeing to step up economic cooperation"),
                Optional.of(LocalDate.of(2025, 8, 26)), Optional.empty());

        assertEquals(LocalDate.of(2025, 8, 25), found.orElseThrow().date());
        assertFalse(found.get().full(), "completed from the marker, not written in full");
    }

    @Test
    void aDatelineWithoutAYearTakesTheMarkersYear() {
        Optional<OpeningDate.Found> found = OpeningDate.of(lines("JAKARTA, Feb. 22 (Xinhua) -- China and Indonesia have "
                + "agreed to deepen strategic synergy and promote cooperation on trade and investment"),
                Optional.of(LocalDate.of(2023, 2, 23)), Optional.empty());

        assertEquals(LocalDate.of(2023, 2, 22), found.orElseThrow().date());
    }

    @Test
    void aDecemberDatelineUnderAJanuaryMarkerIsLastYear() {
        assertEquals(LocalDate.of(2023, 12, 16),
                OpeningDate.onOrBefore(LocalDate.of(2024, 12, 16), LocalDate.of(2024, 1, 3)));
        assertEquals(LocalDate.of(2024, 12, 16),
                OpeningDate.onOrBefore(LocalDate.of(2024, 12, 16), LocalDate.of(2024, 12, 17)));
    }

    @Test
    void withoutAMarkerADayWithoutAYearSaysNothing() {
        assertEquals(Optional.empty(), OpeningDate.of(lines("PUTRAJAYA, Dec 16 — Malaysia and Japan will promote "
                + "cooperation in the sector of broadcasting and information and communication technology"), Optional.empty(), Optional.empty()));
    }

    @Test
    void aFullDateCountsWithoutAMarkerButHistoryDoesNot() {
        Optional<OpeningDate.Found> dateline = OpeningDate.of(lines("Brussels, 14 December 2022",
                "During the EU-ASEAN Commemorative Summit, the EU and its Member States announced"), Optional.empty(), Optional.empty());
        Optional<OpeningDate.Found> history = OpeningDate.of(lines("Since the formal establishment of bilateral ties on "
                + "03 March 1949, in which the Republic of the Philippines (PHL) became the first"), Optional.empty(), Optional.empty());

        assertEquals(new OpeningDate.Found(LocalDate.of(2022, 12, 14), 1, true), dateline.orElseThrow());
        assertEquals(Optional.empty(), history);
    }

    @Test
    void aTimeStampIsTheDateOnlyWhenNothingElseIsAndCompletesNoWeekday() {
        List<OpeningDate.Line> lbc = lines("26 November 2023, 07:44",
                "Top diplomats from Japan and China met for bilateral talks on Saturday to try to resolve disputes");
        List<OpeningDate.Line> withFullDate = lines("26 November 2023, 07:44",
                "The foreign ministers met on 25 November 2023 in Busan");

        assertEquals(LocalDate.of(2023, 11, 26), OpeningDate.of(lbc, Optional.empty(), Optional.empty()).orElseThrow().date());
        assertEquals(LocalDate.of(2023, 11, 25), OpeningDate.of(withFullDate, Optional.empty(), Optional.empty()).orElseThrow().date());
        assertTrue(OpeningDate.of(withFullDate, Optional.empty(), Optional.empty()).get().full());
    }

    @Test
    void withoutAMarkerADayAndMonthTakeTheYearTheTextWritesInFull() {
        // sggp.org.vn (train): the report's opening names the day, a later sentence the visit with its year.
        List<OpeningDate.Line> opening = lines("Vietnam and Japan on October 31 issued a joint statement on the comprehensive "
                + "development of strategic partnership for peace and prosperity in Asia.");

        assertEquals(LocalDate.of(2010, 10, 31), OpeningDate.of(opening, Optional.empty(), Optional.of(2010)).orElseThrow().date());
        assertFalse(OpeningDate.of(opening, Optional.empty(), Optional.of(2010)).orElseThrow().full());
        assertEquals(Optional.empty(), OpeningDate.of(opening, Optional.empty(), Optional.empty()), "no year anywhere: no date");
        assertEquals(Optional.empty(), OpeningDate.of(lines("The two leaders met on Monday."), Optional.empty(), Optional.of(2010)),
                "a weekday needs the publication date");
    }
}
