package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.model.SourceRef;

/**
 * Guards the Markdown parser: text that nests or repeats deeply enough to exhaust it (10,000 nested
 * {@code >}, a 2,000-{@code *} line) is an error for that file, found before the parser runs, instead of
 * a dead build. The limits are far beyond what any note needs.
 */
final class MarkdownLimits {

    static final int MAX_NESTING = 32;
    static final int MAX_RUN = 64;
    static final int MAX_CHARS = 500_000;

    private MarkdownLimits() {
    }

    /** Reports the first problem of each kind, at its line and column; true when the body is safe. */
    static boolean check(String body, SourceRef file, int firstLine, Diagnostics diagnostics) {
        if (body.length() > MAX_CHARS) {
            diagnostics.error(file.atLine(firstLine), "the note is too long for the Markdown parser (" + body.length()
                    + " characters)", "keep a note under " + MAX_CHARS + " characters, or split it");
            return false;
        }
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int depth = nesting(line);
            if (depth > MAX_NESTING) {
                diagnostics.error(file.at(firstLine + i, 1), "Markdown nested " + depth + " levels deep",
                        "nest quotes and lists at most " + MAX_NESTING + " levels");
                return false;
            }
            int[] run = longestRun(line);
            if (run[1] > MAX_RUN) {
                diagnostics.error(file.at(firstLine + i, run[0] + 1), "a run of " + run[1] + " '" + line.charAt(run[0])
                        + "' characters", "Markdown reads runs of * _ ` ~ [ ] as markup; escape them or shorten the run");
                return false;
            }
        }
        return true;
    }

    /** How many block-quote markers and list indents open the line. */
    private static int nesting(String line) {
        int depth = 0;
        int spaces = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>') {
                depth++;
            } else if (c == ' ') {
                spaces++;
            } else if (c == '\t') {
                spaces += 4;
            } else {
                break;
            }
        }
        return depth + spaces / 4;
    }

    /** Start and length of the longest run of one Markdown marker character. */
    private static int[] longestRun(String line) {
        int bestStart = 0;
        int best = 0;
        for (int i = 0; i < line.length(); ) {
            char c = line.charAt(i);
            int j = i;
            while (j < line.length() && line.charAt(j) == c) {
                j++;
            }
            if ("*_`~[]<>".indexOf(c) >= 0 && j - i > best) {
                best = j - i;
                bestStart = i;
            }
            i = j;
        }
        return new int[] {bestStart, best};
    }
}
