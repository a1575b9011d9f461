package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Word-level differences between an earlier and a later wording of a commitment. */
class WordDiffTest {

    private static String shape(List<Map<String, Object>> segments) {
        return segments.stream().map(s -> switch ((String) s.get("kind")) {
            case "same" -> (String) s.get("text");
            case "removed" -> "-[" + s.get("text") + "]";
            case "added" -> "+[" + s.get("text") + "]";
            default -> throw new AssertionError(s);
        }).collect(Collectors.joining(" "));
    }

    @Test
    void aRaisedTargetShowsTheOldAmountRemovedAndTheNewAdded() {
        List<Map<String, Object>> diff = WordDiff.of(
                "The two sides agreed to raise bilateral trade to US$100 billion by 2023.",
                "The two sides agreed to raise bilateral trade to US$150 billion by 2030.");

        assertEquals("The two sides agreed to raise bilateral trade to -[US$100] +[US$150] billion by -[2023.] +[2030.]", shape(diff));
        assertEquals(Map.of("text", "US$100", "kind", "removed"), diff.get(1));
    }

    @Test
    void aStrongerVerbIsAReplacedWord() {
        assertEquals("The two sides -[will strive] +[agreed] to expand cooperation",
                shape(WordDiff.of("The two sides will strive to expand cooperation", "The two sides agreed to expand cooperation")));
    }

    @Test
    void equalWordingsAreOneSameSegmentWhateverTheSpacing() {
        assertEquals(List.of(Map.of("text", "We will cooperate.", "kind", "same")),
                WordDiff.of("We  will\ncooperate. ", " We will cooperate."));
    }

    @Test
    void fromOrToNothing() {
        assertEquals(List.of(Map.of("text", "We will cooperate.", "kind", "added")), WordDiff.of("", "We will cooperate."));
        assertEquals(List.of(Map.of("text", "We will cooperate.", "kind", "removed")), WordDiff.of("We will cooperate.", " "));
        assertEquals(List.of(), WordDiff.of("", ""));
    }

    @Test
    void wordsAddedAtTheEndAreAddedAfterTheSameWords() {
        assertEquals("Trade will grow +[by 2030]", shape(WordDiff.of("Trade will grow", "Trade will grow by 2030")));
    }
}
