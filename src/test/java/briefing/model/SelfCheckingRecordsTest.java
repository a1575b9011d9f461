package briefing.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Model values refuse to exist in a state the rest of the build would have to guess about. */
class SelfCheckingRecordsTest {

    private static final SourceRef AT = new SourceRef("seeds/x.txt", 4);

    @Test
    void aParagraphAnchorIsLowerCaseLettersDigitsAndHyphens() {
        assertDoesNotThrow(() -> new Paragraph("p4", "4", null, null, "Text.", ParagraphRole.NUMBERED, AT));
        assertDoesNotThrow(() -> new Paragraph("the-two-sides-agreed", null, null, null, "Text.", ParagraphRole.BODY, AT));
        for (String bad : List.of("P4", "-p4", "p 4", "p4#x", "", "ä")) {
            assertThrows(IllegalArgumentException.class,
                    () -> new Paragraph(bad, null, null, null, "Text.", ParagraphRole.BODY, AT), bad);
        }
    }

    @Test
    void aParagraphHasTextAndANumberExactlyWhenNumbered() {
        assertThrows(IllegalArgumentException.class, () -> new Paragraph("p1", null, null, null, " \n ", ParagraphRole.BODY, AT));
        assertThrows(IllegalArgumentException.class, () -> new Paragraph("p1", null, null, null, "Text.", ParagraphRole.NUMBERED, AT));
        assertThrows(IllegalArgumentException.class, () -> new Paragraph("p1", "1", null, null, "Text.", ParagraphRole.CLOSING, AT));
    }

    @Test
    void aNoteSlugIsUrlSafe() {
        assertThrows(IllegalArgumentException.class, () -> new Note("My Note", "t", java.time.LocalDate.of(2025, 1, 1), null,
                List.of(), List.of(), null, false, "", 1, AT));
        assertEquals("the-2030-trade-target", new Note("the-2030-trade-target", "t", java.time.LocalDate.of(2025, 1, 1), null,
                List.of(), List.of(), null, false, "", 1, AT).slug());
    }

    @Test
    void aTermHasWordsAndAPositiveWeight() {
        assertThrows(IllegalArgumentException.class, () -> new Term(" ", 1, AT));
        assertThrows(IllegalArgumentException.class, () -> new Term("trade", 0, AT));
        assertThrows(IllegalArgumentException.class, () -> new Term("trade", Double.NaN, AT));
        assertEquals(2.5, new Term("trade", 2.5, AT).weight());
    }

    @Test
    void aUnitIsPercentCountOrAnIsoCurrencyAndOnlyCurrenciesAreMoney() {
        assertTrue(FigureUnit.USD.isMoney());
        assertTrue(FigureUnit.money("JPY").isMoney());
        assertFalse(FigureUnit.PERCENT.isMoney());
        assertFalse(FigureUnit.COUNT.isMoney());
        assertEquals("KRW", FigureUnit.KRW.name());
        for (String bad : List.of("usd", "US$", "DOLLAR", "", "US")) {
            assertThrows(IllegalArgumentException.class, () -> FigureUnit.money(bad), bad);
        }
    }

    private static Figure figure(FigureUnit unit, String noun, double value, int start, int end, ParagraphRef source, String url) {
        return new Figure("s#p1.1", source, "Trade reached US$87 billion.", start, end, "US$87 billion", value, unit, noun, null,
                null, "trade", FigureStatus.REPORTED, FigureTime.year(2022, "in 2022"), null, null, url, AT, List.of("Vietnam"));
    }

    @Test
    void aFigureChecksItsNounValueOriginAndSpan() {
        ParagraphRef p1 = new ParagraphRef("s", "p1");
        assertDoesNotThrow(() -> figure(FigureUnit.USD, null, 87e9, 14, 27, p1, null));
        assertDoesNotThrow(() -> figure(FigureUnit.COUNT, "projects", 9500, 14, 27, p1, null));
        assertThrows(IllegalArgumentException.class, () -> figure(FigureUnit.COUNT, null, 9500, 14, 27, p1, null), "a count needs its noun");
        assertThrows(IllegalArgumentException.class, () -> figure(FigureUnit.USD, "dollars", 87e9, 14, 27, p1, null), "only counts have nouns");
        assertThrows(IllegalArgumentException.class, () -> figure(FigureUnit.USD, null, Double.POSITIVE_INFINITY, 14, 27, p1, null));
        assertThrows(IllegalArgumentException.class, () -> figure(FigureUnit.USD, null, 87e9, 14, 27, null, null), "from nowhere");
        assertDoesNotThrow(() -> figure(FigureUnit.USD, null, 87e9, 0, 0, null, "https://example.org/data"));
        assertThrows(IllegalArgumentException.class, () -> figure(FigureUnit.USD, null, 87e9, 14, 29, p1, null), "past the sentence");
        assertThrows(IllegalArgumentException.class, () -> figure(FigureUnit.USD, null, 87e9, 14, 13, p1, null), "ends before it starts");
        assertThrows(IllegalArgumentException.class, () -> figure(FigureUnit.USD, null, 87e9, -1, 3, p1, null));
    }

    @Test
    void siteSettingsNeedAUsablePageSizeAndEndTheBaseUrlWithASlash() {
        SiteSettings settings = new SiteSettings("t", "d", "en", "https://example.org/briefing", 25, List.of(), null, AT);

        assertEquals("https://example.org/briefing/", settings.baseUrl());
        assertEquals("https://example.org/x/", settings.withBaseUrl("https://example.org/x").baseUrl());
        assertEquals("", new SiteSettings("t", "d", "en", "", 25, List.of(), null, AT).baseUrl(), "no base URL: links stay relative");
        assertThrows(IllegalArgumentException.class, () -> new SiteSettings("t", "d", "en", "", 4, List.of(), null, AT));
    }

    @Test
    void classifierSettingsOutOfRangeAreRefusedNamingTheirFile() {
        assertDoesNotThrow(() -> new ClassifierSettings(1, 0.5, 2, 0.5, 0.3, 0.4, 3, 3, AT));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClassifierSettings(1, 1.5, 2, 0.5, 0.3, 0.4, 3, 3, AT));
        assertTrue(e.getMessage().contains("seeds/x.txt:4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ClassifierSettings(0, 0.5, 2, 0.5, 0.3, 0.4, 3, 3, AT));
        assertThrows(IllegalArgumentException.class, () -> new ClassifierSettings(1, 0.5, 0, 0.5, 0.3, 0.4, 3, 3, AT));
        assertThrows(IllegalArgumentException.class, () -> new ClassifierSettings(1, 0.5, 2, 0.5, 0.3, 1.1, 3, 3, AT));
        assertThrows(IllegalArgumentException.class, () -> new ClassifierSettings(1, 0.5, 2, 0.5, 0.3, 0.4, -1, 3, AT));
        assertThrows(IllegalArgumentException.class, () -> new ClassifierSettings(1, 0.5, 2, 0.5, 0.3, 0.4, 3, Double.NaN, AT));
    }

    @Test
    void aLineRuleMatchesWholeLinesAPartRuleAnyPartOfOne() {
        CleaningRule credit = new CleaningRule("photo credit", Pattern.compile("Photo: .*"), CleaningRule.Removes.LINE,
                "Photo: VNA", AT);
        CleaningRule stamp = new CleaningRule("time stamp", Pattern.compile("\\d{2}:\\d{2} GMT\\+7"), CleaningRule.Removes.PART,
                "09:30 GMT+7", AT);

        assertTrue(credit.recognises("  Photo: VNA  "), "a line rule ignores the line's outer spaces");
        assertFalse(credit.recognises("The leaders posed. Photo: VNA"), "but must match the whole line");
        assertTrue(stamp.recognises("Hanoi, 23 June 09:30 GMT+7 — The two leaders"));
        assertFalse(stamp.recognises("Hanoi, 23 June"));
    }

    @Test
    void aGlossaryNameIsFoundAsAWholeCaseSensitiveWordWithAnySpacing() {
        Pattern edcf = GlossaryEntry.namePattern("EDCF");
        Pattern fund = GlossaryEntry.namePattern("Economic Development Cooperation Fund");

        assertTrue(edcf.matcher("loans from the EDCF, and").find());
        assertFalse(edcf.matcher("the EDCFs").find());
        assertFalse(edcf.matcher("XEDCF").find());
        assertFalse(edcf.matcher("the edcf").find());
        assertTrue(fund.matcher("the Economic Development\nCooperation  Fund (EDCF)").find());
        assertTrue(GlossaryEntry.namePattern("U.S.").matcher("the U.S. side").find(), "names are literal text, not patterns");
        assertFalse(GlossaryEntry.namePattern("U.S.").matcher("the UxSx side").find());
    }

    @Test
    void figureTopicsAreFoundBySlugAndLabelTheirForwardFigures() {
        FigureTopic trade = new FigureTopic("trade", "Trade", Map.of("trade", 2.0), "target", AT);
        FigureRules rules = new FigureRules(List.of(trade), List.of("target"), List.of(), "trade", AT);

        assertEquals(trade, rules.topic("trade"));
        assertThrows(IllegalArgumentException.class, () -> rules.topic("tourism"));
        assertEquals("reported", trade.statusLabel(FigureStatus.REPORTED));
        for (FigureStatus status : FigureStatus.values()) {
            if (status != FigureStatus.REPORTED) {
                assertEquals("target", trade.statusLabel(status));
            }
        }
    }
}
