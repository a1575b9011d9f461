package briefing.ingest;

import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter (between a first line {@code ---} and the next
 * {@code ---} line) and its body, remembering on which line the body starts.
 *
 * @param yamlStartsAfterLine the file line of the opening {@code ---} (YAML line 1 is the line after it)
 * @param bodyFirstLine       the file line on which the body begins
 */
public record FrontMatter(String yaml, String body, int yamlStartsAfterLine, int bodyFirstLine) {

    /** Empty when the text does not open with a {@code ---} line or the block is never closed. */
    public static Optional<FrontMatter> split(String text) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            return Optional.empty();
        }
        int start = 4;
        int lineNo = 2;
        int pos = start;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (line.strip().equals("---")) {
                String yaml = text.substring(start, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, body, 1, lineNo + 1));
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            lineNo++;
        }
        return Optional.empty();
    }
}
