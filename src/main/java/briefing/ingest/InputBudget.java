package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.model.SourceRef;
import briefing.model.Paragraph;
import java.util.List;
import java.util.Locale;

/**
 * How large one input may be before it is refused with an error at its file and line, so that no input,
 * hostile or pasted by mistake, can make a build run for hours or exhaust memory. Each limit is far above
 * any real statement's: the longest of the seeds and the 135 corpus texts is 28 KB, 66 lines, 33
 * paragraphs, a line of 1,991 characters; a long real joint statement or G20 declaration is about 100 KB.
 *
 * @param fileBytes  the largest text input (a statement, a note, a theme, a YAML or CSV file)
 * @param assetBytes the largest file copied as is from {@code templates/} (a font, an image)
 * @param lineChars  the longest line of a statement: a longer one is a text pasted without its line breaks
 * @param paragraphs the most paragraphs one statement file may hold: more is an archive, not a statement
 */
public record InputBudget(long fileBytes, long assetBytes, int lineChars, int paragraphs) {

    /** The limits every build applies. */
    public static final InputBudget DEFAULT = new InputBudget(2L << 20, 16L << 20, 20_000, 2_000);

    public InputBudget {
        if (fileBytes < 1 || assetBytes < 1 || lineChars < 1 || paragraphs < 1) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    /** Reports a file over its size limit; {@code asset}: copied as is rather than read. */
    void checkSize(SourceRef file, long bytes, boolean asset, Diagnostics diagnostics) {
        long limit = asset ? assetBytes : fileBytes;
        if (bytes > limit) {
            diagnostics.error(file, String.format(Locale.ROOT, "the file is %s, over the limit of %s for %s",
                            size(bytes), size(limit), asset ? "a file copied into the site" : "an input file"),
                    asset ? "make it smaller (compress the image or font), or leave it out of templates/assets/"
                            : "a real statement or note is well under 1 MB: split the file (one statement a file), or remove what is not one");
        }
    }

    /**
     * Reports the first line of a statement's text over {@link #lineChars}, at the column where it goes
     * over; true when every line is within the limit.
     */
    boolean checkLines(String text, SourceRef file, Diagnostics diagnostics) {
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > lineChars) {
                diagnostics.error(file.at(line, lineChars + 1), String.format(Locale.ROOT,
                                "a line of %,d characters, over the limit of %,d: a text pasted without its line breaks?",
                                end - start, lineChars),
                        "put each paragraph on a line of its own, with a blank line between paragraphs");
                return false;
            }
            line++;
            start = end + 1;
        }
        return true;
    }

    /**
     * Reports a statement of more than {@link #paragraphs} paragraphs at the first paragraph over the
     * limit; true when within it.
     */
    boolean checkParagraphs(List<Paragraph> parsed, SourceRef file, Diagnostics diagnostics) {
        if (parsed.size() <= paragraphs) {
            return true;
        }
        diagnostics.error(parsed.get(paragraphs).source(), String.format(Locale.ROOT,
                        "%,d paragraphs, over the limit of %,d for one statement: this is paragraph %,d", parsed.size(), paragraphs, paragraphs + 1),
                "put each statement in a file of its own");
        return false;
    }

    private static String size(long bytes) {
        return bytes >= 1L << 20 ? String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20))
                : String.format(Locale.ROOT, "%,d KiB", (bytes + 1023) / 1024);
    }
}
