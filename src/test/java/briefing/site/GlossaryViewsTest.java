package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.GlossaryEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryViewsTest {

    private static final GlossaryEntry AKFTA = new GlossaryEntry("akfta", "AKFTA", "ASEAN - Korea Free Trade Agreement", List.of(),
            null, List.of("AKFTA", "ASEAN - Korea Free Trade Agreement"), null, List.of());

    @Test
    void aMarkedAcronymIsExplainedByItsFullName() {
        assertEquals("ASEAN - Korea Free Trade Agreement", GlossaryViews.title(AKFTA, "AKFTA"));
    }

    @Test
    void aMarkedFullNameIsNotRepeatedInItsHoverTextOnlyItsAcronym() {
        assertEquals("AKFTA", GlossaryViews.title(AKFTA, "ASEAN - Korea Free Trade Agreement"));
        assertEquals("AKFTA", GlossaryViews.title(AKFTA, "ASEAN -  Korea Free\nTrade Agreement"));
    }

    @Test
    void anEntryWithoutAFullNameIsTitledByItsTerm() {
        GlossaryEntry mou = new GlossaryEntry("ai", "AI", null, List.of(), null, List.of("AI"), null, List.of());
        assertEquals("AI", GlossaryViews.title(mou, "AI"));
    }
}
