package briefing.site;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The last bytes made for each large generated file (the data files run to megabytes at a thousand
 * statements), reused while the values they are made from are unchanged. A warm rebuild after a note
 * edit gets the analysis back as the very same immutable objects, so the check is an identity
 * comparison, falling back to {@code equals} only when the instances differ.
 */
final class LastOutputs {

    private record Entry(List<Object> inputs, byte[] bytes) {
    }

    private static final Map<String, Entry> LAST = new ConcurrentHashMap<>();

    private LastOutputs() {
    }

    /** The file's bytes for these inputs: remembered if every input is the same as last time, else made. */
    static byte[] of(String file, Supplier<byte[]> make, Object... inputs) {
        List<Object> key = Arrays.asList(inputs);
        Entry last = LAST.get(file);
        if (last != null && same(last.inputs(), key)) {
            return last.bytes();
        }
        byte[] bytes = make.get();
        LAST.put(file, new Entry(key, bytes));
        return bytes;
    }

    private static boolean same(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x != y && (x == null || !x.equals(y))) {
                return false;
            }
        }
        return true;
    }
}
