package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.SourceRef;
import org.junit.jupiter.api.Test;

class TextKindTest {

    private static String kindOf(String text) {
        return new StatementParser().parse(text, SourceRef.file("x.txt")).kindCandidate();
    }

    @Test
    void aBodyThatOpensByGreetingItsAudienceIsATranscript() {
        assertEquals("transcript", kindOf("Meeting with Prime Minister Kishida of Japan - President Meloni’s press statement\n\n"
                + "Tuesday, 10 January 2023\n\nGood afternoon everyone.\n\nI wish to thank the Prime Minister of Japan for coming.\n"));
        assertEquals("transcript", kindOf("Prime Minister Morrison, I am deeply grateful to you for your extraordinary hospitality.\n\n"
                + "Australia and Korea have built solid cooperation in a wide range of areas.\n"));
    }

    @Test
    void aSpeakerNamedBeforeHisWordsWithAFullStopStillAddressesTheAudience() {
        assertEquals("transcript", kindOf("Remarks Prior to a Meeting With President Joko Widodo of Indonesia\n\n"
                + "President Biden. Mr. President, welcome. Welcome to the White House.\n\nWe've spent a lot of time together.\n"));
        assertEquals("transcript", kindOf("The President. Thank you very much. Please, be seated.\n\n"
                + "It is an honor to welcome the Prime Minister to the White House.\n"));
    }

    @Test
    void thanksToSomethingIsNoGreeting() {
        assertEquals("news report", kindOf("Thanks to the new agreement, Korean companies will take part in mineral projects in "
                + "Kazakhstan.\n\nThe two presidents met in Astana on Wednesday.\n"));
    }

    @Test
    void aCaptionNamingALeaderAndAPlaceIsNoVocative() {
        assertEquals("news report", kindOf("Japan, N.Z. leaders oppose use of force\n\n"
                + "Prime Minister Fumio Kishida, right, and his New Zealand counterpart, Jacinda Ardern, shake hands.\n\n"
                + "TOKYO (Jiji Press) — Prime Minister Fumio Kishida and Jacinda Ardern agreed Thursday to oppose the use of force.\n"));
    }

    @Test
    void oneTurnOfASpeakerNamedByHisRoleMakesATranscript() {
        assertEquals("transcript", kindOf("Kuala Lumpur Convention Centre\n\n2:56 P.M. MYT\n\n"
                + "PRESIDENT OBAMA:  Well, it’s a great pleasure to spend some time with Prime Minister Lee.\n\n"
                + "We talked about the South China Sea.\n"));
        assertEquals("news report", kindOf("Malaysia, South Korea upgrade ties\n\n"
                + "KUALA LUMPUR: Malaysia and South Korea have elevated their bilateral relations to a strategic partnership.\n"),
                "a place before a colon is a dateline");
    }

    @Test
    void aPagesLabelsWithColonsAreNoSpeakerTurns() {
        assertEquals("news report", kindOf("President Park: President Jokowi’s Visit Enhances Indonesia-South Korea Synergy\n\n"
                + "Category: News\n\nRead: 10.313 Views\n\nIn her press statement on Monday, President Park said she was glad.\n"));
    }

    @Test
    void aHeadlineReportingThatAStatementWasIssuedNamesAReport() {
        assertEquals("news report", kindOf("Vietnam and Indonesia Issue Joint Statement to Strengthen Bilateral Relations\n\n"
                + "Jakarta: Vietnam and Indonesia have officially elevated their bilateral relationship.\n"));
    }

    @Test
    void aReportCitingTheStatementIsAReportEvenTitledByIt() {
        assertEquals("news report", kindOf("Vietnam-China joint statement\n\n"
                + "Vietnam and China issued a joint statement on Monday as Chinese Premier Li Qiang concluded his visit.\n\n"
                + "According to the joint statement, the two sides stressed the need to carry forward the traditional friendship.\n"));
    }

    @Test
    void aReportThatHandsOverToTheFullTextIsTheStatement() {
        assertEquals("joint statement", kindOf("Vietnam, China issue joint statement\n\n"
                + "Vietnam and China have issued a joint statement on continuing to deepen their partnership.\n\n"
                + "The following is a translation of the document:\n\n"
                + "1. At the invitation of General Secretary Xi Jinping, General Secretary Nguyen Phu Trong paid a visit.\n"));
    }

    @Test
    void aCitationNamingTheDocumentAReadoutMakesAPressRelease() {
        assertEquals("press release", kindOf("The President met today in New York with Japanese Prime Minister Kan to discuss issues.\n\n"
                + "The two leaders also discussed ways to intensify existing cooperation.\n\n"
                + "Barack Obama, Readout of President Obama's Meeting with Prime Minister of Japan Naoto Kan Online by Gerhard "
                + "Peters and John T. Woolley, The American Presidency Project\n"));
        assertEquals("press release", kindOf("The President met today in New York with Japanese Prime Minister Kan to discuss issues.\n\n"
                + "The two leaders also discussed ways to intensify existing cooperation.\n\n"
                + "Barack Obama, Readout of President Obama's Meeting with Prime Minister of Japan Naoto Kan Online by Gerhard "
                + "Peters and John T. Woolley, The American Presidency Project https://www.presidency.ucsb.edu/node/288123\n"),
                "the cleaning leaves the archive's citation out; it still names the document");
    }
    @Test
    void aPagesLabelForWhatItCarriesGivesTheKindAfterTheTextsOwnForm() {
        assertEquals("press release", kindOf("Press Releases\n\nThailand-UK announce elevation of relations to Strategic Partnership\n\n"
                + "On 20 March 2024, the Deputy Prime Minister and Minister of Foreign Affairs received Lord Cameron.\n"));
        assertEquals("joint statement", kindOf("Press Releases\n\nJoint Statement on the Comprehensive Strategic Partnership\n\n"
                + "The two leaders met in Hanoi on Monday and agreed to deepen ties.\n"), "the document's own form comes first");
    }
}
