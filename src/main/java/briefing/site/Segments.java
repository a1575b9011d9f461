package briefing.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A paragraph's text cut into segments for a template: plain text, and marked spans (figures, glossary
 * terms) that link somewhere. Marks never overlap: the earlier one wins, and of two starting together
 * the longer; figures are offered first, so a term inside a figure's words stays part of the figure.
 */
final class Segments {

    /** A span of the text to link: {@code kind} is its CSS class ({@code fig}, {@code term}). */
    record Mark(int start, int end, String href, String title, String kind) {
    }

    private Segments() {
    }

    static List<Object> of(String text, List<Mark> figures, List<Mark> terms) {
        List<Mark> chosen = new ArrayList<>();
        for (List<Mark> group : List.of(figures, terms)) {
            List<Mark> sorted = group.stream()
                    .sorted(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt((Mark m) -> m.end()).reversed()))
                    .toList();
            for (Mark mark : sorted) {
                boolean free = chosen.stream().noneMatch(c -> mark.start() < c.end() && c.start() < mark.end());
                if (free && mark.start() >= 0 && mark.end() <= text.length() && mark.start() < mark.end()) {
                    chosen.add(mark);
                }
            }
        }
        chosen.sort(Comparator.comparingInt(Mark::start));
        List<Object> segments = new ArrayList<>();
        int at = 0;
        for (Mark mark : chosen) {
            if (mark.start() > at) {
                segments.add(Views.of().put("text", text.substring(at, mark.start())).map());
            }
            segments.add(Views.of().put("text", text.substring(mark.start(), mark.end())).put("href", mark.href())
                    .put("title", mark.title()).put("kind", mark.kind()).map());
            at = mark.end();
        }
        if (at < text.length()) {
            segments.add(Views.of().put("text", text.substring(at)).map());
        }
        return segments;
    }
}
