package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.model.Party;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parties file as editors write it, and every country no one listed. */
class PartyReaderTest {

    @TempDir
    Path dir;

    @Test
    void theProjectsPartiesReadCleanlyAndEveryOtherCountryIsKnownByName() {
        Diagnostics diagnostics = new Diagnostics();
        List<Party> parties = new PartyReader(new ProjectPaths(TestProject.REPO))
                .read(TestProject.REPO.resolve("content/parties.yaml"), diagnostics);

        assertEquals(List.of(), diagnostics.all());
        Party korea = parties.stream().filter(p -> p.code().equals("KR")).findFirst().orElseThrow();
        assertEquals("South Korea", korea.name());
        assertTrue(korea.names().contains("Republic of Korea"));
        assertTrue(korea.except().contains("Korean Peninsula"));
        assertTrue(parties.stream().anyMatch(p -> p.code().equals("KE") && p.name().equals("Kenya")),
                "a country no one listed, by its ISO 3166 English name");
        assertEquals(1, parties.stream().filter(p -> p.code().equals("VN")).count(), "a listed country is not added twice");
    }

    @Test
    void aNameClaimedTwiceAndABadCodeAreErrorsAtTheirLines() throws IOException {
        Path file = Files.writeString(dir.resolve("parties.yaml"), """
                parties:
                  - name: Vietnam
                    code: VN
                    names: [Viet Nam]
                  - name: Laos
                    code: la
                  - name: North Vietnam
                    code: VD
                    names: [Viet Nam]
                """);
        Diagnostics diagnostics = new Diagnostics();

        new PartyReader(new ProjectPaths(dir)).read(file, diagnostics);

        List<String> errors = diagnostics.all().stream().map(Diagnostic::toString).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("parties.yaml:6:"), errors.toString());
        assertTrue(errors.get(0).contains("code 'la' is not a code"), errors.toString());
        assertTrue(errors.get(1).startsWith("parties.yaml:7:"), errors.toString());
        assertTrue(errors.get(1).contains("'Viet Nam' names both Vietnam and North Vietnam"), errors.toString());
    }
}
