package briefing.model;

import java.util.Objects;

/** A section heading of a statement (an upper-case line in the raw text), with its anchor. */
public record Section(String anchor, String title, SourceRef source) {

    public Section {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
    }
}
