package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.model.CleaningRule;
import briefing.model.LeftOut;
import briefing.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors' cleaning rules ({@code content/cleaning.yaml}) as read, and as the parser applies them to
 * a real collected copy: a broadcaster's page with its headline, time stamp, photo captions and credits.
 */
class CleaningRulesReaderTest {

    private static List<CleaningRule> projectRules() {
        Diagnostics diagnostics = new Diagnostics();
        List<CleaningRule> rules = new CleaningRulesReader(new ProjectPaths(TestProject.REPO))
                .read(TestProject.REPO.resolve("content/cleaning.yaml"), diagnostics);
        assertEquals(List.of(), diagnostics.all(), "the project's rules read cleanly, each recognising its example");
        return rules;
    }

    @Test
    void aRealNewsCopyLosesItsHeadlineTimeStampCaptionsAndCreditsButNoParagraph() throws IOException {
        String relative = "corpus/texts/lbc-2023-11-26-japan-china-ministers-seafood-dispute.txt";
        String text = Files.readString(TestProject.REPO.resolve(relative));

        ParsedText parsed = new StatementParser(projectRules()).parse(text, SourceRef.file(relative));

        assertEquals("Japanese and Chinese ministers meet in bid to resolve seafood dispute", parsed.titleCandidate());
        List<String> left = parsed.leftOut().stream().map(l -> l.line() + " " + l.rule()).toList();
        assertTrue(left.contains("1 headline"), left.toString());
        assertTrue(left.contains("3 time stamp"), left.toString());
        assertTrue(left.contains("6 caption ending in a credit"), left.toString());
        assertTrue(parsed.leftOut().stream().anyMatch(l -> l.text().endsWith("(AP Photo/Ahn Young-joon, Pool)")), left.toString());
        assertTrue(parsed.paragraphs().stream().anyMatch(p -> p.text().startsWith("China has placed a ban on Japanese seafood")));
        assertTrue(parsed.paragraphs().stream().noneMatch(p -> p.text().contains("Picture: PA") || p.text().contains("AP Photo")));
        assertTrue(parsed.paragraphs().stream().anyMatch(p -> p.text().startsWith("China calls the discharge")),
                "a short real paragraph stays");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Home > News > Politics", "You are here: Home / News",
            "Skip to main content", "Subscribe to our newsletter", "Share on Facebook Share on Twitter", "Reading Time: 3 minutes",
            "Posted by admin on March 12, 2024", "Tags: Vietnam, Japan, diplomacy", "Most Read Stories This Week"})
    void aSitesNavigationAboveTheHeadlineDoesNotTakeItsPlace(String chrome) {
        String headline = "Japan, China foreign ministers meet for 1st time amid strained ties";
        ParsedText parsed = new StatementParser(projectRules()).parse(chrome + "\n\n" + headline + "\n\n"
                + "The foreign ministers of Japan and China met for the first time Saturday in the South Korean port city of Busan.\n",
                SourceRef.file("x.txt"));

        assertEquals(headline, parsed.titleCandidate());
    }

    @Test
    void aShortHeadlineWithASiteNameAfterItIsNoBreadcrumb() {
        ParsedText parsed = new StatementParser(projectRules()).parse("Vietnam, Japan issue joint statement | Reuters\n\n"
                + "Vietnam and Japan on Monday issued a joint statement on their comprehensive strategic partnership.\n",
                SourceRef.file("x.txt"));

        assertEquals("Vietnam, Japan issue joint statement", parsed.titleCandidate());
    }

    @Test
    void aCaptionGluedAfterAHeadlineGoesAndTheHeadlineStays() {
        ParsedText parsed = new StatementParser(projectRules()).parse(
                "Vietnam, India set forth joint vision for peace, prosperity and people hinh anh 1Prime Minister Nguyen Xuan "
                        + "Phuc and his Indian counterpart Narendra Modi co-chair the Vietnam-India Virtual Summit. (Photo: VNA)\n\n"
                        + "Hanoi (VNA) –\nPrime Minister Nguyen Xuan Phuc and his Indian counterpart Narendra Modi exchanged views "
                        + "on wide-ranging bilateral, regional and global issues.\n",
                SourceRef.file("x.txt"));

        assertEquals("Vietnam, India set forth joint vision for peace, prosperity and people", parsed.titleCandidate());
        assertTrue(parsed.leftOut().stream().anyMatch(l -> l.text().startsWith("hinh anh 1Prime Minister")),
                parsed.leftOut().toString());
    }

    @Test
    void aCreditGluedBeforeTheTextGoesAndTheTextStays() {
        ParsedText parsed = new StatementParser(projectRules()).parse(
                "(Photo: VNA) | At a press conference, the two leaders announced the results of their talks.\n",
                SourceRef.file("x.txt"));

        assertEquals("At a press conference, the two leaders announced the results of their talks.",
                parsed.paragraphs().get(0).text());
        assertEquals(List.of(new LeftOut(1, "(Photo: VNA) |", "credit before the text")), parsed.leftOut());
    }

    @Test
    void aDatelineOpeningTheTextGoesAndTheSameWordsLaterStay() {
        ParsedText parsed = new StatementParser(projectRules()).parse("""
                Japan, China agree to talks on seafood

                TOKYO (Jiji Press) — Prime Minister Fumio Kishida said on Sunday that Japan and China will hold talks.

                SEOUL - The two ministers also met the ASEAN - Korea Centre's director on the same day.
                """, SourceRef.file("x.txt"));

        assertEquals(List.of("Prime Minister Fumio Kishida said on Sunday that Japan and China will hold talks.",
                        "SEOUL - The two ministers also met the ASEAN - Korea Centre's director on the same day."),
                parsed.paragraphs().stream().map(p -> p.text()).toList(), "only the first line's opening is a dateline");
        assertTrue(parsed.leftOut().contains(new LeftOut(3, "TOKYO (Jiji Press) —", "dateline opening the text")), parsed.leftOut().toString());
    }

    @Test
    void aDatelineBelowALeadAndACaptionStillGoes() {
        ParsedText parsed = new StatementParser(projectRules()).parse("""
                Japan, N.Z. leaders oppose use of force

                The two leaders met in Tokyo on Thursday, the first visit by a New Zealand leader in four years.
                Leaders of the two countries after their talks in Tokyo

                TOKYO (Jiji Press) — Prime Minister Fumio Kishida and his visiting New Zealand counterpart agreed Thursday.
                """, SourceRef.file("x.txt"));

        assertTrue(parsed.leftOut().contains(new LeftOut(6, "TOKYO (Jiji Press) —", "dateline opening the text")),
                parsed.leftOut().toString());
        assertTrue(parsed.paragraphs().stream().anyMatch(p -> p.text().startsWith("The two leaders met in Tokyo")),
                "the lead above the dateline stays");
        assertTrue(parsed.paragraphs().stream().anyMatch(p -> p.text().startsWith("Prime Minister Fumio Kishida and")));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Prime Minister Fumio Kishida, right, and his New Zealand counterpart, Jacinda Ardern, shake hands after their "
                    + "joint press conference in Tokyo on Thursday.",
            "Delegation of South Korea, centre, China, right, and Japan, left, attend the trilateral foreign ministers’ meeting",
            "Brazil’s President Luiz Inacio Lula da Silva and China’s President Xi Jinping shake hands as they sign bilateral "
                    + "agreements, in Brasilia, Brazil November 20, 2024. REUTERS/Adriano Machado",
            "Prime Minister Narendra Modi with Indonesian President Prabowo Subianto, at the Hyderabad House in New Delhi, "
                    + "Saturday, Jan. 25, 2025. (Photo| PTI)",
            "Indonesian President Joko Widodo and South Korean President Moon Jae-in met in Blue House, Seoul on Monday "
                    + "(10/09) - Photo by President Office",
            "South Korean President Yoon Suk-yeol enters a welcoming ceremony in Astana on June 12, 2024./ Source: Yonhap News",
            "Xi Jinping (L) and Frank Bainimarama (R) signed five agreements.(AFP)",
            "The leaders pose for a family photo before the summit in Jakarta on Tuesday.",
            "By Pacific affairs reporter Liam Fox, wires", "Song Minh |", "Written by 10:23 am Source News Views: 0",
            "By Office of Assistant to Deputy Cabinet Secretary for State Documents & Translation     Date 16 Mei 2016",
            "Posted , updated", "Tuesday, 10 January 2023", "May 07, 2016 - 11:34", "Updated: January 6, 2022 08:47 Xinhua",
            "Brussels, 14 December 2022", "3 min reading time", "Go Top", "Editor's Pick", "Click to share the News",
            "About KBS Go to KBS", "Official websites use .gov", "Copyright© www.gov.cn | About us | Contact us",
            "Website Identification Code bm01000001 Registration Number: 05070218", "[Translation]",
            "The exact wording (English) PDF, 152 KB, not barrier-free of the Joint Declaration of Intent can be found here.",
            "(Reporting by Trevor Hunnicutt in Washington; Editing by Jane Doe)", "Editor: Li Jia", "Read also: Vietnam, Japan "
                    + "upgrade ties", "READ MORE: Japan and China talk over seafood dispute", "Story continues below advertisement",
            "Chinese Premier Li Qiang meets Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Monday. [Photo/Xinhua]",
            "27/11/2023 10:23", "Updated 10:23 AM ET, Mon November 27, 2023", "Published: 14:52 GMT+7, 18 October 2022",
            "Check against delivery", "- ENDS -", "All rights reserved.", "(Photograph: AFP)", "Copy link", "5 hours ago",
            "Barack Obama, Readout of President Obama's Meeting with Prime Minister of Japan Naoto Kan Online by Gerhard Peters "
                    + "and John T. Woolley, The American Presidency Project https://www.presidency.ucsb.edu/node/290602"})
    void aLineOfCollectionNoiseGoesWhole(String noise) {
        ParsedText parsed = new StatementParser(projectRules()).parse(noise + "\n", SourceRef.file("x.txt"));

        assertEquals(List.of(), parsed.paragraphs().stream().map(p -> p.text()).toList(), parsed.leftOut().toString());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "The two leaders shook hands and posed for photographs before their talks on the ASEAN/Mekong framework.",
            "President Yoon, who left Seoul on Monday, and Prime Minister Anwar held talks on the right to development.",
            "Both sides welcomed the signing on 14 December 2022 in Brussels of the agreement, a copy of which is available.",
            "By 2030, the two countries aim to raise bilateral trade to US$50 billion, Prime Minister Modi said.",
            "The two sides agreed to share information on the registration of vessels and the number of licences issued.",
            "Reporting by the ministries of both countries on the plan will continue each year.",
            "The leaders agreed that the editors of their news agencies will meet in Hanoi on 27 November 2023.",
            "See you in Tokyo next year, the Prime Minister told his guest at the end of the press conference.",
            "President Marcos, right, and I agreed to meet again next year to review what we have done.",
            "Today we shake hands as partners, and our peoples will remember it."})
    void aRealParagraphWithTheSameWordsStays(String paragraph) {
        ParsedText parsed = new StatementParser(projectRules()).parse(paragraph + "\n", SourceRef.file("x.txt"));

        assertEquals(List.of(paragraph), parsed.paragraphs().stream().map(p -> p.text()).toList(), parsed.leftOut().toString());
    }

    @Test
    void aWireCreditGluedToTheLastParagraphGoesAndTheParagraphStays() {
        ParsedText parsed = new StatementParser(projectRules()).parse(
                "Education remains a cornerstone of Malaysia's ties with Australia, he said. - Bernama\n", SourceRef.file("x.txt"));

        assertEquals("Education remains a cornerstone of Malaysia's ties with Australia, he said.", parsed.paragraphs().get(0).text());
    }

    @Test
    void aCaptionSetTwiceGoesBothTimesAndAHeadlineItBeginsWithStays() {
        // As newindianexpress-2025-01-25 (train) sets its caption: the picture's text, then again with its credit.
        String caption = "Prime Minister Narendra Modi with Indonesian President Prabowo Subianto, at the Hyderabad House in "
                + "New Delhi, Saturday, Jan. 25, 2025.";
        ParsedText parsed = new StatementParser(projectRules()).parse("Modi meets Indonesian President Prabowo Subianto\n\n"
                + caption + "\n" + caption + " (Photo| PTI)\n\nNEW DELHI: India and Indonesia agreed to instil a new momentum "
                + "into their ties.\n\nModi meets Indonesian President Prabowo Subianto in New Delhi. (Photo| PTI)\n", SourceRef.file("x.txt"));

        assertTrue(parsed.leftOut().contains(new LeftOut(3, caption, "repeat of a line left out")), parsed.leftOut().toString());
        assertEquals(List.of("India and Indonesia agreed to instil a new momentum into their ties."),
                parsed.paragraphs().stream().map(p -> p.text()).toList());
        assertEquals("Modi meets Indonesian President Prabowo Subianto", parsed.titleCandidate());
    }

    @Test
    void belowTheFirstLineALabelBeforeAColonIsNoDateline() {
        ParsedText parsed = new StatementParser(projectRules()).parse("""
                FACT SHEET: Strengthening the U.S.-Philippines Alliance

                The Vice President announced new initiatives to strengthen the alliance.

                Maritime Security: The United States will provide additional assistance to the Philippine Coast Guard.
                """, SourceRef.file("x.txt"));

        assertEquals(List.of("The Vice President announced new initiatives to strengthen the alliance.",
                "Maritime Security: The United States will provide additional assistance to the Philippine Coast Guard."),
                parsed.paragraphs().stream().map(p -> p.text()).toList(), parsed.leftOut().toString());
    }

    @Test
    void aSpeakersTurnIsNoDateline() {
        String turn = "SECRETARY BLINKEN: Well, good morning, everyone. It is always a pleasure to welcome the minister.";
        ParsedText parsed = new StatementParser(projectRules()).parse(turn + "\n", SourceRef.file("x.txt"));

        assertEquals(turn, parsed.paragraphs().get(0).text(), "the speaker stays with the words");
        assertTrue(parsed.leftOut().stream().noneMatch(l -> l.rule().equals("dateline opening the text")), parsed.leftOut().toString());
    }

    @Test
    void theSeedsLoseOnlyTheRepublishersIntroduction() throws IOException {
        Map<String, List<String>> leftOut = new java.util.LinkedHashMap<>();
        for (String seed : List.of("seeds/2025-08-11-seoul-joint-statement.txt", "seeds/2023-06-23-hanoi-summit-press-meeting.txt")) {
            ParsedText parsed = new StatementParser(projectRules())
                    .parse(Files.readString(TestProject.REPO.resolve(seed)), SourceRef.file(seed));
            leftOut.put(seed, parsed.leftOut().stream().map(l -> l.line() + " " + l.rule() + ": " + l.text()).toList());
        }
        assertEquals(Map.of("seeds/2025-08-11-seoul-joint-statement.txt", List.of("2 publisher's introduction: VietNamNet respectfully "
                        + "introduces the joint statement on deepening the Vietnam - Korea Comprehensive Strategic Partnership."),
                "seeds/2023-06-23-hanoi-summit-press-meeting.txt", List.of()), leftOut);
    }

    @Test
    void aBadPatternAndAPatternMissingItsExampleAreErrorsAtTheirLines(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cleaning.yaml"), """
                rules:
                  broken:
                    pattern: '(Photo'
                    removes: line
                    example: "(Photo"
                  misses:
                    pattern: 'Share'
                    removes: line
                    example: "Share this"
                  vague:
                    pattern: 'x'
                    removes: lines
                    example: "x"
                """);
        Diagnostics diagnostics = new Diagnostics();

        List<CleaningRule> rules = new CleaningRulesReader(new ProjectPaths(dir)).read(dir.resolve("cleaning.yaml"), diagnostics);

        assertTrue(rules.isEmpty());
        List<String> messages = diagnostics.all().stream().map(Diagnostic::format).toList();
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("cleaning.yaml:3:14: error: the pattern of 'broken' is not a regular expression"), messages.get(0));
        assertTrue(messages.get(1).startsWith("cleaning.yaml:9:14: error: the pattern of 'misses' does not recognise its own example"), messages.get(1));
        assertTrue(messages.get(2).startsWith("cleaning.yaml:12:14: error: removes 'lines' is not one of line, part, opening"), messages.get(2));
        assertFalse(messages.get(2).contains("hint: \n"), messages.get(2));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "(c) strengthening supply chain resilience, including for critical minerals;",
            "Photovoltaic cooperation and clean hydrogen",
            "Imagery and satellite data sharing between the two space agencies was agreed.",
            "The two sides welcomed the Japan-Indonesia Economic Partnership Agreement (EPA)",
            "By Working Together, the Two Countries Will Achieve More.",
            "By 2030, the two sides aim to double bilateral trade.",
            "(C) Cooperation in science and technology, including (i) joint research and (ii) training."})
    void realStatementTextSurvivesTheRules(String line) {
        ParsedText parsed = new StatementParser(projectRules()).parse(line + "\n\nThe two leaders met in Hanoi on Monday.\n",
                SourceRef.file("x.txt"));

        assertTrue(parsed.paragraphs().stream().anyMatch(p -> p.text().equals(line)) || parsed.titleCandidate().equals(line),
                () -> line + " was left out as " + parsed.leftOut());
        assertTrue(parsed.leftOut().stream().noneMatch(l -> !l.rule().equals("headline")), parsed.leftOut().toString());
    }

    @org.junit.jupiter.api.Test
    void aPatternThatWouldBacktrackForeverGivesUpOnTheLine() {
        String hostile = "Photo" + " ".repeat(5000) + "." + "\n\n(" + "Source:" + " ".repeat(5000) + "x\n";

        ParsedText parsed = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> new StatementParser(projectRules()).parse(hostile, SourceRef.file("x.txt")));

        assertFalse(parsed.paragraphs().isEmpty());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Excellencies, ladies and gentlemen,"})
    void aSalutationIsNotTheHeadline(String first) {
        ParsedText parsed = new StatementParser(projectRules()).parse(first + "\n\nThe two leaders met in Seoul to open a new chapter.\n",
                SourceRef.file("x.txt"));

        assertTrue(parsed.leftOut().isEmpty(), parsed.leftOut().toString());
        assertEquals(first, parsed.paragraphs().get(0).text());
    }

    @org.junit.jupiter.api.Test
    void aPlaceAndDateAloneOnALineIsNeitherTheHeadlineNorAParagraph() {
        // As ec-2022-12-14 (train) sets "Brussels, 14 December 2022": the corpus labels such a line noise.
        ParsedText parsed = new StatementParser(projectRules()).parse("Seoul, 14 March 2024\n\nThe two leaders met in Seoul to open "
                + "a new chapter.\n", SourceRef.file("x.txt"));

        assertEquals(List.of(new LeftOut(1, "Seoul, 14 March 2024", "place and date alone on a line")), parsed.leftOut());
        assertEquals("The two leaders met in Seoul to open a new chapter.", parsed.paragraphs().get(0).text());
        assertTrue(!parsed.titleCandidate().startsWith("Seoul, 14 March"), parsed.titleCandidate());
    }

    @org.junit.jupiter.api.Test
    void aCaptionThatPlacesItsPeopleIsLeftOut() {
        // The first line of straitstimes-2018-09-10 (train): a photo caption with no credit.
        String caption = "Indonesian President Joko Widodo (left) and South Korean President Moon Jae-in at a joint press "
                + "conference in Seoul on Sept 10, 2018. Mr Joko is on a three-day tour of South Korea.";
        ParsedText parsed = new StatementParser(projectRules()).parse(
                caption + "\n\nSEOUL - South Korea and Indonesia have agreed to strengthen bilateral ties.\n", SourceRef.file("x.txt"));

        assertTrue(parsed.leftOut().stream().anyMatch(l -> l.rule().equals("caption naming who stands where")), parsed.leftOut().toString());
        assertTrue(parsed.paragraphs().stream().noneMatch(p -> p.text().contains("(left)")));
    }
}
