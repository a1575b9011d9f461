package briefing.chart;

import java.util.List;
import java.util.Objects;

/**
 * A chart of values by year in two series told apart by line style and marker shape as well as
 * colour: reported values (solid line, circles) and targets (dashed line, diamonds); and the editors'
 * outside yearly series, if any, as thin grey lines with small squares.
 *
 * @param valueLabel the value axis label, e.g. {@code US$ billion}
 * @param divisor    values are divided by this for the axis ({@code 1e9} for billions)
 */
public record TimelineSpec(String id, String title, String valueLabel, double divisor, List<Point> reported,
                           List<Point> targets, List<Line> outside, String reportedName, String targetName) {

    /** The legend in the ledger's words ("Reported", "Target"). */
    public TimelineSpec(String id, String title, String valueLabel, double divisor, List<Point> reported,
                        List<Point> targets, List<Line> outside) {
        this(id, title, valueLabel, divisor, reported, targets, outside, "Reported", "Target");
    }

    /** An outside yearly series drawn beside the statements' figures: a thin grey line, unlabelled points. */
    public record Line(String name, List<Point> points) {
        public Line {
            Objects.requireNonNull(name, "name");
            points = points.stream().sorted(java.util.Comparator.comparingInt(Point::year)).toList();
        }
    }

    /** One plotted value at a year, with its label for the point. */
    public record Point(int year, double value, String label) {
        public Point {
            Objects.requireNonNull(label, "label");
        }
    }

    public TimelineSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        java.util.Comparator<Point> byYear = java.util.Comparator.comparingInt(Point::year).thenComparingDouble(Point::value);
        reported = reported.stream().sorted(byYear).toList();
        targets = targets.stream().sorted(byYear).toList();
        outside = List.copyOf(outside);
        Objects.requireNonNull(reportedName, "reportedName");
        Objects.requireNonNull(targetName, "targetName");
        if (!(divisor > 0)) {
            throw new IllegalArgumentException("divisor must be positive");
        }
    }
}
