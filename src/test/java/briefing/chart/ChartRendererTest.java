package briefing.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartRendererTest {

    private static final TimelineSpec TRADE = new TimelineSpec("trade", "Trade", "US$ billion", 1e9,
            List.of(new TimelineSpec.Point(2022, 87e9, "US$87bn"), new TimelineSpec.Point(2019, 67e9, "US$67bn")),
            List.of(new TimelineSpec.Point(2030, 150e9, "US$150bn")), List.of());
    private static final PeriodSpec FINANCE = new PeriodSpec("finance", "Finance", List.of(
            new PeriodSpec.Row("EDCF", 2012, 2015, "US$1.2bn", false),
            new PeriodSpec.Row("Grant aid", 2024, 2027, "US$200m", true),
            new PeriodSpec.Row("One year", 2020, 2020, "US$1m", false)));

    @Test
    void sameSpecGivesSameBytesTwice() {
        ChartImage first = ChartRenderer.timeline(TRADE);
        ChartImage second = ChartRenderer.timeline(TRADE);
        assertArrayEquals(first.svg(), second.svg());
        assertArrayEquals(first.png(), second.png());

        assertArrayEquals(ChartRenderer.periods(FINANCE).svg(), ChartRenderer.periods(FINANCE).svg());
        assertArrayEquals(ChartRenderer.periods(FINANCE).png(), ChartRenderer.periods(FINANCE).png());
    }

    @Test
    void svgDefinitionIdsAreKeyedByTheChartNotByTime() {
        String svg = ChartRenderer.timeline(TRADE).svgText();

        Matcher ids = Pattern.compile("id='([^']+)'").matcher(svg);
        int count = 0;
        while (ids.find()) {
            assertTrue(ids.group(1).startsWith("trade"), ids.group(1));
            count++;
        }
        assertTrue(count > 0);
        assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg id='trade-svg'"));
    }

    /** Issue 13 #6: the legend says what the ledger says ("commitment", "pledge"), never a word of its own ("Committed"). */
    @Test
    void theLegendUsesTheStatusWordsItIsGiven() {
        String finance = ChartRenderer.periods(new PeriodSpec("f", "F", FINANCE.rows(), "Reported", "Pledge")).svgText();
        assertTrue(finance.contains(">Pledge<") && !finance.contains("Committed"), finance.length() + " bytes");
        String trade = ChartRenderer.timeline(new TimelineSpec("t", "T", "US$ billion", 1e9, TRADE.reported(), TRADE.targets(),
                List.of(), "Reported", "Commitment")).svgText();
        assertTrue(trade.contains(">Commitment<") && !trade.contains(">Target<"));
    }

    @Test
    void labelsOfEveryPointAndBarAreDrawn() {
        String trade = ChartRenderer.timeline(TRADE).svgText();
        for (String label : List.of("US$87bn", "US$67bn", "US$150bn", "Reported", "Target", "2030")) {
            assertTrue(trade.contains(">" + label + "<"), label);
        }
        String finance = ChartRenderer.periods(FINANCE).svgText();
        for (String label : List.of("EDCF", "Grant aid", "US$1.2bn", "US$200m", "Commitment")) {
            assertTrue(finance.contains(">" + label + "<"), label);
        }
        assertFalse(finance.contains("NaN"));
    }

    @Test
    void pngIsARealImageOfTheStatedSize() throws Exception {
        ChartImage image = ChartRenderer.periods(FINANCE);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.png()));

        assertEquals(image.width(), png.getWidth());
        assertEquals(image.height(), png.getHeight());
    }

    @Test
    void aPhonesChartIsLaidOutAtItsWidthWithTheSameTypeSizes() {
        ChartImage wide = ChartRenderer.timeline(TRADE);
        ChartImage narrow = ChartRenderer.timelineNarrow(TRADE);

        assertEquals(ChartRenderer.NARROW_WIDTH, narrow.width());
        assertEquals(0, narrow.png().length, "the PNG download is the page-width chart");
        assertTrue(narrow.svgText().contains("width='" + ChartRenderer.NARROW_WIDTH + ".0'"), narrow.svgText().substring(0, 300));
        assertTrue(narrow.svgText().contains("font-size: 12px") == wide.svgText().contains("font-size: 12px"), "same type sizes");
        assertTrue(narrow.svgText().contains("id='trade-narrow-svg'") && wide.svgText().contains("id='trade-svg'"), "its SVG ids are its own: a page holds both");
        assertArrayEquals(narrow.svg(), ChartRenderer.timelineNarrow(TRADE).svg(), "deterministic");
        assertEquals(ChartRenderer.NARROW_WIDTH, ChartRenderer.periodsNarrow(FINANCE).width());
    }
}
