package briefing.pipeline;

import briefing.diag.Diagnostic;
import java.util.List;

/**
 * What a successful build did: counts, the warnings it printed and how long each stage took.
 *
 * @param baked how many pages were rendered: all of them, unless a warm build re-rendered only changed ones
 * @param parts what the costliest parts of the build cost (made or kept, and the time making them took),
 *              most costly first, one line for {@code build -v}
 */
public record BuildReport(int statements, int paragraphs, int pages, int baked, List<Diagnostic> warnings, StageTimes times,
                          java.util.Map<String, List<briefing.model.LeftOut>> leftOut, String parts) {

    public BuildReport {
        warnings = List.copyOf(warnings);
        leftOut = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(leftOut));
    }

    /** What each seed file lost to the cleaning rules, one line each: {@code seeds/x.txt:12: left out (rule): "text"}. */
    public List<String> leftOutLines() {
        List<String> lines = new java.util.ArrayList<>();
        leftOut.forEach((file, all) -> all.forEach(l -> lines.add(file + ":" + l.line() + ": left out (" + l.rule() + "): \""
                + l.text() + "\"")));
        return lines;
    }
}
