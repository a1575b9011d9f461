package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CardGridTest {

    @Test
    void sixCardsMakeTwoRowsOfThreeNotFiveAndOneAlone() {
        assertEquals(3, CardGrid.columns(6));
    }

    @Test
    void sevenThemesMakeFourAndThree() {
        assertEquals(4, CardGrid.columns(7));
    }

    @Test
    void fewCardsShareOneRow() {
        assertEquals(1, CardGrid.columns(1));
        assertEquals(2, CardGrid.columns(2));
        assertEquals(4, CardGrid.columns(4));
    }

    @Test
    void noCountLeavesACardAloneOnItsLastRow() {
        for (int n = 2; n <= 40; n++) {
            assertNotEquals(1, n % CardGrid.columns(n), n + " cards");
        }
    }
}
