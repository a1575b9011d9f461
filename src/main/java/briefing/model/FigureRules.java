package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * How extracted figures are typed, as editors define it in {@code content/figure-rules.yaml}: topics in
 * display order (the last is the fallback), words that mark a target or commitment, and the named
 * instruments (funds, credit lines, programmes) a figure can belong to.
 */
public record FigureRules(List<FigureTopic> topics, List<String> targetTerms, List<Instrument> instruments,
                          String fallbackTopic, SourceRef source) {

    /** A named instrument and the phrases that name it in a text. */
    public record Instrument(String label, List<String> phrases) {
        public Instrument {
            Objects.requireNonNull(label, "label");
            phrases = List.copyOf(phrases);
        }
    }

    public FigureRules {
        topics = List.copyOf(topics);
        targetTerms = List.copyOf(targetTerms);
        instruments = List.copyOf(instruments);
        Objects.requireNonNull(fallbackTopic, "fallbackTopic");
    }

    public FigureTopic topic(String slug) {
        return topics.stream().filter(t -> t.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure topic " + slug));
    }
}
