package briefing.memo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The parts of a build kept for the next build of the same process: each costly, pure part (a statement's
 * parse, a part of the analysis, a page, a data file) is made from its inputs, and a memo that keeps
 * ({@link #keeping()}, the preview's) gives the last result back while every input is the same as last
 * time. A cold build uses {@link #none()}: it makes everything and keeps nothing, so it owes nothing to
 * an earlier build. One object, owned by whoever runs the builds; no part of the build keeps state of its
 * own. Inputs are compared by identity first (a warm rebuild hands unchanged inputs back as the very same
 * immutable objects), then by {@code equals} ({@code byte[]} by content). Callers list every input the
 * part reads: {@code IncrementalBuildTest} compares warm builds with cold ones byte for byte.
 *
 * <p>Each memo also counts, per family of parts (the name up to its first ':'), how many parts were made
 * and how long making them took, for {@code build -v} and the benchmark ({@link #report}).
 */
public final class Memo {

    private record Entry(List<Object> inputs, Object result) {
    }

    /** What one family of parts cost in the builds since the last {@link #report}. */
    public record Family(String name, int made, int reused, long makingNanos) {
    }

    private final boolean keeps;
    private final Map<String, Entry> last = new ConcurrentHashMap<>();
    private final Map<String, long[]> counts = new ConcurrentHashMap<>();

    private Memo(boolean keeps) {
        this.keeps = keeps;
    }

    /** A memo that keeps nothing: every part is made (a cold build). */
    public static Memo none() {
        return new Memo(false);
    }

    /** A memo that keeps each part's last result, for the builds of one preview. */
    public static Memo keeping() {
        return new Memo(true);
    }

    /** The named part for these inputs: the kept result if every input is the same as last time, else made. */
    @SuppressWarnings("unchecked")
    public <V> V of(String part, Supplier<V> make, Object... inputs) {
        List<Object> key = Arrays.asList(inputs);
        String family = family(part);
        Entry kept = keeps ? last.get(part) : null;
        if (kept != null && same(kept.inputs(), key)) {
            count(family, 0, 1, 0);
            return (V) kept.result();
        }
        long start = System.nanoTime();
        V result = make.get();
        count(family, 1, 0, System.nanoTime() - start);
        if (keeps) {
            last.put(part, new Entry(key, result));
        }
        return result;
    }

    /** Forgets every kept result: the next build makes everything anew. */
    public void forgetAll() {
        last.clear();
    }

    /**
     * What each family of parts cost since the last report, most costly first (a family's time includes
     * the parts it asks for in turn), and starts counting anew.
     */
    public List<Family> report() {
        Map<String, long[]> snapshot = new TreeMap<>(counts);
        counts.clear();
        List<Family> out = new ArrayList<>();
        snapshot.forEach((name, c) -> out.add(new Family(name, (int) c[0], (int) c[1], c[2])));
        out.sort((a, b) -> Long.compare(b.makingNanos(), a.makingNanos()));
        return out;
    }

    private void count(String family, int made, int reused, long nanos) {
        long[] c = counts.computeIfAbsent(family, k -> new long[3]);
        synchronized (c) {
            c[0] += made;
            c[1] += reused;
            c[2] += nanos;
        }
    }

    private static String family(String part) {
        int colon = part.indexOf(':');
        return colon < 0 ? part : part.substring(0, colon);
    }

    private static boolean same(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x == y) {
                continue;
            }
            if (x instanceof byte[] bx && y instanceof byte[] by ? !Arrays.equals(bx, by) : x == null || !x.equals(y)) {
                return false;
            }
        }
        return true;
    }
}
