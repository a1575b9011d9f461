package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Capitals headings made readable with the case the statement's own prose gives each word. */
class HeadingCaseTest {

    @Test
    void aCapitalsHeadingOfTheSeedTakesItsProsesCase() throws IOException {
        String seed = Files.readString(TestProject.REPO.resolve("seeds/2025-08-11-seoul-joint-statement.txt"));
        HeadingCase headings = new HeadingCase(List.of(seed.split("\n\n")));

        assertEquals("Strengthening political trust and promoting practical cooperation in the fields of diplomacy, national defense and security",
                headings.readable("STRENGTHENING POLITICAL TRUST AND PROMOTING PRACTICAL COOPERATION IN THE FIELDS OF DIPLOMACY, NATIONAL DEFENSE AND SECURITY"));
        assertEquals("Close cooperation with ASEAN and the Republic of Korea in the Mekong sub-region",
                headings.readable("CLOSE COOPERATION WITH ASEAN AND THE REPUBLIC OF KOREA IN THE MEKONG SUB-REGION"));
    }

    @Test
    void aHeadingNotAllInCapitalsOrTooShortStaysAsWritten() {
        HeadingCase headings = new HeadingCase(List.of("The two sides met."));

        assertEquals("Bilateral Cooperation", headings.readable("Bilateral Cooperation"));
        assertEquals("II. ECONOMY", headings.readable("II. ECONOMY"));
    }
}
