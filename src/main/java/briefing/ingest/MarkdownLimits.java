package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.model.SourceRef;

/**
 * Guards the Markdown parser (Flexmark, run by JBake) on every Markdown text editors write, notes' bodies
 * and themes' introductions: text that nests or repeats deeply enough to exhaust its stack (10,000 nested
 * {@code >}, {@code * } or {@code 1. } 600 times on one line, a 2,000-{@code *} run, thousands of emphasis
 * markers in one paragraph) is an error for that
 * file, found before the parser runs, instead of a dead build. The limits are far beyond what any text needs.
 */
final class MarkdownLimits {

    static final int MAX_NESTING = 32;
    static final int MAX_RUN = 64;
    static final int MAX_CHARS = 500_000;
    /**
     * Inline markers (runs of {@code * _ ` ~ [ ]}) in one paragraph: the parser pairs them up in time and
     * stack that grow with their number ({@code **a } 1,500 times, then {@code b** } 1,500 times, exhausted
     * the stack; 20,000 {@code `a } took a minute). A real paragraph has a few dozen.
     */
    static final int MAX_MARKERS = 1_000;

    private MarkdownLimits() {
    }

    /** Reports the first problem of each kind, at its line and column; true when the body is safe. */
    static boolean check(String body, SourceRef file, int firstLine, Diagnostics diagnostics) {
        if (body.length() > MAX_CHARS) {
            diagnostics.error(file.atLine(firstLine), "the Markdown text is too long (" + body.length() + " characters)",
                    "keep it under " + MAX_CHARS + " characters, or split it");
            return false;
        }
        String[] lines = body.split("\n", -1);
        int markers = 0;
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
            // The parser pairs markers within one block: a paragraph, a list item, a table row.
            String start = line.stripLeading();
            if (line.isBlank() || start.startsWith("|") || start.startsWith("```") || depth > 0) {
                markers = 0;
            }
            for (int c = 0; c < line.length(); ) {
                char m = line.charAt(c);
                int j = c;
                while (j < line.length() && line.charAt(j) == m) {
                    j++;
                }
                if ("*_`~[]".indexOf(m) >= 0 && !escaped(line, c) && ++markers > MAX_MARKERS) {
                    diagnostics.error(file.at(firstLine + i, c + 1), String.format(java.util.Locale.ROOT, "more than %,d emphasis, code or link markers in one paragraph", MAX_MARKERS),
                            "Markdown pairs up * _ ` ~ [ ] in a paragraph; escape them (\\*) or put a blank line between paragraphs");
                    return false;
                }
                c = j;
            }
        }
        return true;
    }

    /** Whether the character at {@code i} follows an odd number of backslashes ({@code \*} is a star, not a marker). */
    private static boolean escaped(String line, int i) {
        int slashes = 0;
        while (i - slashes - 1 >= 0 && line.charAt(i - slashes - 1) == '\\') {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    /**
     * How many containers open the line: block-quote markers, list markers ({@code * }, {@code - },
     * {@code + }, {@code 1. }, {@code 1) }; each opens a list item that the rest of the line may nest in)
     * and list indents.
     */
    private static int nesting(String line) {
        int depth = 0;
        int spaces = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '>') {
                depth++;
                i = afterMarker(line, i + 1);
            } else if (c == ' ') {
                spaces++;
                i++;
            } else if (c == '\t') {
                spaces += 4;
                i++;
            } else {
                int marker = listMarkerEnd(line, i);
                if (marker < 0) {
                    break;
                }
                depth++;
                i = afterMarker(line, marker);
            }
        }
        return depth + spaces / 4;
    }

    /** Past the one space or tab that belongs to a marker ending at {@code i}: it is not indentation. */
    private static int afterMarker(String line, int i) {
        return i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t') ? i + 1 : i;
    }

    /** Where a list marker starting at {@code i} ends (before its space), or -1 when none starts there. */
    private static int listMarkerEnd(String line, int i) {
        int end = i;
        if ("*-+".indexOf(line.charAt(i)) >= 0) {
            end = i + 1;
        } else {
            while (end < line.length() && end - i < 9 && Character.isDigit(line.charAt(end))) {
                end++;
            }
            if (end == i || end >= line.length() || (line.charAt(end) != '.' && line.charAt(end) != ')')) {
                return -1;
            }
            end++;
        }
        return end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t') ? end : -1;
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
