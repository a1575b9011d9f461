package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.diag.Diagnostics;
import briefing.ingest.PartyReader;
import briefing.ingest.ProjectPaths;
import briefing.ingest.SeedReader;
import briefing.model.Event;
import briefing.model.ParagraphRef;
import briefing.model.Related;
import briefing.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real statements grouped into events: the two seeds (Vietnam–Korea, 2023 and 2025) and two outlets'
 * reports of President Jokowi's state visit to Seoul on 10 September 2018 (the corpus's train split).
 */
class EventsTest {

    @TempDir
    Path dir;

    /** The seeds and the two reports, read as seeds and given their parties as the analysis does. */
    private List<Statement> statements(Map<String, String> metadata) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        TestProject.copyTree(TestProject.REPO.resolve("seeds"), seeds);
        Files.copy(TestProject.REPO.resolve("corpus/texts/straitstimes-2018-09-10-korea-indonesia-economic-ties.txt"),
                seeds.resolve("2018-09-10-straits-times.txt"));
        Files.copy(TestProject.REPO.resolve("corpus/texts/theinsiderstories-2018-09-10-indonesia-korea-business-deals.txt"),
                seeds.resolve("2018-09-11-insider-stories.txt"));
        for (Map.Entry<String, String> m : metadata.entrySet()) {
            Files.writeString(seeds.resolve(m.getKey() + ".yaml"), m.getValue());
        }
        ProjectPaths paths = new ProjectPaths(TestProject.REPO);
        Diagnostics diagnostics = new Diagnostics();
        PartyFinder parties = new PartyFinder(new PartyReader(paths).read(TestProject.REPO.resolve("content/parties.yaml"), diagnostics));
        return new SeedReader(new ProjectPaths(dir)).read(seeds, diagnostics).stream()
                .map(s -> s.withParties(parties.of(s, List.of(), diagnostics))).toList();
    }

    private static Event eventOf(List<Event> events, String statementId) {
        return events.stream().filter(e -> e.statements().contains(statementId)).findFirst().orElseThrow();
    }

    @Test
    void reportsOfOnePartnershipWithinTwoDaysAreOneEventAndOtherYearsAreNot() throws IOException {
        List<Event> events = Events.group(statements(Map.of()));

        Event visit = eventOf(events, "2018-09-10-straits-times");
        assertEquals(List.of("2018-09-10-straits-times", "2018-09-11-insider-stories"), visit.statements());
        assertEquals("2018-09-10-indonesia-south-korea", visit.slug());
        assertEquals("2018-09-10", visit.date().toString());
        assertFalse(visit.declared());
        Event summit = eventOf(events, "2023-06-23-hanoi-summit-press-meeting");
        assertEquals(List.of("2023-06-23-hanoi-summit-press-meeting"), summit.statements(),
                "the 2025 joint statement of the same partnership is another event");
        assertEquals(3, events.size());
        assertEquals("2025-08-11", events.get(0).date().toString(), "newest first");
    }

    @Test
    void aJointStatementIsTheFullestSourceListedFirst() throws IOException {
        List<Event> events = Events.group(statements(Map.of("2018-09-11-insider-stories", "kind: joint statement\n")));

        assertEquals(List.of("2018-09-11-insider-stories", "2018-09-10-straits-times"),
                eventOf(events, "2018-09-10-straits-times").statements());
    }

    @Test
    void anEventNamedInMetadataGroupsItsStatementsAndSplitsThemFromTheRest() throws IOException {
        List<Event> events = Events.group(statements(Map.of(
                "2018-09-11-insider-stories", "event: 2018-09-business-forum-seoul\n")));

        Event forum = eventOf(events, "2018-09-11-insider-stories");
        assertTrue(forum.declared());
        assertEquals("2018-09-business-forum-seoul", forum.slug());
        assertEquals(List.of("2018-09-11-insider-stories"), forum.statements());
        assertEquals(List.of("2018-09-10-straits-times"), eventOf(events, "2018-09-10-straits-times").statements());
    }

    @Test
    void anUndatedStatementIsAnEventAlone() throws IOException {
        List<Statement> statements = statements(Map.of()).stream()
                .map(s -> s.id().equals("2018-09-11-insider-stories") ? new Statement(s.id(), s.title(), null, s.kind(), s.place(),
                        s.leaders(), s.sourceName(), s.sourceUrl(), s.source(), s.sections(), s.paragraphs(), s.leftOut(), s.parties(), null) : s)
                .toList();

        List<Event> events = Events.group(statements);

        assertEquals(List.of("2018-09-11-insider-stories"), eventOf(events, "2018-09-11-insider-stories").statements());
        assertEquals("statement-2018-09-11-insider-stories", eventOf(events, "2018-09-11-insider-stories").slug());
    }

    @Test
    void undatedReportsThatRepeatEachOthersPassagesAreOneEvent() throws IOException {
        List<Statement> statements = statements(Map.of()).stream()
                .map(s -> s.id().startsWith("2018-") ? new Statement(s.id(), s.title(), null, s.kind(), s.place(), s.leaders(),
                        s.sourceName(), s.sourceUrl(), s.source(), s.sections(), s.paragraphs(), s.leftOut(), s.parties(), null) : s)
                .toList();
        Statement straits = statements.stream().filter(s -> s.id().equals("2018-09-10-straits-times")).findFirst().orElseThrow();
        Statement insider = statements.stream().filter(s -> s.id().equals("2018-09-11-insider-stories")).findFirst().orElseThrow();
        Map<ParagraphRef, List<Related>> twoRepeats = new java.util.HashMap<>();
        for (int i = 0; i < 2; i++) {
            twoRepeats.put(new ParagraphRef(insider.id(), insider.paragraphs().get(i).anchor()),
                    List.of(new Related(new ParagraphRef(straits.id(), straits.paragraphs().get(i).anchor()), 0.6)));
        }
        Map<ParagraphRef, List<Related>> oneRepeat = Map.of(new ParagraphRef(insider.id(), insider.paragraphs().get(0).anchor()),
                List.of(new Related(new ParagraphRef(straits.id(), straits.paragraphs().get(0).anchor()), 0.6)));

        assertEquals(java.util.Set.of(straits.id(), insider.id()),
                java.util.Set.copyOf(eventOf(Events.group(statements, twoRepeats), insider.id()).statements()));
        assertEquals(List.of(insider.id()), eventOf(Events.group(statements, oneRepeat), insider.id()).statements(),
                "one shared passage is not enough");
    }

    @Test
    void anUndatedReportJoinsTheOneEventOfItsPartnershipOnTheDayAndMonthItGives() throws IOException {
        // Agência Brasil says only "on Wednesday (Nov. 20)"; Stabroek News (Reuters) gives 21 November 2024.
        Path seeds = Files.createDirectories(dir.resolve("brazil-china"));
        Files.copy(TestProject.REPO.resolve("corpus/texts/agenciabrasil-2024-11-20-brazil-china-37-bilateral-agreements.txt"),
                seeds.resolve("agencia-brasil.txt"));
        Files.copy(TestProject.REPO.resolve("corpus/texts/stabroeknews-2024-11-21-xi-lula-elevate-china-brazil-ties.txt"),
                seeds.resolve("stabroek-news.txt"));
        ProjectPaths paths = new ProjectPaths(TestProject.REPO);
        Diagnostics diagnostics = new Diagnostics();
        PartyFinder parties = new PartyFinder(new PartyReader(paths).read(TestProject.REPO.resolve("content/parties.yaml"), diagnostics));
        List<Statement> statements = new SeedReader(new ProjectPaths(dir)).read(seeds, diagnostics).stream()
                .map(s -> s.withParties(parties.of(s, List.of(), diagnostics))).toList();
        assertEquals(null, statements.stream().filter(s -> s.id().equals("agencia-brasil")).findFirst().orElseThrow().date(),
                "the report gives no year");

        List<Event> events = Events.group(statements);

        assertEquals(1, events.size(), events.toString());
        assertEquals(java.util.Set.of("agencia-brasil", "stabroek-news"), java.util.Set.copyOf(events.get(0).statements()));
    }
}
