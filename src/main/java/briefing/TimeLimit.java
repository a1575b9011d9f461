package briefing;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A build's hard time limit: when it runs past it, the process ends with exit 3 and a line naming the
 * stage it was in, so that no input can hold a CI job until the job's own time-out. A computation cannot
 * be stopped from outside in Java, so the process is halted; never while the site is being swapped in
 * (the publish stage is waited for), so the previous site or the new one is always whole, and the next
 * build removes the work folders a halted build leaves.
 */
final class TimeLimit {

    private static final long PUBLISH_POLL_MILLIS = 20;

    private TimeLimit() {
    }

    /**
     * Starts watching; interrupt the returned thread when the build ends. {@code stage} tells the stage
     * running now (null between stages).
     */
    static Thread watch(Duration limit, Supplier<String> stage, PrintWriter err) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limit.toMillis());
                while ("publish".equals(stage.get())) {
                    Thread.sleep(PUBLISH_POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                return; // the build ended in time
            }
            String running = stage.get();
            err.printf(Locale.ROOT, "briefing: the build ran past its time limit of %s s%s; stopped, nothing was published%n",
                    seconds(limit), running == null ? "" : " (in " + running + ")");
            err.println("  hint: an input may be too large or pathological: `build -v` prints what each stage took; "
                    + "raise the limit with --time-limit SECONDS");
            err.flush();
            Runtime.getRuntime().halt(Main.INTERNAL_ERROR);
        }, "time-limit");
        watchdog.setDaemon(true);
        watchdog.start();
        return watchdog;
    }

    private static String seconds(Duration limit) {
        return java.math.BigDecimal.valueOf(limit.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
