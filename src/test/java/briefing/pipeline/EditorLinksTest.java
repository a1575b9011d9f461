package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.Note;
import briefing.model.SourceRef;
import briefing.model.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Broken links are put back where the editor wrote them. */
class EditorLinksTest {

    private static final Note NOTE = new Note("trade", "Trade", LocalDate.of(2025, 1, 1), null, List.of(), List.of(), null, false,
            "First line.\nSee [it](/statements/x/#p9) and <https://example.org/>.\n", 6, SourceRef.file("content/notes/trade.md"));
    private static final Theme THEME = new Theme("economy", "Economy", 1, "", "An intro.\nRead [this](/notes/gone/).", List.of(), List.of(),
            new SourceRef("content/themes/economy.md", 12));

    private final EditorLinks links = new EditorLinks(List.of(NOTE), List.of(THEME));

    @Test
    void aLinkInANoteIsAtItsLineAndColumnInTheNoteFile() {
        assertEquals(Optional.of(new SourceRef("content/notes/trade.md", 7, 10)), links.of("notes/trade/", "/statements/x/#p9"));
        assertEquals(Optional.of(new SourceRef("content/notes/trade.md", 7, 34)), links.of("notes/trade/", "https://example.org/"));
    }

    @Test
    void aLinkInAThemeIntroductionIsAtItsLineInTheThemeFile() {
        assertEquals(Optional.of(new SourceRef("content/themes/economy.md", 13, 13)), links.of("themes/economy/", "/notes/gone/"));
    }

    @Test
    void aLinkTheTemplateWroteOrOnAnotherPageIsNotTheEditors() {
        assertEquals(Optional.empty(), links.of("notes/trade/", "/themes/economy/"));
        assertEquals(Optional.empty(), links.of("statements/x/", "/statements/x/#p9"));
        assertEquals(Optional.empty(), links.of("notes/trade/", "p9"), "inside another link's address, not a link of its own");
    }
}
