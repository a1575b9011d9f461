package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.model.SourceRef;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes an input file strictly as UTF-8: a byte order mark is dropped, CRLF and CR become LF, and bytes
 * that are not UTF-8 are an error naming the line they sit on (never silently replaced). Control
 * characters (C0 but tab and line ends, DEL, C1) and the non-characters U+FFFE and U+FFFF are removed,
 * with one warning per file naming where the first was: they are invisible, and no web page, feed or
 * XML file may carry them.
 */
public final class SourceText {

    private SourceText() {
    }

    public static Optional<String> decode(byte[] bytes, SourceRef file, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = lineOfFirstBadByte(bytes);
            diagnostics.error(file.atLine(line), "the file is not valid UTF-8",
                    "save it as UTF-8 (most editors: 'Save with encoding' > UTF-8)");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(withoutControls(text.replace("\r\n", "\n").replace('\r', '\n'), file, diagnostics));
    }

    private static String withoutControls(String text, SourceRef file, Diagnostics diagnostics) {
        int first = 0;
        while (first < text.length() && !isControl(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        int line = 1 + (int) text.substring(0, first).chars().filter(c -> c == '\n').count();
        int column = first - (text.lastIndexOf('\n', first - 1) + 1) + 1;
        diagnostics.warning(file.at(line, column), String.format(Locale.ROOT,
                        "control character U+%04X removed, and any others in the file", (int) text.charAt(first)),
                "control characters are invisible and not allowed in web pages or feeds; delete them from the file");
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !isControl((char) c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    private static boolean isControl(char c) {
        return (Character.isISOControl(c) && c != '\t' && c != '\n') || c == '\uFFFE' || c == '\uFFFF';
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return 1;
    }
}
