package briefing.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The editors' exchange rates ({@code content/exchange-rates.yaml}): for a currency, how many of its units
 * one unit of a base currency bought in each year, and who says so. A chart converts a figure stated in
 * another currency only with these rates, and says at which rate and on whose authority; without a rate
 * for the figure's year, nothing is converted.
 */
public record ExchangeRates(List<Series> series) {

    public static final ExchangeRates NONE = new ExchangeRates(List.of());

    /**
     * One currency's yearly rates against a base.
     *
     * @param perBase units of {@code currency} for one unit of {@code base}, by year
     * @param source  who publishes the rates (e.g. "Bank of Korea, annual average of daily rates")
     * @param url     where a reader checks them, or null
     * @param ref     where the series is written, for messages
     */
    public record Series(FigureUnit currency, FigureUnit base, SortedMap<Integer, Double> perBase, String source, String url,
                         SourceRef ref) {
        public Series {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(source, "source");
            if (!currency.isMoney() || !base.isMoney() || currency.equals(base)) {
                throw new IllegalArgumentException("a rate series is between two different currencies: " + currency + "/" + base);
            }
            perBase = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(perBase));
            perBase.values().forEach(r -> {
                if (!(r > 0) || !Double.isFinite(r)) {
                    throw new IllegalArgumentException("a rate is a positive number: " + r);
                }
            });
        }
    }

    /**
     * How an amount in {@code from} becomes an amount in {@code to} in a year: multiply by {@code factor}.
     *
     * @param legs the rates used, each "units of its currency per one of its base" in that year (one leg when
     *             a series links the two currencies, two when both are quoted against a common base)
     */
    public record Conversion(FigureUnit from, FigureUnit to, int year, double factor, List<Leg> legs) {
        public Conversion {
            legs = List.copyOf(legs);
        }
    }

    /** One rate used in a conversion: {@code rate} units of the series' currency per one of its base. */
    public record Leg(Series series, double rate) {
    }

    public ExchangeRates {
        series = List.copyOf(series);
    }

    /**
     * The conversion from one currency to another with the rates of a year: directly when one series
     * quotes one against the other, else through a base both are quoted against; empty when the table
     * has no such rates for that year.
     */
    public Optional<Conversion> conversion(FigureUnit from, FigureUnit to, int year) {
        if (from.equals(to)) {
            return Optional.of(new Conversion(from, to, year, 1, List.of()));
        }
        for (Series s : series) {
            Double rate = s.perBase().get(year);
            if (rate == null) {
                continue;
            }
            if (s.currency().equals(from) && s.base().equals(to)) {
                return Optional.of(new Conversion(from, to, year, 1 / rate, List.of(new Leg(s, rate))));
            }
            if (s.currency().equals(to) && s.base().equals(from)) {
                return Optional.of(new Conversion(from, to, year, rate, List.of(new Leg(s, rate))));
            }
        }
        for (Series a : series) {
            for (Series b : series) {
                Double rateFrom = a.perBase().get(year);
                Double rateTo = b.perBase().get(year);
                if (rateFrom != null && rateTo != null && a.currency().equals(from) && b.currency().equals(to)
                        && a.base().equals(b.base())) {
                    return Optional.of(new Conversion(from, to, year, rateTo / rateFrom,
                            List.of(new Leg(a, rateFrom), new Leg(b, rateTo))));
                }
            }
        }
        return Optional.empty();
    }
}
