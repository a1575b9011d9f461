package briefing.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splitting a long listing into pages: the first at its own URL, the others at {@code page/<n>/} below
 * it ({@code /themes/economy/}, {@code /themes/economy/page/2/}), with previous/next links.
 */
record Pagination(String base, int current, int total) {

    static String path(String base, int n) {
        return n == 1 ? base : base + "page/" + n + "/";
    }

    static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            out.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        if (out.isEmpty()) {
            out.add(List.of());
        }
        return out;
    }

    String path() {
        return path(base, current);
    }

    Map<String, Object> view() {
        // First, last and two either side of the current page; a gap stands for the pages between.
        List<Object> pages = new ArrayList<>();
        int previous = 0;
        for (int n = 1; n <= total; n++) {
            if (n == 1 || n == total || Math.abs(n - current) <= 2) {
                if (n - previous > 1) {
                    pages.add(Views.of().put("gap", true).map());
                }
                pages.add(Views.of().put("number", n).put("path", path(base, n)).put("current", n == current).map());
                previous = n;
            }
        }
        return Views.of()
                .put("current", current)
                .put("total", total)
                .put("previous", current > 1 ? path(base, current - 1) : null)
                .put("next", current < total ? path(base, current + 1) : null)
                .put("pages", total > 1 ? pages : List.of())
                .map();
    }
}
