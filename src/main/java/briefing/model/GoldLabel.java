package briefing.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a careful reader says of one text of the labelled corpus ({@code corpus/labels/<id>.yaml}): the
 * statement's title, date, kind and parties, which lines are headline, headings or collection noise, the
 * themes of every real paragraph and every figure. {@code briefing evaluate} measures the analysis
 * against these.
 *
 * @param id         the text's id: {@code corpus/texts/<id>.txt}
 * @param date       the date of its event or statement; null when neither the text nor its page gives one
 * @param dateStated whether the text itself gives that date's day, month and year (a collection marker
 *                   counts); false when only the page (its URL, its date line outside the text) does
 * @param titleLine  the headline as a line of the file, or null when the file has none
 */
public record GoldLabel(String id, String url, String publisher, Split split, String title, LocalDate date,
                        boolean dateStated, String kind, List<String> parties, String event, String titleLine, List<String> headings,
                        List<String> noise, List<GoldParagraph> paragraphs, List<GoldFigure> figures,
                        List<GoldCommitment> commitments, SourceRef source) {

    /** Tuning looks at the train split's errors only; the test split tells whether a change generalises. */
    public enum Split { TRAIN, TEST }

    /**
     * One real paragraph, named by its first words.
     *
     * @param themes required: a reader of those theme pages expects the paragraph there
     * @param also   acceptable: fine on those pages, fine if missing
     */
    public record GoldParagraph(String starts, Set<String> themes, Set<String> also, SourceRef source) {
        public GoldParagraph {
            Objects.requireNonNull(starts, "starts");
            themes = Set.copyOf(themes);
            also = Set.copyOf(also);
        }
    }

    /**
     * One figure a paragraph states.
     *
     * @param paragraph the {@code starts} of its paragraph
     * @param unit      money, percent or count
     * @param currency  ISO 4217 for money, else null
     * @param year      the year it is for (a target's or period's end year), or null
     * @param status    reported, target or commitment
     */
    public record GoldFigure(String paragraph, String text, double value, String unit, String currency, String topic,
                             Integer year, String status, List<String> parties, SourceRef source) {
        public GoldFigure {
            Objects.requireNonNull(paragraph, "paragraph");
            Objects.requireNonNull(text, "text");
            parties = List.copyOf(parties);
        }
    }

    /**
     * One sentence in which parties say what they will do.
     *
     * @param text     the sentence's first words, as in the file
     * @param strength its step of the scale: consider, support, strive, agree, will or commit
     * @param deadline what it says of when, as written; null when nothing
     */
    public record GoldCommitment(String paragraph, String text, String strength, String deadline, SourceRef source) {
        public GoldCommitment {
            Objects.requireNonNull(paragraph, "paragraph");
            Objects.requireNonNull(text, "text");
        }
    }

    public GoldLabel {
        commitments = List.copyOf(commitments);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(source, "source");
        parties = List.copyOf(parties);
        headings = List.copyOf(headings);
        noise = List.copyOf(noise);
        paragraphs = List.copyOf(paragraphs);
        figures = List.copyOf(figures);
    }
}
