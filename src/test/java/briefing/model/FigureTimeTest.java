package briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import briefing.model.FigureTime.Kind;
import org.junit.jupiter.api.Test;

/** What a text says of a figure's time, and how a reader sees it. */
class FigureTimeTest {

    @Test
    void aYearReadsAsTheTextSaysItOrAsTheYear() {
        assertEquals("in 2022", FigureTime.year(2022, "in 2022").describe());
        assertEquals("2022", FigureTime.year(2022, "").describe());
    }

    @Test
    void aHorizonReadsInLowerCaseOrAsByTheYear() {
        assertEquals("by 2030", new FigureTime(Kind.HORIZON, 2030, 2030, "By 2030", false).describe());
        assertEquals("by 2030", new FigureTime(Kind.HORIZON, 2030, 2030, "", false).describe());
    }

    @Test
    void aStatedPeriodReadsAsItsYearsAnApproximateOneAlsoAsItsWords() {
        assertEquals("2024–2027", new FigureTime(Kind.PERIOD, 2024, 2027, "from 2024 to 2027", false).describe());
        assertEquals("over the next decade (2025–2035)",
                new FigureTime(Kind.PERIOD, 2025, 2035, "over the next decade", true).describe());
    }

    @Test
    void anAsOfDateAndNoTimeReadAsTheyAre() {
        assertEquals("As of April 2023", new FigureTime(Kind.AS_OF, 2023, 2023, "As of April 2023", false).describe());
        assertEquals("no time stated", FigureTime.NONE.describe());
    }

    @Test
    void chartsPlaceAFigureAtItsLastYear() {
        assertEquals(2027, new FigureTime(Kind.PERIOD, 2024, 2027, "", false).plotYear());
        assertEquals(2022, FigureTime.year(2022, "").plotYear());
        assertNull(FigureTime.NONE.plotYear());
    }

    @Test
    void hasYearsExactlyWhenItIsNotNone() {
        assertThrows(IllegalArgumentException.class, () -> new FigureTime(Kind.NONE, 2020, 2020, "", false));
        assertThrows(IllegalArgumentException.class, () -> new FigureTime(Kind.YEAR, null, null, "", false));
        assertThrows(IllegalArgumentException.class, () -> new FigureTime(Kind.PERIOD, 2020, null, "", false));
        assertThrows(IllegalArgumentException.class, () -> new FigureTime(Kind.NONE, null, 2020, "", false));
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new FigureTime(Kind.PERIOD, 2027, 2024, "", false));
    }
}
