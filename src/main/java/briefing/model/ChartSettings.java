package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * What the editors say about charts: the charts to draw ({@code content/charts.yaml}) and the exchange
 * rates a chart may convert a figure with ({@code content/exchange-rates.yaml}). One value, so every page
 * that shows a chart depends on both.
 */
public record ChartSettings(List<ChartDefinition> definitions, ExchangeRates rates) {

    public ChartSettings {
        definitions = List.copyOf(definitions);
        Objects.requireNonNull(rates, "rates");
    }
}
