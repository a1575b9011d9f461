package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One page to bake: where it goes and how it links back to the site root. */
class PageTest {

    private static final LocalDate DAY = LocalDate.of(2025, 8, 11);

    private static Page page(String path, String extension) {
        return new Page(path, "theme", "T", DAY, extension, "", Map.of());
    }

    @Test
    void eachPageIsTheIndexFileOfItsFolder() {
        assertEquals("index.html", page("", "html").outputFile());
        assertEquals("themes/economy/index.html", page("themes/economy/", "md").outputFile());
    }

    @Test
    void rootClimbsOneFolderPerSlash() {
        assertEquals("", page("", "html").root());
        assertEquals("../", page("themes/", "html").root());
        assertEquals("../../../../", page("themes/economy/page/2/", "html").root());
    }

    @Test
    void aPathIsRelativeEndsInASlashAndStaysInsideTheSite() {
        for (String bad : new String[] {"themes", "/themes/", "../themes/", "themes/../../x/", "themes/economy"}) {
            assertThrows(IllegalArgumentException.class, () -> page(bad, "html"), bad);
        }
    }

    @Test
    void theBodyIsHtmlOrMarkdown() {
        assertThrows(IllegalArgumentException.class, () -> page("x/", "txt"));
        assertThrows(IllegalArgumentException.class, () -> page("x/", "HTML"));
    }

    @Test
    void theModelIsACopyThatCannotChangeAfterwards() {
        Map<String, Object> model = new HashMap<>(Map.of("count", 1));
        Page page = new Page("x/", "theme", "T", DAY, "html", "", model);
        model.put("count", 2);

        assertEquals(Map.of("count", 1), page.model());
        assertThrows(UnsupportedOperationException.class, () -> page.model().put("count", 3));
    }

    @Test
    void everyPageHasATypeTitleDateAndBody() {
        assertThrows(NullPointerException.class, () -> new Page("x/", null, "T", DAY, "html", "", Map.of()));
        assertThrows(NullPointerException.class, () -> new Page("x/", "t", null, DAY, "html", "", Map.of()));
        assertThrows(NullPointerException.class, () -> new Page("x/", "t", "T", null, "html", "", Map.of()));
        assertThrows(NullPointerException.class, () -> new Page("x/", "t", "T", DAY, "html", null, Map.of()));
    }
}
