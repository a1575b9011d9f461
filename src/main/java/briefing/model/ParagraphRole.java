package briefing.model;

/** What part of a statement's structure a paragraph plays; decides how its anchor is formed. */
public enum ParagraphRole {
    /** Before the first numbered paragraph or section heading of a structured text. */
    PREAMBLE,
    /** Carries its own number ({@code 4.}, {@code 2.1.1}). */
    NUMBERED,
    /** Unnumbered, following a numbered paragraph inside the same section. */
    CONTINUATION,
    /** Unnumbered, after the last numbered paragraph of a numbered text. */
    CLOSING,
    /** Unnumbered text in a statement that has no numbering at all (reports, transcripts). */
    BODY
}
