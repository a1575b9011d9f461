package briefing.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefing evaluate} on the real labelled corpus: the CI gate (every measure at or above its floor
 * in {@code corpus/floors.yaml}), and proof that the gate fails when the analysis gets worse.
 */
class EvaluateTest {

    @Test
    void theLabelledCorpusMeetsEveryFloor(@TempDir Path dir) {
        TestProject project = withCorpus(dir);

        TestProject.Run run = project.run("evaluate");
        System.out.print(run.out()); // the table, in CI's log

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("themes.micro_f1"), run.out());
        assertTrue(run.out().contains("every measure is at or above its floor"), run.out());
    }

    @Test
    void aThemeThatLosesItsTermsFailsTheGate(@TempDir Path dir) {
        TestProject project = withCorpus(dir);
        project.write("content/themes/defense.md", """
                ---
                title: Defence and security
                order: 1
                summary: Defence.
                terms:
                  zzzz: 3
                ---
                Defence.
                """);

        TestProject.Run run = project.run("evaluate");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("themes.defense.recall") || run.err().contains("themes.micro_f1"), run.err());
        assertTrue(run.err().contains("is below its floor"), run.err());
    }

    @Test
    void errorsNameTheLabelTheExpectedThemeAndTheCause(@TempDir Path dir) {
        TestProject project = withCorpus(dir);
        project.write("content/themes/culture.md", """
                ---
                title: Culture
                order: 6
                summary: Culture.
                terms:
                  zzzz: 3
                ---
                Culture.
                """);

        TestProject.Run run = project.run("evaluate", "--errors");

        assertTrue(run.out().contains("themes.culture: expected culture, given"), run.out());
        assertTrue(run.out().contains("cause: no term of culture matched"), run.out());
        assertTrue(run.out().matches("(?s).*corpus/labels/[a-z0-9-]+\\.yaml:\\d+:\\d+ \".*"), run.out());
    }

    @Test
    void aBadLabelIsAnErrorAtItsLineWithAHint(@TempDir Path dir) {
        TestProject project = withCorpus(dir);
        project.write("corpus/texts/zz-bad.txt", "The two sides agreed to expand defence industry cooperation.\n");
        project.write("corpus/labels/zz-bad.yaml", """
                url: https://example.org/x
                publisher: Example
                split: train
                statement:
                  title: x
                  kind: joint statement
                paragraphs:
                  - starts: "The two sides agreed to expand"
                    themes: [defence]
                """);

        TestProject.Run run = project.run("evaluate");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("corpus/labels/zz-bad.yaml:9:14: error: unknown theme 'defence'"), run.err());
        assertTrue(run.err().contains("hint: use one of climate, culture, defense"), run.err());
    }

    private static TestProject withCorpus(Path dir) {
        TestProject project = TestProject.copyOfRepo(dir);
        TestProject.copyTree(TestProject.REPO.resolve("corpus"), dir.resolve("corpus"));
        return project;
    }
}
