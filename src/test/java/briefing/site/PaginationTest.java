package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Long listings split into pages: the first at its own URL, the others under page/n/. */
class PaginationTest {

    @Test
    void theFirstPageIsTheListingsOwnUrlTheOthersArePageN() {
        assertEquals("themes/economy/", Pagination.path("themes/economy/", 1));
        assertEquals("themes/economy/page/2/", Pagination.path("themes/economy/", 2));
        assertEquals("statements/page/12/", new Pagination("statements/", 12, 12).path());
    }

    @Test
    void chunksCutAListIntoPagesOfTheSizeTheLastOneShorter() {
        List<Integer> items = IntStream.rangeClosed(1, 12).boxed().toList();

        assertEquals(List.of(List.of(1, 2, 3, 4, 5), List.of(6, 7, 8, 9, 10), List.of(11, 12)), Pagination.chunks(items, 5));
        assertEquals(List.of(items), Pagination.chunks(items, 12));
    }

    @Test
    void anEmptyListingIsStillOneEmptyPage() {
        assertEquals(List.of(List.of()), Pagination.chunks(List.of(), 25));
    }

    @Test
    void aSinglePageHasNoLinksToOtherPages() {
        Map<String, Object> view = new Pagination("figures/", 1, 1).view();

        assertEquals(Map.of("current", 1, "total", 1, "pages", List.of()), view);
    }

    @Test
    void previousAndNextLeadToTheNeighboursAndAreAbsentAtTheEnds() {
        Map<String, Object> first = new Pagination("statements/", 1, 3).view();
        Map<String, Object> middle = new Pagination("statements/", 2, 3).view();
        Map<String, Object> last = new Pagination("statements/", 3, 3).view();

        assertFalse(first.containsKey("previous"));
        assertEquals("statements/page/2/", first.get("next"));
        assertEquals("statements/", middle.get("previous"), "page 1 is the listing's own URL");
        assertEquals("statements/page/3/", middle.get("next"));
        assertEquals("statements/page/2/", last.get("previous"));
        assertFalse(last.containsKey("next"));
    }

    @Test
    void theLinksShowTheFirstTheLastAndTwoEitherSideOfTheCurrentWithGapsBetween() {
        List<?> pages = (List<?>) new Pagination("themes/economy/", 6, 12).view().get("pages");

        assertEquals("1 … 4 5 [6] 7 8 … 12", describe(pages));
        assertEquals(Map.of("number", 4, "path", "themes/economy/page/4/", "current", false), pages.get(2));
        assertEquals(Map.of("number", 1, "path", "themes/economy/", "current", true),
                ((List<?>) new Pagination("themes/economy/", 1, 12).view().get("pages")).get(0));
    }

    @Test
    void noGapStandsForNoMissingPage() {
        assertEquals("[1] 2 3 … 10", describe((List<?>) new Pagination("x/", 1, 10).view().get("pages")));
        assertEquals("1 2 3 [4] 5 6 … 10", describe((List<?>) new Pagination("x/", 4, 10).view().get("pages")),
                "page 2 is shown, not a gap standing for it alone");
        assertEquals("1 … 8 9 [10]", describe((List<?>) new Pagination("x/", 10, 10).view().get("pages")));
        assertEquals("1 [2]", describe((List<?>) new Pagination("x/", 2, 2).view().get("pages")));
    }

    private static String describe(List<?> pages) {
        StringBuilder out = new StringBuilder();
        for (Object o : pages) {
            Map<?, ?> page = (Map<?, ?>) o;
            out.append(out.length() == 0 ? "" : " ");
            if (Boolean.TRUE.equals(page.get("gap"))) {
                assertEquals(1, page.size(), "a gap is only a gap");
                out.append("…");
            } else {
                assertTrue(page.get("number") instanceof Integer);
                out.append(Boolean.TRUE.equals(page.get("current")) ? "[" + page.get("number") + "]" : page.get("number"));
            }
        }
        return out.toString();
    }
}
