package briefing.ingest;

import briefing.model.Paragraph;
import briefing.model.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a raw statement text yields on its own, before metadata: its structure, and what it says about
 * itself (a collection date marker, a {@code Source:} URL, a date in its opening, a title candidate).
 */
public record ParsedText(
        List<Section> sections,
        List<Paragraph> paragraphs,
        Optional<LocalDate> markerDate,
        Optional<LocalDate> datelineDate,
        Optional<String> sourceUrl,
        String titleCandidate,
        boolean transcript) {

    public ParsedText {
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraph with this anchor; throws when there is none. */
    public Paragraph paragraph(String anchor) {
        return paragraphs.stream().filter(p -> p.anchor().equals(anchor)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no paragraph " + anchor));
    }
}
