package briefing.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall time of each named stage, in the order they ran, for the build summary and the benchmark. */
public final class StageTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    /** The stage running now (null: none), read by another thread: a build's time limit. */
    private volatile String running;

    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        String outer = running;
        running = stage;
        try {
            return work.get();
        } finally {
            running = outer;
            nanos.merge(stage, System.nanoTime() - start, Long::sum);
        }
    }

    /** The stage running now, or null between stages. */
    public String running() {
        return running;
    }

    public void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** Milliseconds per stage, in run order. */
    public Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((stage, ns) -> out.put(stage, ns / 1_000_000));
        return out;
    }

    public String summary() {
        StringBuilder sb = new StringBuilder();
        millis().forEach((stage, ms) -> sb.append(sb.length() == 0 ? "" : ", ").append(stage).append(' ').append(ms).append(" ms"));
        return sb.toString();
    }
}
