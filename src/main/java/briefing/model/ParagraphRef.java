package briefing.model;

import java.util.Objects;

/** Names one paragraph across the corpus: {@code <statement-id>#<anchor>}. */
public record ParagraphRef(String statementId, String anchor) {

    public ParagraphRef {
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(anchor, "anchor");
    }

    @Override
    public String toString() {
        return statementId + "#" + anchor;
    }
}
