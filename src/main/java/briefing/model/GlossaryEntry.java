package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * A named body, agreement, fund or programme: its short term ({@code EDCF}), its full name when known,
 * other names it goes by ({@code KVFTA} and {@code VKFTA}), an editor's definition if any, and every
 * paragraph that mentions it.
 *
 * @param names      every form matched in texts: the term, the full name and the aliases
 * @param definedAt  the paragraph that spells the name out, or null
 */
public record GlossaryEntry(String slug, String term, String fullName, List<String> aliases, String definition,
                            List<String> names, ParagraphRef definedAt, List<ParagraphRef> mentions) {

    /** The case-sensitive, whole-word pattern a name is found by in a text. */
    public static java.util.regex.Pattern namePattern(String name) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(name).replace(" ", "\\E\\s+\\Q")
                + "(?![\\p{L}\\p{N}])");
    }

    public GlossaryEntry {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(term, "term");
        aliases = List.copyOf(aliases);
        names = List.copyOf(names);
        mentions = List.copyOf(mentions);
    }
}
