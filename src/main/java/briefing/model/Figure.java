package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * One quantity a statement states (or an editor added), normalised, typed and traced to its sentence.
 *
 * @param id        stable within a statement's text: {@code <statement-id>#<anchor>.<n>}, or the editors' id
 * @param source    the paragraph it comes from; null for outside data an editor added
 * @param sentence  the sentence that states it (empty for outside data)
 * @param start     offset of the figure's own words in {@code sentence} ({@code end} exclusive)
 * @param text      the figure's words as written ({@code "US$2 billion"}), or the editors' label
 * @param value     the number in base units (US dollars, percent points, a count)
 * @param noun      what a COUNT counts ({@code "active investment projects"}), else null
 * @param qualifier {@code over}, {@code nearly}…, else null
 * @param holder    the instrument or body it belongs to ({@code EDCF}), else null
 * @param topic     a topic slug from the editors' rules ({@code trade}, {@code other}…)
 * @param label     an editor's label, else null
 * @param outsideUrl where outside data comes from, for editor-added figures; else null
 * @param parties   whose figure it is (short party names): its statement's, or the pair its sentence names
 *                  ("Korea's trade with ASEAN"); empty for outside data
 */
public record Figure(String id, ParagraphRef source, String sentence, int start, int end, String text,
                     double value, FigureUnit unit, String noun, String qualifier, String holder, String topic,
                     FigureStatus status, FigureTime time, Integer baseYear, String label, String outsideUrl,
                     SourceRef origin, List<String> parties) {

    public Figure {
        parties = List.copyOf(parties);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(origin, "origin");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("figure value must be finite: " + id);
        }
        if (unit.equals(FigureUnit.COUNT) != (noun != null)) {
            throw new IllegalArgumentException("a noun goes with COUNT figures only: " + id);
        }
        if (source == null && outsideUrl == null) {
            throw new IllegalArgumentException("a figure comes from a paragraph or an outside source: " + id);
        }
        if (start < 0 || end < start || end > sentence.length()) {
            throw new IllegalArgumentException("figure span outside its sentence: " + id);
        }
    }

    public Figure withTyping(String newTopic, FigureStatus newStatus, String newHolder) {
        return new Figure(id, source, sentence, start, end, text, value, unit, noun, qualifier, newHolder, newTopic,
                newStatus, time, baseYear, label, outsideUrl, origin, parties);
    }

    public Figure corrected(String newTopic, FigureStatus newStatus, FigureTime newTime, String newHolder, String newLabel) {
        return new Figure(id, source, sentence, start, end, text, value, unit, noun, qualifier, newHolder, newTopic,
                newStatus, newTime, baseYear, newLabel, outsideUrl, origin, parties);
    }

    public Figure withParties(List<String> whose) {
        return new Figure(id, source, sentence, start, end, text, value, unit, noun, qualifier, holder, topic,
                status, time, baseYear, label, outsideUrl, origin, whose);
    }
}
