package briefing.model;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A yearly series the editors bring from outside the statements (customs statistics, an aid agency's
 * disbursements), drawn beside the statements' figures on a chart and always named with its source.
 *
 * @param name     how the chart's legend and table name it ("Customs statistics")
 * @param currency the currency its values are in
 * @param values   the value of each year, in units of {@code currency}
 * @param source   who publishes it
 * @param url      where a reader checks it, or null
 * @param file     the CSV file it was read from, for messages and for readers ({@code content/series/trade.csv})
 */
public record OutsideSeries(String name, FigureUnit currency, SortedMap<Integer, Double> values, String source, String url,
                            SourceRef file) {

    public OutsideSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
        if (!currency.isMoney()) {
            throw new IllegalArgumentException("an outside series is money: " + currency);
        }
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }
}
