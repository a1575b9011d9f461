package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * A chart as editors define it in {@code content/charts.yaml}: which figures it plots (by topic, money
 * figures only), how (values by year, or amounts over periods), and on which theme page it also shows.
 *
 * @param theme    a theme slug, or null for the figures page only
 * @param currency the currency the chart draws in, or null for the one most of its figures are stated in;
 *                 figures in other currencies are converted only with the editors' exchange rates
 * @param series   the editors' yearly series drawn beside the statements' figures (timeline charts)
 */
public record ChartDefinition(String id, String title, Kind kind, List<String> topics, String theme, String intro,
                              FigureUnit currency, List<OutsideSeries> series, SourceRef source) {

    /** TIMELINE: reported values and targets by year; PERIODS: amounts over their periods. */
    public enum Kind { TIMELINE, PERIODS }

    public ChartDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(intro, "intro");
        topics = List.copyOf(topics);
        series = List.copyOf(series);
        if (currency != null && !currency.isMoney()) {
            throw new IllegalArgumentException("a chart draws money: " + currency);
        }
    }
}
