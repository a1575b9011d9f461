package briefing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws chart specs with JFreeChart and writes them as SVG (JFreeSVG) and PNG. The only class that
 * knows JFreeChart. Output is deterministic: fixed fonts, sizes and colours, and SVG definition ids keyed
 * by the chart's id instead of JFreeSVG's default time-based key.
 */
public final class ChartRenderer {

    private static final int WIDTH = 760;
    /** A phone's width less the page's margins. */
    public static final int NARROW_WIDTH = 360;
    private static final Color INK = new Color(0x1d, 0x23, 0x27);
    private static final Color GRID = new Color(0xd9, 0xd6, 0xd0);
    private static final Color REPORTED = new Color(0x0b, 0x5c, 0xad);
    private static final Color TARGET = new Color(0xb4, 0x45, 0x0b);
    /** Outside series: a grey, a green and a purple, each 3:1 or more against white (WCAG non-text contrast), named in the legend. */
    private static final Color[] OUTSIDE = {new Color(0x5f, 0x66, 0x6d), new Color(0x3a, 0x7d, 0x44), new Color(0x6b, 0x4c, 0x9a)};
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final BasicStroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 5f}, 0f);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartRenderer() {
    }

    /** The chart at page width ({@value #WIDTH} px), as SVG and PNG. */
    public static ChartImage timeline(TimelineSpec spec) {
        return drawTimeline(spec, WIDTH);
    }

    public static ChartImage periods(PeriodSpec spec) {
        return drawPeriods(spec, WIDTH);
    }

    /**
     * The same chart laid out for a phone ({@value #NARROW_WIDTH} px wide, the same type sizes), SVG only:
     * the page-width chart shrunk to a phone's width would set its labels at five pixels.
     */
    public static ChartImage timelineNarrow(TimelineSpec spec) {
        return drawTimeline(spec, NARROW_WIDTH);
    }

    public static ChartImage periodsNarrow(PeriodSpec spec) {
        return drawPeriods(spec, NARROW_WIDTH);
    }

    private static ChartImage drawTimeline(TimelineSpec spec, int width) {
        // Points arrive sorted by year; kept in that order so item i is point i (for its label).
        XYSeries reported = new XYSeries(spec.reportedName(), false, true);
        spec.reported().forEach(p -> reported.add(p.year(), p.value() / spec.divisor()));
        XYSeries targets = new XYSeries(spec.targetName(), false, true);
        spec.targets().forEach(p -> targets.add(p.year(), p.value() / spec.divisor()));
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(reported);
        data.addSeries(targets);
        for (TimelineSpec.Line line : spec.outside()) {
            XYSeries series = new XYSeries(line.name(), false, true);
            line.points().forEach(p -> series.add(p.year(), p.value() / spec.divisor()));
            data.addSeries(series);
        }

        NumberAxis years = new NumberAxis("Year");
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setAutoRangeIncludesZero(false);
        java.util.List<TimelineSpec.Point> all = new java.util.ArrayList<>(spec.reported());
        all.addAll(spec.targets());
        spec.outside().forEach(line -> all.addAll(line.points()));
        int first = all.stream().mapToInt(TimelineSpec.Point::year).min().orElse(2000);
        int last = all.stream().mapToInt(TimelineSpec.Point::year).max().orElse(2030);
        years.setRange(first - 1, last + 1);
        years.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        NumberAxis values = new NumberAxis(spec.valueLabel());
        values.setAutoRangeIncludesZero(true);
        values.setUpperMargin(0.15);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, REPORTED);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesPaint(1, TARGET);
        renderer.setSeriesStroke(1, DASHED);
        renderer.setSeriesShape(1, diamond(7));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(LABEL_FONT);
        renderer.setDefaultItemLabelPaint(INK);
        for (int i = 0; i < spec.outside().size(); i++) {
            renderer.setSeriesPaint(2 + i, OUTSIDE[i % OUTSIDE.length]);
            renderer.setSeriesStroke(2 + i, new BasicStroke(1.5f));
            renderer.setSeriesShape(2 + i, new java.awt.geom.Rectangle2D.Double(-3, -3, 6, 6));
        }
        // Only the statements' own figures carry their amounts; an outside series is read off its axis and table.
        renderer.setDefaultItemLabelGenerator((dataset, series, item) ->
                series > 1 ? null : (series == 0 ? spec.reported() : spec.targets()).get(item).label());
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));

        XYPlot plot = new XYPlot(data, years, values, renderer);
        return draw(spec.id(), new JFreeChart(spec.title(), TITLE_FONT, style(plot), true), width, width == WIDTH ? 420 : 340);
    }

    private static ChartImage drawPeriods(PeriodSpec spec, int width) {
        XYIntervalSeries reported = new XYIntervalSeries(spec.reportedName());
        XYIntervalSeries committed = new XYIntervalSeries(spec.committedName());
        String[] labels = new String[spec.rows().size()];
        for (int i = 0; i < spec.rows().size(); i++) {
            PeriodSpec.Row row = spec.rows().get(i);
            labels[i] = row.label();
            // Bars run from the first to the last year as the text states them; a single year still shows.
            double end = Math.max(row.end(), row.start() + 0.5);
            (row.committed() ? committed : reported).add(i, i - 0.32, i + 0.32, row.start(), row.start(), end);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(reported);
        data.addSeries(committed);

        SymbolAxis rows = new SymbolAxis(null, labels);
        rows.setInverted(true);
        rows.setGridBandsVisible(false);
        rows.setTickLabelFont(LABEL_FONT);
        NumberAxis years = new NumberAxis("Year");
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        int first = spec.rows().stream().mapToInt(PeriodSpec.Row::start).min().orElse(2000);
        int last = spec.rows().stream().mapToInt(PeriodSpec.Row::end).max().orElse(2030);
        // Room right of the bars for the amount labels (about 60 px), in years: more years at a phone's width.
        int plotWidth = width - 130;
        int span = last - first + 1;
        int room = Math.max(4, (int) Math.ceil(60.0 * span / Math.max(60, plotWidth - 60)));
        years.setRange(first - 1, last + room);

        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, REPORTED);
        renderer.setSeriesPaint(1, new Color(0xf6, 0xd8, 0xc4));
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, REPORTED);
        renderer.setSeriesOutlineStroke(0, new BasicStroke(1.5f));
        renderer.setSeriesOutlinePaint(1, TARGET);
        renderer.setSeriesOutlineStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {5f, 3f}, 0f));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(LABEL_FONT);
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultItemLabelGenerator((dataset, series, item) ->
                spec.rows().get((int) Math.round(dataset.getXValue(series, item))).amount());
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));

        XYPlot plot = new XYPlot(data, rows, years, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        int height = 120 + 44 * spec.rows().size();
        return draw(spec.id(), new JFreeChart(spec.title(), TITLE_FONT, style(plot), true), width, height);
    }

    private static XYPlot style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (var axis : new org.jfree.chart.axis.ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            axis.setLabelFont(LABEL_FONT);
            axis.setTickLabelFont(LABEL_FONT);
            axis.setLabelPaint(INK);
            axis.setTickLabelPaint(INK);
        }
        return plot;
    }

    private static ChartImage draw(String chartId, JFreeChart chart, int width, int height) {
        // The narrow drawing's SVG ids must differ from the wide one's: a page may hold both.
        String id = width == WIDTH ? chartId : chartId + "-narrow";
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 18));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        title.setPaint(INK);
        title.setPadding(new RectangleInsets(8, 8, 4, 8));
        chart.getLegend().setItemFont(LABEL_FONT);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);

        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setDefsKeyPrefix(id);
        chart.draw(svg, new Rectangle(width, height));
        String element = svg.getSVGElement(id + "-svg");
        byte[] svgBytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n").getBytes(StandardCharsets.UTF_8);

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (width == WIDTH) { // the PNG is a download of the page-width chart
            try {
                ChartUtils.writeChartAsPNG(png, chart, width, height);
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory cannot fail", e);
            }
        }
        return new ChartImage(svgBytes, png.toByteArray(), width, height);
    }

    private static Shape diamond(double r) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -r);
        d.lineTo(r, 0);
        d.lineTo(0, r);
        d.lineTo(-r, 0);
        d.closePath();
        return d;
    }
}
