package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * What editors say about figures in {@code content/figure-data.yaml}: data points to add (from outside
 * sources, or citing a paragraph, which is then verified), corrections of extracted figures, and figures
 * to leave out. Every entry keeps its file and line.
 */
public record FigureEdits(List<Addition> additions, List<Correction> corrections, List<Omission> omissions) {

    public static final FigureEdits NONE = new FigureEdits(List.of(), List.of(), List.of());

    /**
     * A data point an editor adds.
     *
     * @param amount    the amount as a text would state it ({@code US$69.2 billion}, {@code 11.4 percent})
     * @param cites     the paragraph that states it (verified), or null for outside data
     * @param amountAt  where the amount is written, and {@code citesAt} where the citation is (the entry, if null)
     * @param sourceUrl where outside data comes from; required when {@code cites} is null
     */
    public record Addition(String id, String topic, FigureStatus status, FigureTime time, String amount,
                           String label, String sourceName, String sourceUrl, ParagraphRef cites, SourceRef origin,
                           SourceRef amountAt, SourceRef citesAt) {
        public Addition {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(origin, "origin");
            amountAt = amountAt == null ? origin : amountAt;
            citesAt = citesAt == null ? origin : citesAt;
        }
    }

    /** Changes to one extracted figure; a null field leaves that part as extracted. */
    public record Correction(String figureId, String topic, FigureStatus status, FigureTime time, String holder,
                             String label, SourceRef origin) {
        public Correction {
            Objects.requireNonNull(figureId, "figureId");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** An extracted figure to leave out of the ledger and charts, and why. */
    public record Omission(String figureId, String reason, SourceRef origin) {
        public Omission {
            Objects.requireNonNull(figureId, "figureId");
            Objects.requireNonNull(origin, "origin");
        }
    }

    public FigureEdits {
        additions = List.copyOf(additions);
        corrections = List.copyOf(corrections);
        omissions = List.copyOf(omissions);
    }
}
