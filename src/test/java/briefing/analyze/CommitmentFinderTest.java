package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.diag.Diagnostics;
import briefing.ingest.CommitmentRulesReader;
import briefing.ingest.PartyReader;
import briefing.ingest.ProjectPaths;
import briefing.model.Commitment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentences of real statements (the seeds and the corpus's train split) read with the project's own rules. */
class CommitmentFinderTest {

    private static CommitmentFinder finder;

    @BeforeAll
    static void readRules() {
        ProjectPaths paths = new ProjectPaths(TestProject.REPO);
        Diagnostics diagnostics = new Diagnostics();
        finder = new CommitmentFinder(
                new CommitmentRulesReader(paths).read(TestProject.REPO.resolve("content/commitments.yaml"), diagnostics),
                new PartyFinder(new PartyReader(paths).read(TestProject.REPO.resolve("content/parties.yaml"), diagnostics)));
        assertEquals(List.of(), diagnostics.all());
    }

    private static Optional<String> step(String sentence) {
        return finder.strongest(sentence).map(m -> m.strength().label());
    }

    @Test
    void theStrongestStepOfTheScaleAfterAnActorIsTheSentences() {
        assertEquals(Optional.of("agree"), step("Thereby, the two sides agreed to complete the target of bilateral trade "
                + "turnover reaching 150 billion USD by 2030 in a balanced and sustainable manner."));
        assertEquals(Optional.of("strive"), step("Vietnam and South Korea strive to achieve a bilateral trade turnover of "
                + "US$100 billion and aim for $150 billion by 2030, with a balanced and sustainable trade relationship."));
        assertEquals(Optional.of("commit"), step("On regional and global issues, the leaders reaffirmed their commitment to "
                + "ASEAN unity, resilience, and inclusiveness."), "a commitment word counts after 'their'");
        assertEquals(Optional.of("will"), step("\"Shipbuilding is a tough one to start, but we'll be doing that.\""));
        assertEquals(Optional.of("will"), step("Both leaders shared their intention to cooperate on economic security."),
                "a phrase after 'their' says its intent itself");
        assertEquals(Optional.of("support"), step("The two leaders also expressed their desire to further advance cooperation."));
    }

    @Test
    void aPhraseWithAGapReadsTheWordsBetweenWithinTheSentence() {
        // content/commitments.yaml: "agreed that * should" (up to 12 words in the gap)
        assertEquals(Optional.of("agree"), step("The two leaders agreed that such projects should be mapped out as soon as possible."));
        assertEquals(Optional.empty(), step("The two leaders agreed that relations are at their best. Projects should follow."
                .substring(0, 56)), "no modal after the assessment: no commitment");
        assertEquals(Optional.empty(), step("The two heads of state agreed that the partnership, which has grown over thirty years "
                + "of visits, trade, investment and exchanges between the peoples, should be celebrated."),
                "more than twelve words apart: not one phrase");
    }

    @Test
    void factsThanksAndNounsAreNoCommitments() {
        assertEquals(Optional.empty(), step("In 2022, the bilateral trade volume reached $87 billion."));
        assertEquals(Optional.empty(), step("The ASEAN Leaders thanked Japan for its support to the Vientiane Action Programme."),
                "'its support' is a noun, and thanks are no pledge");
        assertEquals(Optional.empty(), step("In a joint statement after the meeting, leaders welcomed the signing of the agreements."),
                "welcoming what was done");
        assertEquals(Optional.empty(), step("The two heads of state agreed that Japanese ODA has been a major contributor."),
                "agreeing on an assessment");
    }

    @Test
    void aCommitmentCarriesItsDeadline() {
        Commitment c = finder.find(new briefing.model.Statement("s", "t", java.time.LocalDate.of(2025, 8, 11), "joint statement",
                        null, List.of(), null, null, briefing.model.SourceRef.file("s.txt"), List.of(),
                        List.of(new briefing.model.Paragraph("p1", "1", null, null,
                                "Thereby, the two sides agreed to complete the target of bilateral trade turnover reaching "
                                        + "150 billion USD by 2030 in a balanced and sustainable manner.",
                                briefing.model.ParagraphRole.NUMBERED, briefing.model.SourceRef.file("s.txt")))),
                java.util.Map.of()).get(0);

        assertEquals(Commitment.Strength.AGREE, c.strength());
        assertEquals(2030, c.deadline().end());
        assertEquals("s#p1.c1", c.id());
        assertTrue(c.verb().equals("agreed to"), c.verb());
    }
}
