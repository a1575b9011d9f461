package briefing.site;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The word-level difference between two wordings, as segments a template marks up: words both have,
 * words only the earlier has (removed), words only the later has (added). The one place that uses
 * java-diff-utils.
 */
final class WordDiff {

    private WordDiff() {
    }

    /** Segments of the later wording with the earlier's removed words in place: {@code {text, kind}}. */
    static List<Map<String, Object>> of(String earlier, String later) {
        List<String> before = words(earlier);
        List<String> after = words(later);
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Map<String, Object>> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            add(out, before.subList(at, delta.getSource().getPosition()), "same");
            add(out, delta.getSource().getLines(), "removed");
            add(out, delta.getTarget().getLines(), "added");
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(out, before.subList(at, before.size()), "same");
        return out;
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }

    private static void add(List<Map<String, Object>> out, List<String> words, String kind) {
        if (!words.isEmpty()) {
            out.add(Views.of().put("text", String.join(" ", words)).put("kind", kind).map());
        }
    }
}
