package briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.StatementParties.Origin;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose relationship a statement is about, and the partnership it belongs to. */
class StatementPartiesTest {

    @Test
    void partnershipIsThePartiesInAFixedOrderWhateverTheTextsOrder() {
        StatementParties korean = StatementParties.inferred(List.of("South Korea", "Vietnam"));
        StatementParties vietnamese = StatementParties.inferred(List.of("Vietnam", "South Korea"));

        assertEquals(List.of("South Korea", "Vietnam"), korean.partnership());
        assertEquals(korean.partnership(), vietnamese.partnership());
    }

    @Test
    void labelKeepsTheTextsOrder() {
        assertEquals("Vietnam–South Korea", StatementParties.inferred(List.of("Vietnam", "South Korea")).label());
        assertEquals("", StatementParties.UNKNOWN.label());
        assertEquals(List.of(), StatementParties.UNKNOWN.partnership());
    }

    @Test
    void partiesReadFromTheTextAreTextUnlessNoneWereFound() {
        assertEquals(Origin.TEXT, StatementParties.inferred(List.of("Vietnam")).origin());
        assertEquals(Origin.NONE, StatementParties.inferred(List.of()).origin());
    }

    @Test
    void onlyMetadataPartiesSayWhereTheyWereDeclared() {
        SourceRef at = new SourceRef("seeds/x.yaml", 4);
        StatementParties declared = StatementParties.declared(List.of("Vietnam", "Japan"), at);

        assertEquals(Origin.METADATA, declared.origin());
        assertEquals(at, declared.declaredAt());
        assertThrows(IllegalArgumentException.class, () -> new StatementParties(List.of("Vietnam"), Origin.METADATA, null));
        assertThrows(IllegalArgumentException.class, () -> new StatementParties(List.of("Vietnam"), Origin.TEXT, at));
    }

    @Test
    void aPartnershipCoversItsPartiesInAnyOrderAndNoOthers() {
        Partnership partnership = new Partnership(List.of("Vietnam", "South Korea"), new SourceRef("content/site.yaml", 17));

        assertEquals("Vietnam–South Korea", partnership.label());
        assertTrue(partnership.covers(List.of("South Korea", "Vietnam")));
        assertFalse(partnership.covers(List.of("Vietnam")));
        assertFalse(partnership.covers(List.of("Vietnam", "South Korea", "Japan")));
        assertFalse(partnership.covers(List.of("Vietnam", "Japan")));
    }
}
