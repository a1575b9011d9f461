package briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Conversions from the editors' yearly rates: direct, inverse, through a common base, or none. */
class ExchangeRatesTest {

    private static final FigureUnit JPY = FigureUnit.money("JPY");
    private static final FigureUnit KRW = FigureUnit.KRW;
    private static final FigureUnit USD = FigureUnit.USD;

    private static ExchangeRates.Series series(FigureUnit currency, Map<Integer, Double> rates) {
        return new ExchangeRates.Series(currency, USD, new TreeMap<>(rates), "a central bank", null, SourceRef.file("content/exchange-rates.yaml"));
    }

    private final ExchangeRates rates = new ExchangeRates(List.of(
            series(KRW, Map.of(2022, 1292.0, 2023, 1305.0)),
            series(JPY, Map.of(2023, 140.0))));

    @Test
    void aSeriesConvertsBothWaysWithTheRateOfTheYear() {
        ExchangeRates.Conversion toDollars = rates.conversion(KRW, USD, 2022).orElseThrow();
        assertEquals(1 / 1292.0, toDollars.factor(), 1e-15);
        assertEquals(1292.0, toDollars.legs().get(0).rate());
        assertEquals(1305.0, rates.conversion(USD, KRW, 2023).orElseThrow().factor(), 1e-9);
    }

    @Test
    void twoCurrenciesQuotedAgainstOneBaseConvertThroughIt() {
        ExchangeRates.Conversion c = rates.conversion(JPY, KRW, 2023).orElseThrow();
        assertEquals(1305.0 / 140.0, c.factor(), 1e-9);
        assertEquals(List.of(JPY, KRW), c.legs().stream().map(l -> l.series().currency()).toList());
    }

    @Test
    void withoutARateForTheYearNothingIsConverted() {
        assertTrue(rates.conversion(KRW, USD, 2021).isEmpty());
        assertTrue(rates.conversion(JPY, KRW, 2022).isEmpty(), "a cross rate needs both currencies' rates of that year");
        assertTrue(rates.conversion(FigureUnit.money("EUR"), USD, 2023).isEmpty());
        assertEquals(1, rates.conversion(JPY, JPY, 1990).orElseThrow().factor());
    }

    @Test
    void aRateIsPositiveAndBetweenTwoCurrencies() {
        assertThrows(IllegalArgumentException.class, () -> series(KRW, Map.of(2022, 0.0)));
        assertThrows(IllegalArgumentException.class, () -> series(USD, Map.of(2022, 1.0)));
    }
}
