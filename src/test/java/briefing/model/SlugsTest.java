package briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** URL- and anchor-safe names. */
class SlugsTest {

    @Test
    void lowerCasesAndJoinsWordsWithSingleHyphens() {
        assertEquals("joint-statement-on-the-comprehensive-strategic-partnership",
                Slugs.of("  Joint Statement on the Comprehensive  Strategic Partnership! "));
        assertEquals("us-150-billion-by-2030", Slugs.of("US$150 billion -- by 2030."));
    }

    @Test
    void vietnameseAndOtherAccentsLoseTheirMarksAndDBarBecomesD() {
        assertEquals("viet-nam-han-quoc", Slugs.of("Việt Nam – Hàn Quốc"));
        assertEquals("da-nang-and-dong-thap", Slugs.of("Đà Nẵng and đồng Tháp"));
        assertEquals("cafe-sao-paulo", Slugs.of("Café São Paulo"));
    }

    @Test
    void isEmptyWhenNothingIsLatinLettersOrDigits() {
        assertEquals("", Slugs.of("대한민국"));
        assertEquals("", Slugs.of(" — … "));
    }

    @Test
    void ofWordsKeepsAtMostTheGivenNumberOfWords() {
        assertEquals("the-two-sides", Slugs.ofWords("The two sides agreed to further strengthen", 3, 100));
    }

    @Test
    void ofWordsStopsBeforeAWordThatWouldPassTheCharacterLimit() {
        // "the-two" is 7 characters; "-sides" would make 13.
        assertEquals("the-two", Slugs.ofWords("The two sides agreed", 10, 10));
        assertEquals("the-two-sides", Slugs.ofWords("The two sides agreed", 10, 13));
    }

    @Test
    void hashIsTheFirstFourBytesOfSha256InHex() {
        // SHA-256 of the empty string starts e3b0c442 (FIPS 180-2 test vector).
        assertEquals("e3b0c442", Slugs.hash(""));
        // SHA-256("abc") = ba7816bf...
        assertEquals("ba7816bf", Slugs.hash("abc"));
        assertTrue(Slugs.hash("대한민국").matches("[0-9a-f]{8}"));
        assertNotEquals(Slugs.hash("대한민국"), Slugs.hash("베트남"));
    }
}
