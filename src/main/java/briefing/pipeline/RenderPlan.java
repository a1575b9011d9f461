package briefing.pipeline;

import briefing.site.Page;
import briefing.site.StagingWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a warm build must do, given this build's pages and what each page was last baked from: the
 * content files to write, the stale content files to delete, the pages to render again (their file or
 * their prepared model changed) and the pages gone. Pure: the set arithmetic of an incremental build,
 * testable without a bake ({@code RenderPlanTest}). With no previous bake ({@code before} empty) every
 * page is written and rendered.
 *
 * @param now          each page as this build bakes it, by output file, in page order
 * @param rewrite      pages whose content file must be written (new or changed text or file name)
 * @param rerender     output files to render again: their content file or their model changed
 * @param staleContent content files of the last bake no page uses any more (renamed or gone pages)
 * @param removed      output files of the last bake that no page makes any more
 */
record RenderPlan(Map<String, WarmState.Baked> now, List<Page> rewrite, Set<String> rerender, Set<String> staleContent,
                  Set<String> removed) {

    RenderPlan {
        now = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(now));
        rewrite = List.copyOf(rewrite);
        rerender = java.util.Collections.unmodifiableSet(new TreeSet<>(rerender));
        staleContent = java.util.Collections.unmodifiableSet(new TreeSet<>(staleContent));
        removed = java.util.Collections.unmodifiableSet(new TreeSet<>(removed));
    }

    /**
     * The plan for {@code pages} (each with its template's model in {@code views}, by page path) against
     * {@code before} (the last bake's pages by output file; empty for a full bake).
     */
    static RenderPlan of(List<Page> pages, Map<String, Map<String, Object>> views, Map<String, WarmState.Baked> before) {
        // Comparing every page's text and model with its last bake is read-only: on every core.
        List<Change> changes = pages.parallelStream()
                .map(page -> Change.of(page, views.get(page.path()), before.get(page.outputFile())))
                .toList();
        Map<String, WarmState.Baked> now = new LinkedHashMap<>();
        List<Page> rewrite = new ArrayList<>();
        Set<String> rerender = new TreeSet<>();
        Set<String> staleContent = new TreeSet<>();
        for (Change change : changes) {
            String output = change.now().page().outputFile();
            now.put(output, change.now());
            if (change.fileChanged()) {
                rewrite.add(change.now().page());
                if (change.before() != null && !change.before().contentFile().equals(change.now().contentFile())) {
                    staleContent.add(change.before().contentFile());
                }
            }
            if (change.fileChanged() || change.modelChanged()) {
                rerender.add(output);
            }
        }
        Set<String> removed = new TreeSet<>(before.keySet());
        removed.removeAll(now.keySet());
        removed.forEach(output -> staleContent.add(before.get(output).contentFile()));
        // A content file a page of this build still uses is not stale (two pages may have swapped names).
        now.values().forEach(baked -> staleContent.remove(baked.contentFile()));
        return new RenderPlan(now, rewrite, rerender, staleContent, removed);
    }

    /**
     * The assets of the last bake that are gone: not among this build's assets, and not a page either
     * (a page and an asset never share a path, but a path may move from one to the other).
     */
    Set<String> goneAssets(Set<String> lastAssets, Set<String> assets) {
        Set<String> gone = new TreeSet<>(lastAssets);
        gone.removeAll(assets);
        gone.removeAll(now.keySet());
        return gone;
    }

    /**
     * A page against its last bake ({@code before}, null if none): whether its content file or model
     * changed. The very page last baked (the site model kept it) is unchanged without a look; any other
     * page is compared by its content file's text and name and its model's value.
     */
    private record Change(WarmState.Baked now, WarmState.Baked before, boolean fileChanged, boolean modelChanged) {
        static Change of(Page page, Map<String, Object> view, WarmState.Baked before) {
            if (before != null && before.page() == page) {
                return new Change(before, before, false, false);
            }
            WarmState.Baked now = new WarmState.Baked(page, StagingWriter.contentFile(page), StagingWriter.contentText(page), view);
            boolean file = before == null || !before.text().equals(now.text()) || !before.contentFile().equals(now.contentFile());
            return new Change(now, before, file, !file && !before.view().equals(now.view()));
        }
    }
}
