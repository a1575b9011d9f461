package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentenceWindowTest {

    private static final String SENTENCE = "In 2022, the bilateral trade volume reached $87 billion, representing an 11.4 percent increase compared to 2021.";

    @Test
    void keepsAFewWholeWordsEachSideOfTheMark() {
        int start = SENTENCE.indexOf("11.4 percent");
        SentenceWindow w = SentenceWindow.around(SENTENCE, start, start + "11.4 percent".length(), 3);
        assertEquals("…billion, representing an ", w.before());
        assertEquals("11.4 percent", w.marked());
        assertEquals(" increase compared to…", w.after());
    }

    @Test
    void aShortSideStaysWholeWithoutAnEllipsis() {
        int start = SENTENCE.indexOf("2022");
        SentenceWindow w = SentenceWindow.around(SENTENCE, start, start + 4, 3);
        assertEquals("In ", w.before());
        assertEquals(", the bilateral trade…", w.after());
        int end = SENTENCE.indexOf("2021") + 4;
        assertEquals(".", SentenceWindow.around(SENTENCE, end - 4, end, 3).after());
    }
}
