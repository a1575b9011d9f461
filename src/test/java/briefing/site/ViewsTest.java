package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The maps templates read: insertion order, and no nulls ever. */
class ViewsTest {

    @Test
    void keysKeepTheOrderTheyWerePutIn() {
        Map<String, Object> map = Views.of().put("z", 1).put("a", 2).put("m", 3).map();

        assertEquals(List.of("z", "a", "m"), List.copyOf(map.keySet()));
    }

    @Test
    void aNullValueLeavesItsKeyOutSoTemplatesCanTestPresence() {
        Map<String, Object> map = Views.of().put("title", "T").put("place", null).map();

        assertEquals(Map.of("title", "T"), map);
        assertFalse(map.containsKey("place"));
    }

    @Test
    void aLaterNullDoesNotRemoveAnEarlierValue() {
        assertEquals(Map.of("a", 1), Views.of().put("a", 1).put("a", null).map());
    }

    @Test
    void putAllTakesOverValuesInOrderAndDropsNulls() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("b", 2);
        values.put("gone", null);
        values.put("a", 1);

        Map<String, Object> map = Views.of().put("first", 0).putAll(values).map();

        assertEquals(List.of("first", "b", "a"), List.copyOf(map.keySet()));
    }
}
