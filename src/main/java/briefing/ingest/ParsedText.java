package briefing.ingest;

import briefing.model.LeftOut;
import briefing.model.Paragraph;
import briefing.model.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a raw statement text yields on its own, before metadata: its structure, and what it says about
 * itself (a collection date marker, a {@code Source:} URL, the date its opening gives for its event, a
 * title candidate), and what was left out of its paragraphs as collection noise.
 */
public record ParsedText(
        List<Section> sections,
        List<Paragraph> paragraphs,
        Optional<LocalDate> markerDate,
        Optional<OpeningDate.Found> textDate,
        Optional<String> sourceUrl,
        String titleCandidate,
        boolean transcript,
        List<LeftOut> leftOut,
        String kindCandidate) {

    public ParsedText {
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        leftOut = List.copyOf(leftOut);
    }

    /** The date the opening gives for the event, without where it was read. */
    public Optional<LocalDate> datelineDate() {
        return textDate.map(OpeningDate.Found::date);
    }

    /** The paragraph with this anchor; throws when there is none. */
    public Paragraph paragraph(String anchor) {
        return paragraphs.stream().filter(p -> p.anchor().equals(anchor)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no paragraph " + anchor));
    }
}
