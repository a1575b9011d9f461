package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.site.Page;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RenderPlanTest {

    private static final LocalDate DAY = LocalDate.of(2025, 8, 11);

    private static Page page(String path, String body, Map<String, Object> model) {
        return new Page(path, "note", "Title of " + path, DAY, "md", body, model);
    }

    private static Map<String, Map<String, Object>> views(List<Page> pages) {
        Map<String, Map<String, Object>> views = new LinkedHashMap<>();
        pages.forEach(p -> views.put(p.path(), p.model()));
        return views;
    }

    /** The plan of a first bake, as the warm state keeps it for the next. */
    private static Map<String, WarmState.Baked> baked(List<Page> pages) {
        return RenderPlan.of(pages, views(pages), Map.of()).now();
    }

    @Test
    void aFirstBakeWritesAndRendersEveryPage() {
        List<Page> pages = List.of(page("a/", "A", Map.of()), page("b/", "B", Map.of()));
        RenderPlan plan = RenderPlan.of(pages, views(pages), Map.of());

        assertEquals(pages, plan.rewrite());
        assertEquals(Set.of("a/index.html", "b/index.html"), plan.rerender());
        assertEquals(Set.of(), plan.removed());
        assertEquals(Set.of(), plan.staleContent());
    }

    @Test
    void theSamePagesAgainNeedNothing() {
        List<Page> pages = List.of(page("a/", "A", Map.of("n", 1)), page("b/", "B", Map.of()));
        Map<String, WarmState.Baked> before = baked(pages);
        // Equal pages, not the same objects: compared by text and model.
        List<Page> again = List.of(page("a/", "A", Map.of("n", 1)), page("b/", "B", Map.of()));
        RenderPlan plan = RenderPlan.of(again, views(again), before);

        assertEquals(List.of(), plan.rewrite());
        assertEquals(Set.of(), plan.rerender());
        assertEquals(before.keySet(), plan.now().keySet());
    }

    @Test
    void aChangedModelRendersItsPageAgainWithoutRewritingItsFile() {
        List<Page> pages = List.of(page("a/", "A", Map.of("n", 1)), page("b/", "B", Map.of()));
        Map<String, WarmState.Baked> before = baked(pages);
        List<Page> edited = List.of(page("a/", "A", Map.of("n", 2)), page("b/", "B", Map.of()));
        RenderPlan plan = RenderPlan.of(edited, views(edited), before);

        assertEquals(List.of(), plan.rewrite());
        assertEquals(Set.of("a/index.html"), plan.rerender());
    }

    @Test
    void aChangedBodyRewritesAndRendersOnlyItsPage() {
        List<Page> pages = List.of(page("a/", "A", Map.of()), page("b/", "B", Map.of()));
        Map<String, WarmState.Baked> before = baked(pages);
        List<Page> edited = List.of(page("a/", "A, edited", Map.of()), page("b/", "B", Map.of()));
        RenderPlan plan = RenderPlan.of(edited, views(edited), before);

        assertEquals(List.of(edited.get(0)), plan.rewrite());
        assertEquals(Set.of("a/index.html"), plan.rerender());
        assertEquals(Set.of(), plan.staleContent());
    }

    @Test
    void aGonePageIsRemovedWithItsContentFile() {
        List<Page> pages = List.of(page("a/", "A", Map.of()), page("b/", "B", Map.of()));
        Map<String, WarmState.Baked> before = baked(pages);
        List<Page> fewer = List.of(page("a/", "A", Map.of()));
        RenderPlan plan = RenderPlan.of(fewer, views(fewer), before);

        assertEquals(Set.of("b/index.html"), plan.removed());
        assertEquals(Set.of("b/index.md"), plan.staleContent());
        assertEquals(Set.of(), plan.rerender());
    }

    @Test
    void aPageWhoseContentFileChangesKindLeavesTheOldFileStale() {
        List<Page> pages = List.of(page("a/", "A", Map.of()));
        Map<String, WarmState.Baked> before = baked(pages);
        List<Page> html = List.of(new Page("a/", "note", "Title of a/", DAY, "html", "<p>A</p>", Map.of()));
        RenderPlan plan = RenderPlan.of(html, views(html), before);

        assertEquals(html, plan.rewrite());
        assertEquals(Set.of("a/index.md"), plan.staleContent(), "index.md gives way to index.html");
        assertEquals(Set.of("a/index.html"), plan.rerender());
        assertEquals(Set.of(), plan.removed(), "the output file is the same");
    }

    @Test
    void assetsGoneAreThoseNeitherKeptNorNowAPage() {
        List<Page> pages = List.of(page("a/", "A", Map.of()));
        RenderPlan plan = RenderPlan.of(pages, views(pages), Map.of());

        Set<String> gone = plan.goneAssets(Set.of("data/old.json", "data/kept.json", "a/index.html"), Set.of("data/kept.json"));
        assertEquals(Set.of("data/old.json"), gone);
        assertTrue(plan.goneAssets(Set.of(), Set.of("x.css")).isEmpty());
    }
}
