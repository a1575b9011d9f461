package briefing.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement: what is known about it (from its metadata file or inferred from the text) and its
 * text split into sections and paragraphs, in reading order.
 *
 * @param date       null when neither metadata nor text gives one (the statement sorts last)
 * @param sourceUrl  null when unknown
 * @param source     the seed file the text came from
 * @param leftOut    what the cleaning rules and the headline left out of the paragraphs, in line order
 * @param parties    whose relationship it is about: from metadata, else read from the text by the analysis
 * @param event      the occasion its metadata names ({@code event:}), grouping it with the statements that
 *                   name the same; null when the analysis is to group it by parties and date
 */
public record Statement(
        String id,
        String title,
        LocalDate date,
        String kind,
        String place,
        List<String> leaders,
        String sourceName,
        String sourceUrl,
        SourceRef source,
        List<Section> sections,
        List<Paragraph> paragraphs,
        List<LeftOut> leftOut,
        StatementParties parties,
        String event) {

    /** A statement from which nothing was left out, its parties not yet known. */
    public Statement(String id, String title, LocalDate date, String kind, String place, List<String> leaders,
                     String sourceName, String sourceUrl, SourceRef source, List<Section> sections,
                     List<Paragraph> paragraphs) {
        this(id, title, date, kind, place, leaders, sourceName, sourceUrl, source, sections, paragraphs, List.of(),
                StatementParties.UNKNOWN, null);
    }

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        leaders = List.copyOf(leaders);
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        leftOut = List.copyOf(leftOut);
        Objects.requireNonNull(parties, "parties");
    }

    public Statement withParties(StatementParties found) {
        return new Statement(id, title, date, kind, place, leaders, sourceName, sourceUrl, source, sections, paragraphs,
                leftOut, found, event);
    }

    public Optional<Section> section(String anchor) {
        return sections.stream().filter(s -> s.anchor().equals(anchor)).findFirst();
    }

    public Optional<Paragraph> paragraph(String anchor) {
        return paragraphs.stream().filter(p -> p.anchor().equals(anchor)).findFirst();
    }
}
