package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.Figure;
import briefing.model.FigureStatus;
import briefing.model.FigureTime;
import briefing.model.FigureUnit;
import briefing.model.ParagraphRef;
import briefing.model.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures as a reader sees them. */
class FigureFormatTest {

    private static Figure figure(FigureUnit unit, double value, String noun, String qualifier) {
        return new Figure("s#p1.1", new ParagraphRef("s", "p1"), "", 0, 0, "", value, unit, noun, qualifier, null, "trade",
                FigureStatus.REPORTED, FigureTime.NONE, null, null, null, SourceRef.file("seeds/s.txt"), List.of());
    }

    private static Figure money(String currency, double value) {
        return figure(FigureUnit.money(currency), value, null, null);
    }

    @Test
    void moneyIsScaledToMillionsBillionsOrTrillionsWithItsSymbol() {
        assertEquals("US$87 billion", FigureFormat.amount(money("USD", 87e9)));
        assertEquals("US$1.2 billion", FigureFormat.amount(money("USD", 1.2e9)));
        assertEquals("US$150 million", FigureFormat.amount(money("USD", 150e6)));
        assertEquals("US$2.5 trillion", FigureFormat.amount(money("USD", 2.5e12)));
        assertEquals("US$500,000", FigureFormat.amount(money("USD", 500_000)));
        assertEquals("₩1 trillion", FigureFormat.amount(money("KRW", 1e12)));
        assertEquals("¥100 billion", FigureFormat.amount(money("JPY", 100e9)));
    }

    @Test
    void theUnitIsChosenAfterRoundingSoNothingReadsAThousandOfTheUnitBelow() {
        assertEquals("US$1 billion", FigureFormat.amount(money("USD", 999_999_999)));
        assertEquals("US$1bn", FigureFormat.shortAmount(money("USD", 999_999_999)));
        assertEquals("US$999.5 million", FigureFormat.amount(money("USD", 999_499_999)));
        assertEquals("US$1 trillion", FigureFormat.amount(money("USD", 999_999_999_999.0)));
    }

    @Test
    void aCurrencyWithoutAUsualSymbolIsWrittenByItsCodeAndASpace() {
        assertEquals("CHF 100 million", FigureFormat.amount(money("CHF", 100e6)));
        assertEquals("VND 250,000", FigureFormat.amount(money("VND", 250_000)));
    }

    @Test
    void scaledAmountsKeepAtMostThreeDecimals() {
        assertEquals("US$1.235 billion", FigureFormat.amount(money("USD", 1_234_560_000)));
        assertEquals("US$3.5 million", FigureFormat.amount(money("USD", 3_500_000)));
    }

    @Test
    void percentagesAndCountsWithTheirQualifierAndNoun() {
        assertEquals("11.4%", FigureFormat.amount(figure(FigureUnit.PERCENT, 11.4, null, null)));
        assertEquals("nearly 20%", FigureFormat.amount(figure(FigureUnit.PERCENT, 20, null, "nearly")));
        assertEquals("over 9,500 active investment projects",
                FigureFormat.amount(figure(FigureUnit.COUNT, 9500, "active investment projects", "over")));
        assertEquals("over US$2 billion", FigureFormat.amount(figure(FigureUnit.USD, 2e9, null, "over")));
    }

    @Test
    void shortAmountsForChartsAbbreviateTheScale() {
        assertEquals("US$87bn", FigureFormat.shortAmount(money("USD", 87e9)));
        assertEquals("US$200m", FigureFormat.shortAmount(money("USD", 200e6)));
        assertEquals("US$1.5tn", FigureFormat.shortAmount(money("USD", 1.5e12)));
        assertEquals("US$750,000", FigureFormat.shortAmount(money("USD", 750_000)));
        assertEquals("€3bn", FigureFormat.shortAmount(money("EUR", 3e9)));
    }

    @Test
    void shortAmountsOfPercentagesAndCountsAreTheirAmount() {
        Figure percent = figure(FigureUnit.PERCENT, 11.4, null, "about");
        assertEquals("about 11.4%", FigureFormat.shortAmount(percent));
    }

    @Test
    void machineValuesArePlainNumbersWithoutExponentOrTrailingZeros() {
        assertEquals("87000000000", FigureFormat.machine(87e9));
        assertEquals("11.4", FigureFormat.machine(11.4));
        assertEquals("1", FigureFormat.machine(1.0));
        assertEquals("0.05", FigureFormat.machine(0.05));
    }
}
