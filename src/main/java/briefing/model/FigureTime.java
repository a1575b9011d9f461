package briefing.model;

import java.util.Objects;

/**
 * What a text says of a figure's time: a year ({@code In 2022}), a horizon ({@code by 2030}), a period
 * ({@code from 2024 to 2027}), an as-of date ({@code As of April 2023}), or nothing.
 *
 * @param start       first year (the horizon year for HORIZON); null for NONE
 * @param end         last year (same as start for YEAR and AS_OF); null for NONE
 * @param text        the words of the text, e.g. {@code "over the next decade"}
 * @param approximate true when the years are derived, not stated ({@code over the next decade})
 */
public record FigureTime(Kind kind, Integer start, Integer end, String text, boolean approximate) {

    public enum Kind { YEAR, HORIZON, PERIOD, AS_OF, NONE }

    public static final FigureTime NONE = new FigureTime(Kind.NONE, null, null, "", false);

    public FigureTime {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if ((kind == Kind.NONE) != (start == null) || (start == null) != (end == null)) {
            throw new IllegalArgumentException("a time has years exactly when it is not NONE: " + kind + " " + start + " " + end);
        }
        if (start != null && end < start) {
            throw new IllegalArgumentException("period ends before it starts: " + start + "-" + end);
        }
    }

    public static FigureTime year(int year, String text) {
        return new FigureTime(Kind.YEAR, year, year, text, false);
    }

    /** The year a chart places the figure at: the year, the horizon, or a period's end. */
    public Integer plotYear() {
        return end;
    }

    /** For a reader: {@code 2022}, {@code by 2030}, {@code until 2030}, {@code 2024–2027}, {@code as of April 2023}. */
    public String describe() {
        return switch (kind) {
            case YEAR -> text.isEmpty() ? String.valueOf(start) : text;
            case HORIZON -> text.isEmpty() ? "by " + start : text.toLowerCase(java.util.Locale.ROOT);
            case PERIOD -> approximate ? text + " (" + start + "–" + end + ")" : start + "–" + end;
            case AS_OF -> text;
            case NONE -> "no time stated";
        };
    }
}
