package briefing.bench;

import briefing.pipeline.BuildOptions;
import briefing.pipeline.Preview;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures what an editor waits for in the preview: the time from saving a one-note edit to the rebuilt
 * page being served, in a warm preview process, over several edits. Prints the median and every value.
 * Usage: EditLatency <project-root> [edits [file text]]: by default the edit rewrites the sentence of
 * {@code content/notes/bench-note.md}; with {@code file} and {@code text} (relative to the project root),
 * each edit appends " Edit number N." after that text in that file (a theme, the glossary, a seed).
 */
public final class EditLatency {

    private EditLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path note = root.resolve(args.length > 3 ? args[2] : "content/notes/bench-note.md");
        String anchor = args.length > 3 ? args[3] : "A note the benchmark edits.";
        String original = Files.readString(note);
        if (!original.contains(anchor)) {
            throw new IllegalArgumentException(note + " does not contain '" + anchor + "'");
        }
        List<Long> millis = new ArrayList<>();
        List<Long> rebuilds = new ArrayList<>();
        boolean verbose = System.getenv("BENCH_VERBOSE") != null;
        try (Preview preview = new Preview(BuildOptions.at(root), 0, line -> {
            if (verbose) {
                System.err.println(line);
            }
        })) {
            for (int i = 1; i <= edits; i++) {
                int before = preview.rebuilds();
                long start = System.nanoTime();
                Files.writeString(note, original.replace(anchor, args.length > 3 ? anchor + " Edit number " + i + "." : "Edit number " + i + "."),
                        StandardCharsets.UTF_8);
                if (!preview.awaitRebuilds(before + 1, 120_000) || preview.lastFailed()) {
                    throw new IllegalStateException("the rebuild after edit " + i + " did not succeed");
                }
                millis.add((System.nanoTime() - start) / 1_000_000);
                rebuilds.add(preview.lastMillis());
                Thread.sleep(300);
            }
        } finally {
            Files.writeString(note, original, StandardCharsets.UTF_8);
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        // The first edits warm the JIT; the median is over all of them.
        List<Long> sortedRebuilds = new ArrayList<>(rebuilds);
        Collections.sort(sortedRebuilds);
        System.out.println("edit-to-served ms: median " + sorted.get(sorted.size() / 2) + " all " + millis);
        System.out.println("rebuild ms (of the above): median " + sortedRebuilds.get(sortedRebuilds.size() / 2) + " all " + rebuilds);
        System.exit(0); // JBake's store keeps non-daemon threads alive

    }
}
