package briefing.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The last result of each costly, pure part of a build (a part of the analysis, a data file of megabytes,
 * a statement's page), reused by the next build of this process while everything it is made from is
 * unchanged. A warm rebuild gets unchanged inputs back as the very same immutable objects, so the check
 * is usually an identity comparison, falling back to {@code equals} only when the instances differ.
 * Callers must list every input the result depends on: {@code IncrementalBuildTest} compares warm builds
 * with full ones. (Not a record, but it lives with the values it keeps: both the analysis and the site
 * model use it, and neither may import the other.)
 */
public final class LastResults {

    private record Entry(List<Object> inputs, Object result) {
    }

    private static final Map<String, Entry> LAST = new ConcurrentHashMap<>();

    private LastResults() {
    }

    /** The named result for these inputs: remembered if every input is the same as last time, else made. */
    @SuppressWarnings("unchecked")
    public static <V> V of(String name, Supplier<V> make, Object... inputs) {
        List<Object> key = Arrays.asList(inputs);
        Entry last = LAST.get(name);
        if (last != null && same(last.inputs(), key)) {
            return (V) last.result();
        }
        V result = make.get();
        LAST.put(name, new Entry(key, result));
        return result;
    }

    /**
     * Forgets every remembered result, so the next build makes everything anew: for a reference build
     * that must owe nothing to the builds before it (a test comparing a warm build with a full one).
     */
    public static void forgetAll() {
        LAST.clear();
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
