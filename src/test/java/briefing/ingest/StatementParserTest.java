package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.model.LeftOut;
import briefing.model.Paragraph;
import briefing.model.ParagraphRole;
import briefing.model.Section;
import briefing.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatementParserTest {

    private static final String JOINT_STATEMENT = "seeds/2025-08-11-seoul-joint-statement.txt";
    private static final String PRESS_REPORT = "seeds/2023-06-23-hanoi-summit-press-meeting.txt";

    private static ParsedText parseFile(String relative) throws IOException {
        return new StatementParser().parse(Files.readString(TestProject.REPO.resolve(relative)), SourceRef.file(relative));
    }

    private static ParsedText parse(String text) {
        return new StatementParser().parse(text, SourceRef.file("x.txt"));
    }

    private static List<ParagraphRole> roles(ParsedText text) {
        return text.paragraphs().stream().map(Paragraph::role).toList();
    }

    @Test
    void jointStatementHas23NumberedParagraphsUnderSixSectionHeadings() throws IOException {
        // The seeds README and issue 2 say five headings; the text has six upper-case heading lines
        // (lines 7, 11, 18, 22, 26 and 30), and the measurement wins.
        ParsedText text = parseFile(JOINT_STATEMENT);

        List<Paragraph> numbered = text.paragraphs().stream().filter(p -> p.role() == ParagraphRole.NUMBERED).toList();
        assertEquals(23, numbered.size());
        assertEquals(IntStream.rangeClosed(1, 23).mapToObj(n -> "p" + n).toList(),
                numbered.stream().map(Paragraph::anchor).toList());
        assertEquals(List.of(7, 11, 18, 22, 26, 30), text.sections().stream().map(s -> s.source().line()).toList());
        assertTrue(text.sections().get(0).title().startsWith("STRENGTHENING POLITICAL TRUST"));
        assertEquals(text.sections().get(1).anchor(), text.paragraph("p4").sectionAnchor());
        assertEquals(text.sections().get(5).anchor(), text.paragraph("p23").sectionAnchor());
    }

    @Test
    void jointStatementKeepsPreambleContinuationAndClosing() throws IOException {
        ParsedText text = parseFile(JOINT_STATEMENT);
        List<Paragraph> paragraphs = text.paragraphs();

        assertEquals(5, roles(text).stream().filter(r -> r == ParagraphRole.PREAMBLE).count());
        assertTrue(paragraphs.get(0).text().startsWith("At the invitation of President"));
        Paragraph afterSeventeen = paragraphs.get(paragraphs.indexOf(text.paragraph("p17")) + 1);
        assertEquals(ParagraphRole.CONTINUATION, afterSeventeen.role());
        assertTrue(afterSeventeen.text().startsWith("In addition, the two sides welcomed"));
        Paragraph last = paragraphs.get(paragraphs.size() - 1);
        assertEquals(ParagraphRole.CLOSING, last.role());
        assertTrue(last.text().startsWith("The two sides agreed that the state visit"));
        assertNull(last.sectionAnchor(), "the closing stands outside the last section");
    }

    @Test
    void collectionNoiseIsKeptOutOfTheTextAndReportedAsFacts() throws IOException {
        ParsedText joint = parseFile(JOINT_STATEMENT);
        ParsedText report = parseFile(PRESS_REPORT);

        assertEquals(Optional.of("https://vietnamnet.vn/tuyen-bo-chung-ve-lam-sau-sac-hon-quan-he-viet-nam-han-quoc-2430975.html"),
                joint.sourceUrl());
        assertEquals(Optional.of(LocalDate.of(2023, 6, 23)), report.markerDate());
        for (ParsedText text : List.of(joint, report)) {
            for (Paragraph p : text.paragraphs()) {
                assertFalse(p.text().startsWith("Source:") || p.text().startsWith("Comment (") || p.text().contains(" date 20"),
                        "noise left in " + p.anchor() + ": " + p.text());
            }
        }
        assertTrue(report.paragraphs().get(0).text().startsWith("Both parties have agreed"));
        assertEquals(1, report.paragraphs().get(0).source().line());
    }

    @Test
    void pressReportIsSixteenUnnumberedProseParagraphs() throws IOException {
        ParsedText report = parseFile(PRESS_REPORT);

        assertEquals(16, report.paragraphs().size());
        assertTrue(roles(report).stream().allMatch(r -> r == ParagraphRole.BODY));
        assertTrue(report.sections().isEmpty());
        Paragraph trade = report.paragraphs().get(14);
        assertEquals("in-2022-the-bilateral-trade-volume", trade.anchor());
        assertEquals(29, trade.source().line());
    }

    @Test
    void unnumberedAnchorsDoNotMoveWhenTextElsewhereChanges() throws IOException {
        String original = Files.readString(TestProject.REPO.resolve(PRESS_REPORT));
        String edited = original.replace("In 2022, the bilateral", "An inserted paragraph about nothing.\n\nIn 2022, the bilateral")
                .replace("Both parties have agreed to intensify", "Both parties have agreed to intensify and widen");

        List<String> before = parse(original).paragraphs().stream().map(Paragraph::anchor).toList();
        List<String> after = parse(edited).paragraphs().stream().map(Paragraph::anchor).toList();

        assertEquals(before.size() + 1, after.size());
        assertTrue(after.containsAll(before), "every old anchor still exists: " + before + " vs " + after);
    }

    @Test
    void multiLevelNumberingGivesDashedAnchorsAndSubheadings() {
        ParsedText text = parse("""
                1. ECONOMIC COOPERATION

                2.1 Trade and investment

                2.1.1 The two sides will raise trade to US$150 billion by 2030.

                This continues the paragraph above.

                2.1.2 The Korean side will encourage investment.
                """);

        assertEquals(List.of("1. ECONOMIC COOPERATION", "2.1 Trade and investment"),
                text.sections().stream().map(Section::title).toList());
        assertEquals(List.of("p2-1-1", "this-continues-the-paragraph-above", "p2-1-2"),
                text.paragraphs().stream().map(Paragraph::anchor).toList());
        assertEquals("2.1.1", text.paragraph("p2-1-1").number());
        assertEquals(ParagraphRole.CONTINUATION, text.paragraphs().get(1).role());
    }

    @Test
    void numbersThatRestartPerSectionAreQualifiedBySection() {
        ParsedText text = parse("""
                POLITICS

                1. The first political point.

                2. The second political point.

                ECONOMY

                1. The first economic point.
                """);

        assertEquals(List.of("s1-p1", "s1-p2", "s2-p1"), text.paragraphs().stream().map(Paragraph::anchor).toList());
    }

    @Test
    void yearsAndCountsAtLineStartAreNotParagraphNumbers() {
        ParsedText text = parse("""
                1982 was the year of the convention, and nothing here is numbered.

                17 cooperation documents were exchanged.

                2.5 percent growth was reported.
                """);

        assertTrue(text.paragraphs().stream().noneMatch(p -> p.number() != null));
    }

    @Test
    void hardWrappedParagraphsAreJoinedAndDatelineGivesTheDate() throws IOException {
        ParsedText text = parseFile("src/test/resources/layouts/seoul-dateline-report.txt");

        assertEquals(3, text.paragraphs().size());
        assertTrue(text.paragraphs().get(0).text().contains("agreed on Thursday to expand"), "wrapped lines are joined with a space");
        assertEquals(Optional.of(LocalDate.of(2024, 3, 14)), text.datelineDate());
        assertTrue(text.paragraphs().stream().noneMatch(p -> p.text().contains("![](")), "image stubs removed");
        assertEquals(Optional.of("https://en.yna.co.kr/view/AEN20240314000000320"), text.sourceUrl());
    }

    @Test
    void transcriptTurnsKeepTheirSpeakerAcrossParagraphs() throws IOException {
        ParsedText text = parseFile("src/test/resources/layouts/press-conference-transcript.txt");

        assertTrue(text.transcript());
        List<String> speakers = text.paragraphs().stream().map(p -> String.valueOf(p.speaker())).toList();
        assertEquals(List.of("MODERATOR", "PRESIDENT YOON", "PRESIDENT YOON", "PRESIDENT THUONG", "Q",
                "PRESIDENT YOON", "MODERATOR"), speakers);
        assertTrue(text.paragraphs().get(1).text().startsWith("Thank you. Today we agreed"), "label is not part of the text");
        assertEquals("Joint press conference, Hanoi", text.titleCandidate(), "the headline is the title, not a paragraph");
    }

    @Test
    void leadingUnnumberedHeadingIsTheTitleNotASection() throws IOException {
        ParsedText text = parseFile("src/test/resources/layouts/action-plan-multilevel.txt");

        assertEquals("ACTION PLAN FOR THE COMPREHENSIVE STRATEGIC PARTNERSHIP 2024-2027", text.titleCandidate());
        assertEquals("1. POLITICAL AND SECURITY COOPERATION", text.sections().get(0).title());
        assertEquals(ParagraphRole.PREAMBLE, text.paragraphs().get(0).role());
        assertEquals(ParagraphRole.CLOSING, text.paragraphs().get(text.paragraphs().size() - 1).role());
    }

    @Test
    void titleCandidateIsTheFirstSentenceShortened() throws IOException {
        String title = parseFile(JOINT_STATEMENT).titleCandidate();

        assertTrue(title.startsWith("At the invitation of President of the Republic of Korea"), title);
        assertTrue(title.length() <= 112 && title.endsWith("…"), title);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Joint Statement on the Comprehensive Strategic Partnership|joint statement",
            "Vietnam, Japan issue joint statement on new partnership|news report",
            "FACT SHEET: Vice President Harris Launches New Initiatives|fact sheet",
            "Readout of President Biden's Meeting with Prime Minister Kishida|press release",
            "Leaders agree to expand trade and investment ties|news report",
            "French-German Declaration of Toulouse (16 October 2019)|joint statement",
            "Hanoi leaders sign declaration on maritime cooperation|news report"})
    void theKindComesFromTheTextsForm(String headline, String kind) {
        ParsedText text = parse(headline + "\n\nThe two leaders met in Hanoi on Monday and agreed to deepen ties.\n");

        assertEquals(kind, text.kindCandidate());
    }

    @Test
    void anOpeningThatHandsOverToTheFollowingJointStatementMakesOne() {
        ParsedText text = parse("The Prime Minister of Canada and the President of Mexico issued the following joint statement "
                + "on the occasion of the state visit.\n\nThe governments of Canada and Mexico affirmed the importance of the partnership.\n");
        assertEquals("joint statement", text.kindCandidate());
        assertEquals("news report", parse("The two leaders issued a joint statement after their talks on Monday.\n\n"
                + "They agreed to deepen ties in trade.\n").kindCandidate(), "a report that a statement was issued is a report");
    }

    @Test
    void numberedParagraphsMakeAJointStatementAndSpeakerTurnsATranscript() throws IOException {
        assertEquals("joint statement", parseFile(JOINT_STATEMENT).kindCandidate());
        assertEquals("transcript", parseFile("src/test/resources/layouts/press-conference-transcript.txt").kindCandidate());
        assertEquals("news report", parseFile(PRESS_REPORT).kindCandidate());
    }

    private static final String LEAD = "During the EU-ASEAN Commemorative Summit, the EU and its Member States, in a Team "
            + "Europe approach, announced the mobilisation of €10 billion as part of Global Gateway.\n";

    @Test
    void aLineThePageRepeatsBeforeTheTextIsItsHeadlineNotTheMenuAboveIt() {
        ParsedText text = parse("Menu Content\n\nSearch\n\nAbout KBS Go to KBS\nGo Top\n\nPolitics\n\n"
                + "S. Korea, Turkmenistan Agree to Jointly Seek 'K-Silk Road Initiative'\n\nWritten: 2024-06-10 22:49:04\n\n"
                + "S. Korea, Turkmenistan Agree to Jointly Seek 'K-Silk Road Initiative'\n\n" + LEAD);

        assertEquals("S. Korea, Turkmenistan Agree to Jointly Seek 'K-Silk Road Initiative'", text.titleCandidate());
        ParsedText furniture = parse("EU and ASEAN Leaders Announce a Ten Billion Euro Investment Package\n\n"
                + "Print this page for your records\n\nFollow the ministry on social media\n\nPrint this page for your records\n\n" + LEAD);
        assertEquals("EU and ASEAN Leaders Announce a Ten Billion Euro Investment Package", furniture.titleCandidate(),
                "repeated page furniture does not beat a longer headline");
    }

    @Test
    void siteNamesDatesAndSectionLabelsAboveTheHeadlineAreLeftOutAndItsDateLineIsTheDate() {
        ParsedText text = parse("May 18, 2024\nGlobal Renewable News\n\nTHE WHITE HOUSE\nVice President Harris Launches "
                + "New Initiatives to Strengthen U.S.-Philippines Alliance\n\nNovember 24, 2022\n\n" + LEAD);

        assertEquals("Vice President Harris Launches New Initiatives to Strengthen U.S.-Philippines Alliance", text.titleCandidate());
        assertEquals(List.of("May 18, 2024", "Global Renewable News", "THE WHITE HOUSE"), text.leftOut().stream()
                .filter(l -> l.rule().equals("above the headline")).map(LeftOut::text).toList());
        assertEquals(Optional.of(LocalDate.of(2022, 11, 24)), text.datelineDate(), "the republisher's date stands above");
    }

    @Test
    void menuItemsAndALanguageLabelAreNotTheHeadline() {
        ParsedText menu = parse("- California Assembly OKs highest minimum wage in nation\n- S. Korea unveils first graphic "
                + "cigarette warnings\nYoon, Australia PM agree to increase cooperation in defense, arms\n" + "South Korean "
                + "President Yoon Suk Yeol and Australian Prime Minister Anthony Albanese agreed Friday to increase "
                + "cooperation in the defense and arms industries, the presidential office said.\n");
        ParsedText english = parse(" date 2022-10-18 English  \nAustralia, Singapore Hold Annual Leaders' Meeting\n\n" + LEAD);

        assertEquals("Yoon, Australia PM agree to increase cooperation in defense, arms", menu.titleCandidate());
        assertEquals("Australia, Singapore Hold Annual Leaders' Meeting", english.titleCandidate());
    }

    @Test
    void aLabelGluedBeforeTheHeadlineAndASiteNameAfterItAreTakenOff() {
        ParsedText glued = parse("Americas Columns\n\nFROM THE WHITE HOUSE Joint Statement of the Leaders of the Philippines "
                + "and United States\n\n" + LEAD);
        ParsedText suffix = parse("EU pledges 10 billion euro investment in Southeast Asia – Xinhua\n\n" + LEAD);

        assertEquals("Joint Statement of the Leaders of the Philippines and United States", glued.titleCandidate());
        assertEquals("EU pledges 10 billion euro investment in Southeast Asia", suffix.titleCandidate());
        assertTrue(suffix.leftOut().stream().anyMatch(l -> l.text().endsWith("– Xinhua")), "the whole line is left out");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Declaration of the Leaders of Japan and Vietnam",
            "Leaders of Japan and Vietnam agree to deepen ties"})
    void aDocumentsTitleOrAHeadlineWithItsVerbIsNoName(String line) {
        assertTrue(Headline.readsAsHeadline(line));
    }

    @Test
    void aHeadlineInCapitalsIsOneButASitesLabelInCapitalsIsNot() {
        ParsedText text = parse("THE WHITE HOUSE\n\nVICE PRESIDENT HARRIS LAUNCHES NEW INITIATIVES TO STRENGTHEN U.S.-PHILIPPINES "
                + "ALLIANCE\n\nNovember 24, 2022\n\nThe United States and the Philippines enjoy an alliance and partnership based on "
                + "deep historical, economic, and cultural ties.\n");

        assertEquals("VICE PRESIDENT HARRIS LAUNCHES NEW INITIATIVES TO STRENGTHEN U.S.-PHILIPPINES ALLIANCE", text.titleCandidate());
        assertEquals("S. KOREA, KAZAKHSTAN SIGN MOUS TO BOOST COOPERATION ON KEY MINERALS", parse("S. KOREA, KAZAKHSTAN SIGN MOUS "
                + "TO BOOST COOPERATION ON KEY MINERALS\n\nPresident Yoon Suk-yeol and Kazakh President Kassym-Jomart Tokayev held "
                + "a summit on Wednesday and established a partnership.\n").titleCandidate(), "an initial is no section letter");
    }

    @Test
    void aHeadlineMayAsk() {
        assertEquals("What did Marcos and Kishida agree on in Tokyo?", parse("What did Marcos and Kishida agree on in Tokyo?\n\n"
                + "As the Philippines and Japan agreed to strengthen their ties in various areas, the two governments also "
                + "reached mutual positions on issues concerning the region.\n").titleCandidate());
    }

    @Test
    void aHeadlineSetTwiceWithoutABlankLineIsNoWrappedParagraph() {
        String headline = "Vietnam and Indonesia Issue Joint Statement to Strengthen Bilateral Relations";
        ParsedText text = parse(headline + "\n" + headline + "\nJakarta, The Gulf Observer: Vietnam and Indonesia have officially "
                + "elevated their bilateral relationship to a Comprehensive Strategic Partnership, marking a significant step.\n");

        assertEquals(headline, text.titleCandidate());
    }

    @Test
    void aSummarysBulletsAboveTheHeadlineDoNotHideIt() {
        ParsedText text = parse("Cliff Notes\n- The UK and India have finalised a significant trade deal, reducing tariffs on products "
                + "like whisky and gin, with expectations of a large increase in bilateral trade.\n"
                + "- The agreement aims for a boost to the UK economy and is the largest trade deal since leaving the EU.\n"
                + "Reduced tariffs on whisky and gin as UK and India strike ‘historic’ trade deal\n"
                + "The UK and India have struck an “ambitious” trade deal that will slash tariffs on products such as whisky and gin.\n");

        assertEquals("Reduced tariffs on whisky and gin as UK and India strike ‘historic’ trade deal", text.titleCandidate());
    }

    @Test
    void aTitleGivenAsAFieldIsTheHeadlineWhateverTheDatabaseSetsAboveIt() {
        ParsedText text = parse("\"The World and Japan\" Database (Project Leader: TANAKA Akihiko)\n"
                + "Database of Japanese Politics and International Relations\n\n"
                + "[Title] Chairman's Statement of the Tenth ASEAN-Japan Summit\n\n[Place] Cebu, Philippines\n\n"
                + "1. The Tenth ASEAN-Japan Summit chaired by the President of the Philippines was convened on 14 January 2007.\n");

        assertEquals("Chairman's Statement of the Tenth ASEAN-Japan Summit", text.titleCandidate());
        assertTrue(text.leftOut().stream().anyMatch(l -> l.text().equals("[Title]")), text.leftOut().toString());
        assertTrue(text.paragraphs().stream().noneMatch(p -> p.text().startsWith("Database of Japanese")),
                "the database's header stands above the headline");
    }

    @Test
    void aLongOfficialTitleWithInitialsAndAWrappedTitleAreWhole() {
        String official = "Statements by President Ferdinand R. Marcos Jr. and Japanese Prime Minister Fumio Kishida at the "
                + "Documents Exchange Ceremony and Joint Press Occassion";
        ParsedText wrapped = parse("Joint Statement\non the New Partnership Between Japan and Cambodia\n\n\n" + LEAD);

        assertEquals(official, parse(official + "\n\nSpeeches 9 February 2023\n\n" + LEAD).titleCandidate());
        assertEquals("Joint Statement on the New Partnership Between Japan and Cambodia", wrapped.titleCandidate());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Joe Biden", "Making news", "Hanoi (VNA) –", "Song Minh |",
            "Brussels, 14 December 2022"})
    void aNameALabelOrADatelineIsNotTheHeadlineNorTheTitle(String line) {
        ParsedText text = parse(line + "\n\n" + LEAD);

        assertTrue(text.titleCandidate().startsWith("During the EU-ASEAN Commemorative Summit"), text.titleCandidate());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Kuala Lumpur, Malaysia", "Kuala Lumpur Convention Centre",
            "Global Renewable News", "- S. Korea unveils first graphic cigarette warnings", "Jiji Press",
            "Wahyu Dwi Anggoro • 18 October 2022 14:52", "Ministry of Foreign Affairs of Japan", "Office of the Spokesperson"})
    void aPlaceANameAMenuItemOrAByLineDoesNotReadAsAHeadline(String line) {
        assertFalse(Headline.readsAsHeadline(line));
    }

    @Test
    void withoutAHeadlineTheTitleIsTheFirstSentenceNeverACaptionOrDatelineAndNeverCutAtAnInitial() {
        ParsedText antara = parse("Indonesian Foreign Minister Retno Marsudi (right) shakes hands with her Chinese counterpart, "
                + "Qin Gang, at Gedung Pancasila, Jakarta, on Wednesday.\nJakarta (ANTARA) – Indonesia and China have agreed "
                + "to strengthen bilateral trade and investment cooperation.\n");
        ParsedText readout = parse("President Joseph R. Biden, Jr. met with Prime Minister Kishida Fumio of Japan in San "
                + "Francisco today to discuss global and regional security issues and to advance cooperation.\n");
        ParsedText preamble = parse("PREAMBULAR STATEMENT\n1. Since the formal establishment of bilateral ties on 03 March "
                + "1949, the two countries have grown close.\n2. The close and vibrant relations are underpinned by "
                + "shared sacrifice.\n");

        assertEquals("Indonesia and China have agreed to strengthen bilateral trade and investment cooperation",
                antara.titleCandidate());
        assertTrue(readout.titleCandidate().startsWith("President Joseph R. Biden, Jr. met with Prime Minister Kishida"),
                readout.titleCandidate());
        assertTrue(readout.titleCandidate().endsWith("…") && readout.titleCandidate().length() <= 111, readout.titleCandidate());
        assertEquals("Since the formal establishment of bilateral ties on 03 March 1949, the two countries have grown close",
                preamble.titleCandidate());
        assertEquals(Optional.empty(), preamble.datelineDate(), "a date after 'since' is history");
    }

    @Test
    void theMarkerCompletesADatelineAndAWeekdayReadsBackFromIt() {
        ParsedText xinhua = parse(" date 2023-02-23 China, Indonesia agree to further deepen cooperation\n\nJAKARTA, Feb. 22 "
                + "(Xinhua) -- China and Indonesia have agreed to deepen strategic synergy.\n");
        ParsedText herald = parse(" date 2025-08-26 President Lee Jae Myung and US President Donald Trump held a summit at "
                + "the White House on Monday, agreeing to step up economic cooperation in shipbuilding.\n");

        assertEquals(Optional.of(LocalDate.of(2023, 2, 22)), xinhua.datelineDate());
        assertEquals("China, Indonesia agree to further deepen cooperation", xinhua.titleCandidate());
        assertEquals(Optional.of(LocalDate.of(2025, 8, 25)), herald.datelineDate());
    }
}
