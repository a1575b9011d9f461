package briefing;

import briefing.pipeline.Build;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A build's hard time limit: when it runs past it, the process ends with exit 3 and a line naming the
 * stage it was in, so that no input can hold a CI job until the job's own time-out. A computation cannot
 * be stopped from outside in Java, so the process is halted, but only once the build has been made sure
 * never to start publishing ({@link Build#stopBeforePublishing}); a build already publishing is let
 * finish, so the previous site or the new one is always whole. The next build removes the work folders
 * a halted build leaves.
 */
final class TimeLimit {

    private TimeLimit() {
    }

    /** Starts watching {@code build}; interrupt the returned thread when the build ends. */
    static Thread watch(Duration limit, Build build, PrintWriter err) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limit.toMillis());
            } catch (InterruptedException e) {
                return; // the build ended in time
            }
            String running = build.runningStage();
            if (!build.stopBeforePublishing()) {
                return; // publishing has begun: it ends soon, and the site it leaves is whole
            }
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
