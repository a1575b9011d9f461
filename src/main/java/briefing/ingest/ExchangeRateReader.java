package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.model.ExchangeRates;
import briefing.model.FigureUnit;
import briefing.model.SourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads {@code content/exchange-rates.yaml}: the yearly rates a chart may convert figures with. Every
 * series names its source; a rate that is not a positive number, a year that is not a year, a currency
 * that is not an ISO 4217 code, or a series written twice is an error at its line.
 */
public final class ExchangeRateReader {

    private static final List<String> FIELDS = List.of("currency", "per", "source", "url", "years");
    private static final String CODE_HINT = "write the ISO 4217 code in capitals: USD, EUR, JPY, KRW, CNY …";

    private final ProjectPaths paths;

    public ExchangeRateReader(ProjectPaths paths) {
        this.paths = paths;
    }

    /** An absent file means no rates: nothing is converted. */
    public ExchangeRates read(Path file, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            return ExchangeRates.NONE;
        }
        SourceRef ref = SourceRef.file(paths.display(file));
        List<ExchangeRates.Series> series = new ArrayList<>();
        YamlMap.readFile(file, ref, diagnostics).ifPresent(root -> {
            root.checkKeys(List.of("rates"), List.of());
            Map<List<FigureUnit>, SourceRef> seen = new HashMap<>();
            for (YamlMap entry : root.maps("rates")) {
                series(entry, diagnostics).ifPresent(s -> {
                    SourceRef first = seen.putIfAbsent(List.of(s.currency(), s.base()), s.ref());
                    if (first != null) {
                        diagnostics.error(s.ref(), "the rates of " + s.currency().code() + " per " + s.base().code()
                                + " are written twice (first at " + first + ")", "keep one series and put every year in it");
                    } else {
                        series.add(s);
                    }
                });
            }
        });
        return new ExchangeRates(series);
    }

    private static Optional<ExchangeRates.Series> series(YamlMap entry, Diagnostics diagnostics) {
        entry.checkKeys(FIELDS, List.of("currency", "per", "source", "years"));
        Optional<FigureUnit> currency = entry.currency("currency", CODE_HINT);
        Optional<FigureUnit> base = entry.currency("per", CODE_HINT);
        Optional<String> source = entry.string("source").filter(s -> !s.isBlank());
        Optional<String> url = entry.webAddress("url", "give the page where a reader can check the rates, e.g. https://data.imf.org/");
        TreeMap<Integer, Double> rates = new TreeMap<>();
        entry.map("years").ifPresent(years -> {
            for (String year : years.keys()) {
                if (!year.matches("(19|20)\\d\\d")) {
                    diagnostics.error(years.refOf(year), "'" + year + "' is not a year", "write each rate as 'YYYY: rate', e.g. '2023: 1305.41'");
                    continue;
                }
                years.number(year).ifPresent(rate -> {
                    if (rate > 0) {
                        rates.put(Integer.parseInt(year), rate);
                    } else {
                        diagnostics.error(years.valueRefOf(year), "the rate for " + year + " must be above zero, not " + java.math.BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString(),
                                "write how many units of the currency one unit of 'per' bought that year");
                    }
                });
            }
        });
        if (currency.isPresent() && base.isPresent() && currency.get().equals(base.get())) {
            diagnostics.error(entry.valueRefOf("per"), "a currency's rate against itself is always 1",
                    "name the other currency the rates are quoted against, e.g. 'per: USD'");
            return Optional.empty();
        }
        if (currency.isEmpty() || base.isEmpty() || source.isEmpty() || rates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExchangeRates.Series(currency.get(), base.get(), rates, source.get(), url.orElse(null),
                entry.refOf("currency")));
    }
}
