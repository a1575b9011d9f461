package briefing.site;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tiny builder for the plain maps templates read: insertion-ordered, and a null value leaves the key
 * out (templates test presence with {@code ??}), so no null ever reaches Freemarker or JSON.
 */
final class Views {

    private final Map<String, Object> map = new LinkedHashMap<>();

    static Views of() {
        return new Views();
    }

    Views put(String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
        return this;
    }

    Views putAll(Map<String, Object> values) {
        values.forEach(this::put);
        return this;
    }

    Map<String, Object> map() {
        return map;
    }
}
