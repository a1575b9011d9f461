package briefing.pipeline;

import briefing.diag.Diagnostic;
import java.util.List;

/** What a successful build did: counts, the warnings it printed and how long each stage took. */
public record BuildReport(int statements, int paragraphs, int pages, List<Diagnostic> warnings, StageTimes times) {

    public BuildReport {
        warnings = List.copyOf(warnings);
    }
}
