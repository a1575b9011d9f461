package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.diag.Diagnostics;
import briefing.ingest.GlossaryReader;
import briefing.ingest.ProjectPaths;
import briefing.ingest.SeedReader;
import briefing.model.GlossaryEntry;
import briefing.model.ParagraphRef;
import briefing.model.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The glossary of the real seeds merged with the real content/glossary.yaml. */
class GlossaryTest {

    private static Map<String, GlossaryEntry> entries;

    @BeforeAll
    static void build() {
        ProjectPaths paths = new ProjectPaths(TestProject.REPO);
        Diagnostics diagnostics = new Diagnostics();
        List<Statement> statements = new SeedReader(paths).read(TestProject.REPO.resolve("seeds"), diagnostics);
        entries = Glossary.build(statements, new GlossaryReader(paths).read(TestProject.REPO.resolve("content/glossary.yaml"), diagnostics))
                .stream().collect(Collectors.toMap(GlossaryEntry::slug, Function.identity()));
        assertEquals(List.of(), diagnostics.all());
    }

    @ParameterizedTest(name = "{1} ({0})")
    @CsvSource(delimiter = '|', value = {
            "EDCF|the Framework Agreement on the Korean Economic Development Cooperation Fund|Economic Development Cooperation Fund",
            "UNCLOS|the 1982 United Nations Convention on the Law of the Sea|United Nations Convention on the Law of the Sea",
            "VKIST|enhance the role of the Vietnam-Korea Institute of Science and Technology|Vietnam-Korea Institute of Science and Technology",
            "APEC|such as the Asia-Pacific Economic Cooperation|Asia-Pacific Economic Cooperation",
            "ODA|second in official development assistance|official development assistance",
            "AFoCO|through the Asian Forest Cooperation Organization|Asian Forest Cooperation Organization",
            "P4G|the Partnership for Green Growth and the Global Goals 2030|Partnership for Green Growth and the Global Goals 2030"})
    void fullNamesAreTheWordsThatSpellTheAcronym(String acronym, String before, String expected) {
        assertEquals(expected, Glossary.fullName(before, acronym));
    }

    @Test
    void wordsThatDoNotSpellTheAcronymAreNoFullName() {
        assertNull(Glossary.fullName("the two sides agreed", "EDCF"));
    }

    @Test
    void theNamedBodiesHaveEntriesLinkingTheirMentionsInBothStatements() {
        for (String slug : List.of("vkist", "edcf", "unclos", "asean", "apec")) {
            assertTrue(entries.containsKey(slug), slug);
            assertTrue(!entries.get(slug).mentions().isEmpty(), slug);
        }
        List<String> vkist = entries.get("vkist").mentions().stream().map(ParagraphRef::statementId).distinct().sorted().toList();
        assertEquals(List.of("2023-06-23-hanoi-summit-press-meeting", "2025-08-11-seoul-joint-statement"), vkist);
        assertEquals(new ParagraphRef("2025-08-11-seoul-joint-statement", "p22"), entries.get("unclos").mentions().get(
                entries.get("unclos").mentions().size() - 1));
    }

    @Test
    void kvftaAndVkftaAreOneEntry() {
        GlossaryEntry kvfta = entries.get("kvfta");

        assertEquals(List.of("VKFTA"), kvfta.aliases());
        assertTrue(!entries.containsKey("vkfta"));
        assertTrue(kvfta.mentions().contains(new ParagraphRef("2025-08-11-seoul-joint-statement", "p4")));
        assertEquals("Vietnam–Korea Free Trade Agreement", kvfta.fullName(), "the editors' full name wins");
    }

    @Test
    void acronymsFoundOnlyInTheTextsGetEntriesToo() {
        assertEquals("Regional Comprehensive Economic Partnership", entries.get("rcep").fullName());
        assertEquals(new ParagraphRef("2025-08-11-seoul-joint-statement", "p4"), entries.get("rcep").definedAt());
    }
}
