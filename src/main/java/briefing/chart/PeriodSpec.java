package briefing.chart;

import java.util.List;
import java.util.Objects;

/**
 * A chart of amounts over periods: one horizontal bar per row from its first to its last year, reported
 * rows solid and committed rows outlined with a dashed edge, each labelled with its amount.
 */
public record PeriodSpec(String id, String title, List<Row> rows, String reportedName, String committedName) {

    /** The legend in the ledger's words for the two kinds of bar ("Reported", "Commitment"). */
    public PeriodSpec(String id, String title, List<Row> rows) {
        this(id, title, rows, "Reported", "Commitment");
    }

    /** One bar: its label on the axis, its years, its amount label and whether it is a commitment. */
    public record Row(String label, int start, int end, String amount, boolean committed) {
        public Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(amount, "amount");
            if (end < start) {
                throw new IllegalArgumentException("period ends before it starts: " + label);
            }
        }
    }

    public PeriodSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        rows = List.copyOf(rows);
        Objects.requireNonNull(reportedName, "reportedName");
        Objects.requireNonNull(committedName, "committedName");
    }
}
