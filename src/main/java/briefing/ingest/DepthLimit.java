package briefing.ingest;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A YAML parser that stops at a nesting limit: snakeyaml-engine's composer recurses once per level, so
 * 2,000 nested lists or maps ({@code [[[[...}) would exhaust the stack. The parser itself is iterative;
 * this counts the collections it opens and throws {@link TooDeep}, with where, one level past the limit.
 */
final class DepthLimit implements Parser {

    /** Far beyond any editor's file (ours nest three levels at most). */
    static final int MAX_DEPTH = 64;

    /** The text nests deeper than {@link #MAX_DEPTH}; {@code mark} is where the level too many opens. */
    static final class TooDeep extends RuntimeException {
        final transient Mark mark;

        TooDeep(Mark mark) {
            super("YAML nested more than " + MAX_DEPTH + " levels", null, false, false);
            this.mark = mark;
        }
    }

    private final Parser parser;
    private int depth;

    DepthLimit(Parser parser) {
        this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (++depth > MAX_DEPTH) {
                    Optional<Mark> mark = event.getStartMark();
                    throw new TooDeep(mark.orElseThrow());
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            default -> {
            }
        }
        return event;
    }
}
