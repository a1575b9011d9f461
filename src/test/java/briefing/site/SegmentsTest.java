package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.site.Segments.Mark;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A paragraph's text cut into plain and linked spans for its template. */
class SegmentsTest {

    private static final String TEXT = "Trade reached US$87 billion under the KVFTA.";
    private static final Mark FIGURE = new Mark(14, 27, "../../figures/#f1", "reported, 2022", "fig");
    private static final Mark KVFTA = new Mark(38, 43, "../../glossary/kvfta/", "Vietnam–Korea FTA", "term");

    private static String joined(List<Object> segments) {
        return segments.stream().map(s -> (String) ((Map<?, ?>) s).get("text")).collect(Collectors.joining());
    }

    /** The segments as "plain|[kind:text]|plain". */
    private static String shape(List<Object> segments) {
        return segments.stream().map(s -> {
            Map<?, ?> m = (Map<?, ?>) s;
            return m.containsKey("kind") ? "[" + m.get("kind") + ":" + m.get("text") + "]" : (String) m.get("text");
        }).collect(Collectors.joining("|"));
    }

    @Test
    void marksBecomeLinkedSegmentsBetweenPlainText() {
        List<Object> segments = Segments.of(TEXT, List.of(FIGURE), List.of(KVFTA));

        assertEquals("Trade reached |[fig:US$87 billion]| under the |[term:KVFTA]|.", shape(segments));
        assertEquals(Map.of("text", "US$87 billion", "href", "../../figures/#f1", "title", "reported, 2022", "kind", "fig"),
                segments.get(1));
        assertEquals(Map.of("text", "Trade reached "), segments.get(0));
    }

    @Test
    void aTermInsideAFiguresWordsStaysPartOfTheFigure() {
        Mark billion = new Mark(20, 27, "../../glossary/billion/", "billion", "term");

        assertEquals("Trade reached |[fig:US$87 billion]| under the |[term:KVFTA]|.",
                shape(Segments.of(TEXT, List.of(FIGURE), List.of(billion, KVFTA))));
    }

    @Test
    void ofOverlappingMarksTheEarlierWinsAndOfTwoStartingTogetherTheLonger() {
        Mark trade = new Mark(0, 5, "a", null, "term");
        Mark tradeReached = new Mark(0, 13, "b", null, "term");
        Mark reachedUs = new Mark(6, 17, "c", null, "term");

        assertEquals("[term:Trade reached]| US$87 billion under the KVFTA.",
                shape(Segments.of(TEXT, List.of(), List.of(reachedUs, trade, tradeReached))));
    }

    @Test
    void marksOutsideTheTextOrEmptyAreLeftOut() {
        List<Object> segments = Segments.of(TEXT, List.of(new Mark(40, 60, "x", null, "fig"), new Mark(5, 5, "y", null, "fig"),
                new Mark(-1, 3, "z", null, "fig")), List.of(KVFTA));

        assertEquals("Trade reached US$87 billion under the |[term:KVFTA]|.", shape(segments));
    }

    @Test
    void theSegmentsAlwaysSpellTheWholeText() {
        assertEquals(TEXT, joined(Segments.of(TEXT, List.of(FIGURE), List.of(KVFTA))));
        assertEquals(TEXT, joined(Segments.of(TEXT, List.of(), List.of())));
        assertEquals(List.of(Map.of("text", TEXT)), Segments.of(TEXT, List.of(), List.of()));
        Mark whole = new Mark(0, TEXT.length(), "w", null, "fig");
        assertEquals("[fig:" + TEXT + "]", shape(Segments.of(TEXT, List.of(whole), List.of(KVFTA))));
    }
}
