package briefing.pipeline;

import briefing.diag.Diagnostic;
import java.util.List;

/**
 * What a successful build did: counts, the warnings it printed and how long each stage took.
 *
 * @param baked how many pages were rendered: all of them, unless a warm build re-rendered only changed ones
 */
public record BuildReport(int statements, int paragraphs, int pages, int baked, List<Diagnostic> warnings, StageTimes times) {

    public BuildReport {
        warnings = List.copyOf(warnings);
    }
}
