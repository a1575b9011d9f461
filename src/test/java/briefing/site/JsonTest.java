package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON that is the same on every machine. */
class JsonTest {

    private static Map<String, Object> sample() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", "Việt Nam–Hàn Quốc");
        map.put("count", 2);
        map.put("anchors", List.of("p1", "p2"));
        map.put("source", Map.of("url", "https://example.org/?a=1&b=<2>"));
        return map;
    }

    @Test
    void bytesAreTwoSpaceIndentedWithLfLineEndsKeyOrderKeptAndAFinalNewline() {
        String json = new String(Json.bytes(sample()), StandardCharsets.UTF_8);

        assertEquals("""
                {
                  "title" : "Việt Nam–Hàn Quốc",
                  "count" : 2,
                  "anchors" : [
                    "p1",
                    "p2"
                  ],
                  "source" : {
                    "url" : "https://example.org/?a=1&b=<2>"
                  }
                }
                """, json);
    }

    @Test
    void compactIsOneLine() {
        assertEquals("{\"title\":\"Việt Nam–Hàn Quốc\",\"count\":2,\"anchors\":[\"p1\",\"p2\"],"
                + "\"source\":{\"url\":\"https://example.org/?a=1&b=<2>\"}}", Json.compact(sample()));
    }

    @Test
    void equalValuesGiveEqualBytes() {
        assertEquals(new String(Json.bytes(sample()), StandardCharsets.UTF_8), new String(Json.bytes(sample()), StandardCharsets.UTF_8));
    }
}
