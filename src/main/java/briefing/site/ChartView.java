package briefing.site;

import briefing.chart.ChartImage;
import java.util.List;
import java.util.Map;

/**
 * A chart ready for a page: its files (SVG, PNG, CSV of exactly the plotted values, an SVG laid out for
 * phones), a short alt text,
 * a longer description of values and trend, and the table rows of the plotted values with their sources.
 *
 * @param theme the theme page it also shows on, or null
 */
record ChartView(String id, String title, String intro, String theme, String alt, String description,
                 List<String> columns, List<Map<String, Object>> rows, byte[] svg, byte[] png, byte[] csv,
                 int width, int height, ChartImage narrow) {

    ChartView withDescription(String newDescription) {
        return new ChartView(id, title, intro, theme, alt, newDescription, columns, rows, svg, png, csv, width, height, narrow);
    }

    /** The chart laid out for a phone, shown below 40rem instead of the page-width one shrunk. */
    String narrowSvgPath() {
        return Urls.chart(id + "-narrow", "svg");
    }

    String svgPath() {
        return Urls.chart(id, "svg");
    }

    String pngPath() {
        return Urls.chart(id, "png");
    }

    String csvPath() {
        return Urls.chart(id, "csv");
    }

    Map<String, Object> view() {
        return Views.of()
                .put("id", id)
                .put("title", title)
                .put("intro", intro)
                .put("alt", alt)
                .put("description", description)
                .put("columns", columns)
                .put("rows", rows)
                .put("empty", rows.isEmpty())
                .put("svg", svgPath())
                .put("png", pngPath())
                .put("csv", csvPath())
                .put("width", width)
                .put("height", height)
                .put("narrowSvg", narrowSvgPath())
                .map();
    }
}
