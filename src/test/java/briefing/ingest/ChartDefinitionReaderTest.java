package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.model.ChartDefinition;
import briefing.model.FigureUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts file as editors write it: the project's own, a chart's currency, and mistakes at their lines. */
class ChartDefinitionReaderTest {

    @TempDir
    Path dir;

    @Test
    void theProjectsChartsReadCleanlyInTheirCurrency() {
        Diagnostics diagnostics = new Diagnostics();
        List<ChartDefinition> charts = new ChartDefinitionReader(new ProjectPaths(TestProject.REPO))
                .read(TestProject.REPO.resolve("content/charts.yaml"), diagnostics);

        assertEquals(List.of(), diagnostics.all());
        assertEquals(List.of("trade", "development-finance"), charts.stream().map(ChartDefinition::id).toList());
        assertEquals(FigureUnit.USD, charts.get(0).currency());
    }

    @Test
    void aCurrencyIsAnIsoCodeOrLeftOut() throws IOException {
        Path file = dir.resolve("charts.yaml");
        Files.writeString(file, """
                charts:
                  trade:
                    title: Trade
                    kind: timeline
                    topics: [trade]
                  aid:
                    title: Aid
                    kind: periods
                    currency: dollars
                    topics: [development-finance]
                """);
        Diagnostics diagnostics = new Diagnostics();

        List<ChartDefinition> charts = new ChartDefinitionReader(new ProjectPaths(dir)).read(file, diagnostics);

        assertEquals(1, charts.size());
        assertNull(charts.get(0).currency(), "no currency: the one most of its figures use");
        List<String> errors = diagnostics.all().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("charts.yaml:9:") && errors.get(0).contains("'dollars' is not a currency code"), errors.get(0));
    }
}
