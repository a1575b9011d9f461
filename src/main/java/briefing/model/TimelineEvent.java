package briefing.model;

import java.util.Objects;

/**
 * A dated event on the timeline: a statement itself, or a year, period, horizon or as-of date that a
 * sentence names ("established diplomatic relations in December 1992", "by 2030"), linked to its source.
 *
 * @param month    1-12 when the text names one, else 0
 * @param endYear  the last year of a period, else the same as {@code year}
 * @param when     the date as the text says it ({@code December 1992}, {@code by 2030}, {@code 2024–2027})
 * @param text     the sentence that names it, or the statement's title
 * @param source   the paragraph, or null for a statement's own date
 * @param alsoIn   paragraphs of other statements naming the same milestone ("diplomatic relations in 1992")
 */
public record TimelineEvent(int year, int month, int endYear, String kind, String when, String text, String statementId,
                            ParagraphRef source, java.util.List<ParagraphRef> alsoIn) {

    public TimelineEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(statementId, "statementId");
        alsoIn = java.util.List.copyOf(alsoIn);
    }

    public TimelineEvent(int year, int month, int endYear, String kind, String when, String text, String statementId,
                         ParagraphRef source) {
        this(year, month, endYear, kind, when, text, statementId, source, java.util.List.of());
    }

    /** This event, also named by {@code more}. */
    public TimelineEvent alsoNamedIn(java.util.List<ParagraphRef> more) {
        java.util.List<ParagraphRef> all = new java.util.ArrayList<>(alsoIn);
        more.stream().filter(r -> !all.contains(r) && !r.equals(source)).forEach(all::add);
        return new TimelineEvent(year, month, endYear, kind, when, text, statementId, source, all);
    }
}
