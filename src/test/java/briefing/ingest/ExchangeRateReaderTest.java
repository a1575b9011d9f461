package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.model.ExchangeRates;
import briefing.model.FigureUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exchange-rate table as editors write it, and every mistake in it named at its line. */
class ExchangeRateReaderTest {

    @TempDir
    Path dir;

    private ExchangeRates read(String yaml, Diagnostics diagnostics) throws IOException {
        Path file = dir.resolve("exchange-rates.yaml");
        Files.writeString(file, yaml);
        return new ExchangeRateReader(new ProjectPaths(dir)).read(file, diagnostics);
    }

    @Test
    void aSeriesIsReadWithItsSourceAndYears() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        ExchangeRates rates = read("""
                rates:
                  - currency: KRW
                    per: USD
                    source: Bank of Korea, annual average
                    url: https://ecos.bok.or.kr/
                    years:
                      2025: 1422.16
                """, diagnostics);

        assertEquals(List.of(), diagnostics.all());
        ExchangeRates.Series series = rates.series().get(0);
        assertEquals(FigureUnit.KRW, series.currency());
        assertEquals(1422.16, series.perBase().get(2025));
        assertEquals("Bank of Korea, annual average", series.source());
        assertTrue(series.ref().toString().contains("exchange-rates.yaml:2"), series.ref().toString());
    }

    @Test
    void everyMistakeIsAnErrorAtItsLine() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        read("""
                rates:
                  - currency: yen
                    per: USD
                    source: somebody
                    years:
                      2023: 140
                  - currency: KRW
                    per: USD
                    years:
                      23: 1305
                      2024: -1
                      2025: lots
                  - currency: EUR
                    per: EUR
                    source: somebody
                    years:
                      2023: 1
                  - currency: KRW
                    per: USD
                    source: somebody else
                    url: www.example.org
                    years:
                      2022: 1292
                  - currency: KRW
                    per: USD
                    source: again
                    years:
                      2022: 1292
                """, diagnostics);

        List<String> errors = diagnostics.all().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
        String all = String.join("\n", errors);
        assertTrue(all.contains(":2:") && all.contains("'yen' is not a currency code"), all);
        assertTrue(all.contains("missing required field 'source'"), all);
        assertTrue(all.contains(":10:") && all.contains("'23' is not a year"), all);
        assertTrue(all.contains(":11:") && all.contains("must be above zero"), all);
        assertTrue(all.contains(":12:") && all.contains("'2025' must be a number"), all);
        assertTrue(all.contains(":14:") && all.contains("against itself"), all);
        assertTrue(all.contains(":21:") && all.contains("'www.example.org' is not a web address"), all);
        assertTrue(all.contains("written twice"), all);
        assertEquals(8, errors.size(), all);
    }

    @Test
    void noFileMeansNoRates() {
        assertEquals(ExchangeRates.NONE, new ExchangeRateReader(new ProjectPaths(dir)).read(dir.resolve("none.yaml"), new Diagnostics()));
    }
}
