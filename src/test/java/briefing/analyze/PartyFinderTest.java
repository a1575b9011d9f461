package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.ingest.PartyReader;
import briefing.ingest.ProjectPaths;
import briefing.ingest.SeedReader;
import briefing.model.Partnership;
import briefing.model.Party;
import briefing.model.SourceRef;
import briefing.model.Statement;
import briefing.model.StatementParties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whose relationship a real statement is about, and whose a figure is, read with the project's own
 * {@code content/parties.yaml}. The texts are the labelled corpus's train split.
 */
class PartyFinderTest {

    private static PartyFinder finder;

    @TempDir
    Path dir;

    @BeforeAll
    static void readParties() {
        Diagnostics diagnostics = new Diagnostics();
        List<Party> parties = new PartyReader(new ProjectPaths(TestProject.REPO))
                .read(TestProject.REPO.resolve("content/parties.yaml"), diagnostics);
        assertEquals(List.of(), diagnostics.all(), "the project's parties read cleanly");
        finder = new PartyFinder(parties);
    }

    /** A corpus text read as a seed without metadata, as `briefing evaluate` reads it. */
    private Statement corpusText(String id) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds-" + id));
        Files.copy(TestProject.REPO.resolve("corpus/texts/" + id + ".txt"), seeds.resolve(id + ".txt"));
        List<Statement> read = new SeedReader(new ProjectPaths(dir)).read(seeds, new Diagnostics());
        return read.get(0);
    }

    private static Set<String> partiesOf(Statement statement) {
        Diagnostics diagnostics = new Diagnostics();
        StatementParties found = finder.of(statement, List.of(), diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());
        assertEquals(StatementParties.Origin.TEXT, found.origin());
        return Set.copyOf(found.names());
    }

    @Test
    void aJointStatementIsAboutThePairItsHeadlineNames() throws IOException {
        // "Joint Statement on the New Partnership Between Japan and Cambodia"; the UN and UNTAC are named too.
        assertEquals(Set.of("Japan", "Cambodia"), partiesOf(corpusText("mofa-japan-2007-06-14-japan-cambodia-new-partnership")));
    }

    @Test
    void aReadoutThatNamesTheLeadersButOneCountryIsStillAboutBoth() throws IOException {
        // The White House readout names "President Biden" and Japan, and Israel in several paragraphs.
        assertEquals(Set.of("United States", "Japan"),
                partiesOf(corpusText("presidency-ucsb-2023-11-16-biden-kishida-readout-san-francisco")));
    }

    @Test
    void aPressOccasionIsAboutItsLeadersCountriesNotAFrameworkTheyMention() throws IOException {
        // Opens with "our 50th Anniversary of Japan-ASEAN Friendship": a pair, but not this statement's.
        assertEquals(Set.of("Philippines", "Japan"), partiesOf(corpusText("pco-2023-02-09-marcos-kishida-joint-press-occasion")));
    }

    @Test
    void aFigureBelongsToThePairItsSentenceNamesWhenThatIsAnotherPartnership() {
        String sentence = "Indonesia and South Korea, according to President Widodo, target trade with a value of up to "
                + "$30 billion in the next 2022.";

        assertEquals(List.of("Indonesia", "South Korea"), finder.ofSentence(sentence, List.of("Vietnam", "South Korea")));
        assertEquals(List.of("Indonesia", "South Korea"), finder.ofSentence(sentence, List.of("Indonesia", "South Korea")),
                "its own statement's pair: the statement's parties");
    }

    @Test
    void aCurrencySignOrASeaNamesNoParty() {
        String sentence = "The two sides aim to raise bilateral trade to US$25 billion by 2027 and keep the South China Sea open.";

        assertEquals(List.of(), finder.mentions(sentence).stream().map(m -> m.party().name()).toList());
        assertEquals(List.of("Vietnam", "Thailand"), finder.ofSentence(sentence, List.of("Vietnam", "Thailand")));
    }

    @Test
    void aSentenceNamingOnlyOthersBelongsToThem() {
        String sentence = "China is Australia's largest trading partner, with two-way trade worth A$287 billion.";

        assertEquals(Set.of("China", "Australia"), Set.copyOf(finder.ofSentence(sentence, List.of("Vietnam", "Indonesia"))));
        assertEquals(List.of("Australia", "Indonesia"), finder.ofSentence(sentence, List.of("Australia", "Indonesia")),
                "one of its statement's parties named: the statement's");
    }

    @Test
    void aPartysAcronymThatTheTextDefinesAsSomethingElseIsNoParty() {
        String text = "The Public Investment Fund (PIF) of Saudi Arabia and Hyundai agreed on a plant. PIF will hold 70%.";
        String sentence = "PIF will hold 70% of the plant.";

        assertEquals(List.of("Pacific Islands Forum"), finder.ofSentence(sentence, List.of("Saudi Arabia", "South Korea")),
                "read alone, PIF is the forum");
        assertEquals(List.of("Saudi Arabia", "South Korea"), finder.reading(text).ofSentence(sentence, List.of("Saudi Arabia", "South Korea")));
        assertEquals(List.of("ASEAN"), finder.reading("Investment in Southeast Asian (ASEAN) nations.").mentions("ASEAN leaders met.")
                .stream().map(m -> m.party().name()).toList(), "a definition in other words is still the party's");
        assertEquals(List.of("European Union", "Chile"), finder.reading("President Ursula von der Leyen (EU) and President "
                + "Gabriel Boric (Chile) met.").ofSentence("The EU will invest EUR 5 billion in Chile.", List.of("European Union", "Chile")),
                "a name before an acronym in brackets is an attendee, not a definition");
    }

    @Test
    void anotherPartysExceptPhraseDoesNotCancelAPartysOwnName() {
        assertEquals(List.of("North Korea"), finder.mentions("North Korea fired a missile.").stream().map(m -> m.party().name()).toList());
        assertEquals(List.of(), finder.mentions("Peace on the Korean Peninsula.").stream().map(m -> m.party().name()).toList());
    }

    @Test
    void metadataPartiesAreCheckedAndGivenTheirShortNames() throws IOException {
        Statement statement = corpusText("mofa-japan-2007-06-14-japan-cambodia-new-partnership")
                .withParties(StatementParties.declared(List.of("japan", "Kingdom of Cambodia", "Cambodja"), new SourceRef("seeds/x.yaml", 4)));
        Diagnostics diagnostics = new Diagnostics();

        StatementParties found = finder.of(statement, List.of(), diagnostics);

        assertEquals(List.of("Japan", "Cambodia"), found.names());
        Diagnostic error = diagnostics.all().get(0);
        assertEquals(new SourceRef("seeds/x.yaml", 4), error.source());
        assertEquals("unknown party 'Cambodja'", error.message());
        assertTrue(error.hint().contains("Cambodia"), error.hint());
    }

    @Test
    void aStatementOfAPartnershipTheSiteDoesNotCoverIsAnErrorNamingBoth() throws IOException {
        Statement statement = corpusText("mofa-japan-2007-06-14-japan-cambodia-new-partnership");
        Diagnostics diagnostics = new Diagnostics();
        List<Partnership> covered = finder.known(
                List.of(new Partnership(List.of("Viet Nam", "Republic of Korea"), new SourceRef("content/site.yaml", 9))), diagnostics);

        finder.of(statement, covered, diagnostics);

        assertEquals(List.of("Vietnam", "South Korea"), covered.get(0).parties(), "site.yaml's names, as short names");
        String message = diagnostics.all().get(0).message() + " / " + diagnostics.all().get(0).hint();
        assertTrue(message.contains("is about Japan–Cambodia") || message.contains("is about Cambodia–Japan"), message);
        assertTrue(message.contains("not a partnership this site covers (Vietnam–South Korea)"), message);
        assertTrue(message.contains("parties: [Vietnam, South Korea]"), message);
    }

    @Test
    void aCoveredPartnershipGivesItsOrder() throws IOException {
        Statement statement = corpusText("mofa-japan-2007-06-14-japan-cambodia-new-partnership");
        Diagnostics diagnostics = new Diagnostics();
        List<Partnership> covered = List.of(new Partnership(List.of("Cambodia", "Japan"), new SourceRef("content/site.yaml", 9)));

        assertEquals(List.of("Cambodia", "Japan"), finder.of(statement, covered, diagnostics).names());
        assertFalse(diagnostics.hasErrors());
    }
}
