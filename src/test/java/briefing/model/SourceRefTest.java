package briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Where a value came from, printed as path:line:col with the unknown parts left out. */
class SourceRefTest {

    @Test
    void printsPathLineAndColumnLeavingOutWhatIsUnknown() {
        assertEquals("seeds/x.txt", SourceRef.file("seeds/x.txt").toString());
        assertEquals("seeds/x.txt:12", new SourceRef("seeds/x.txt", 12).toString());
        assertEquals("seeds/x.txt:12:4", new SourceRef("seeds/x.txt", 12, 4).toString());
    }

    @Test
    void aColumnWithoutALineIsNotPrinted() {
        assertEquals("seeds/x.txt", new SourceRef("seeds/x.txt", 0, 4).toString());
    }

    @Test
    void atLineMovesToALineAndForgetsTheColumn() {
        SourceRef ref = new SourceRef("content/site.yaml", 3, 9);

        assertEquals(new SourceRef("content/site.yaml", 7, 0), ref.atLine(7));
        assertEquals(new SourceRef("content/site.yaml", 8, 2), ref.at(8, 2));
        assertEquals(new SourceRef("content/site.yaml", 3, 9), ref, "a SourceRef never changes");
    }

    @Test
    void rejectsNegativeLinesAndColumnsAndAMissingPath() {
        assertThrows(IllegalArgumentException.class, () -> new SourceRef("a", -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SourceRef("a", 1, -1));
        assertThrows(IllegalArgumentException.class, () -> SourceRef.file("a").atLine(-2));
        assertThrows(NullPointerException.class, () -> SourceRef.file(null));
    }
}
