package briefing.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Did you mean": the closest known name, only when it is close. */
class SuggestionsTest {

    private static final List<String> THEMES = List.of("defense", "economy", "science", "labour", "climate", "culture", "multilateral");

    @Test
    void closestSuggestsTheNearestIdWithinTwoEdits() {
        assertEquals(Optional.of("economy"), Suggestions.closest("econmy", THEMES));
        assertEquals(Optional.of("labour"), Suggestions.closest("labor", THEMES));
        assertEquals(Optional.of("climate"), Suggestions.closest("climat", THEMES));
    }

    @Test
    void aSharedStartOfFourLettersCountsAsCloseHoweverTheEndDiffers() {
        // 'economics' is three edits from 'economy', but shares 'econom'.
        assertEquals(Optional.of("economy"), Suggestions.closest("economics", THEMES));
        assertEquals(Optional.of("multilateral"), Suggestions.closest("multilateralism-and-regional", THEMES));
    }

    @Test
    void nothingIsSuggestedWhenNoNameIsClose() {
        assertEquals(Optional.empty(), Suggestions.closest("tourism", THEMES));
        assertEquals(Optional.empty(), Suggestions.closest("xy", List.of("abcd")));
        assertEquals(Optional.empty(), Suggestions.closest("economy", List.of()));
    }

    @Test
    void shortNamesMayBeTwoEditsAwayLongNamesHalfTheirLength() {
        assertEquals(Optional.of("xz"), Suggestions.closest("ab", List.of("xz")), "two edits always allowed");
        assertEquals(Optional.empty(), Suggestions.closest("ab", List.of("xyz")), "three edits are too many for two letters");
        // Ten letters (no shared start): up to five edits.
        assertEquals(Optional.of("qbcdefghij"), Suggestions.closest("abcdefghij", List.of("qbcdefghij")));
        assertEquals(Optional.of("azzzzfghij"), Suggestions.closest("abcdefghij", List.of("azzzzfghij")), "4 edits of 10 letters");
        assertEquals(Optional.empty(), Suggestions.closest("abcdefghij", List.of("zzzzzzghij")), "6 edits of 10 letters");
    }

    @Test
    void caseDoesNotMatterButTheKnownSpellingIsReturned() {
        assertEquals(Optional.of("South Korea"), Suggestions.closest("south korae", List.of("Vietnam", "South Korea")));
        assertEquals(Optional.of("economy"), Suggestions.closest("ECONOMY", THEMES));
    }

    @Test
    void ofEquallyCloseNamesOneSharingTheStartWinsThenTheFirstByName() {
        assertEquals(Optional.of("cats"), Suggestions.closest("cat", List.of("bat", "cats")));
        assertEquals(Optional.of("cot"), Suggestions.closest("cat", List.of("cut", "cot")));
    }

    @Test
    void hintSuggestsTheClosestNameOrListsEveryKnownNameSorted() {
        assertEquals("did you mean 'economy'?", Suggestions.hint("econmy", THEMES));
        assertEquals("expected one of: climate, culture, defense, economy, labour, multilateral, science",
                Suggestions.hint("tourism", THEMES));
    }
}
