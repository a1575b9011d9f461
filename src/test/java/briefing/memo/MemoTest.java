package briefing.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void aKeepingMemoReusesAPartWhileEveryInputIsEqual() {
        Memo memo = Memo.keeping();
        AtomicInteger made = new AtomicInteger();
        List<String> first = memo.of("page:a", () -> List.of("made " + made.incrementAndGet()), List.of("x"), 3);
        List<String> again = memo.of("page:a", () -> List.of("made " + made.incrementAndGet()), new ArrayList<>(List.of("x")), 3);
        List<String> changed = memo.of("page:a", () -> List.of("made " + made.incrementAndGet()), List.of("x"), 4);

        assertSame(first, again, "equal (not identical) inputs: the kept result");
        assertEquals(List.of("made 2"), changed, "one changed input: made again");
    }

    @Test
    void bytesAreComparedByContent() {
        Memo memo = Memo.keeping();
        Object first = memo.of("parse:x", Object::new, new byte[] {1, 2});
        assertSame(first, memo.of("parse:x", Object::new, new byte[] {1, 2}));
        assertNotSame(first, memo.of("parse:x", Object::new, new byte[] {1, 3}));
    }

    @Test
    void aColdMemoKeepsNothing() {
        Memo memo = Memo.none();
        Object first = memo.of("part", Object::new, "same");
        assertNotSame(first, memo.of("part", Object::new, "same"));
    }

    @Test
    void partsWithTheSameInputsButOtherNamesAreApart() {
        Memo memo = Memo.keeping();
        assertEquals("a", memo.of("statement page:1", () -> "a", "in"));
        assertEquals("b", memo.of("statement page:2", () -> "b", "in"));
        assertEquals("a", memo.of("statement page:1", () -> "c", "in"));
    }

    @Test
    void theReportCountsEachFamilyOnceAndStartsAnew() {
        Memo memo = Memo.keeping();
        memo.of("statement page:1", () -> "a", 1);
        memo.of("statement page:2", () -> "b", 1);
        memo.of("statement page:1", () -> "a", 1);
        memo.of("related paragraphs", () -> "r");

        List<Memo.Family> report = memo.report();
        Memo.Family pages = report.stream().filter(f -> f.name().equals("statement page")).findFirst().orElseThrow();
        assertEquals(2, pages.made());
        assertEquals(1, pages.reused());
        assertEquals(2, report.size());
        assertEquals(List.of(), memo.report(), "counted anew after a report");
    }

    @Test
    void forgettingMakesEveryPartAgain() {
        Memo memo = Memo.keeping();
        Object first = memo.of("part", Object::new);
        memo.forgetAll();
        assertNotSame(first, memo.of("part", Object::new));
    }
}
