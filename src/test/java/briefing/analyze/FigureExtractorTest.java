package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import briefing.model.Figure;
import briefing.model.FigureTime;
import briefing.model.FigureUnit;
import briefing.model.Paragraph;
import briefing.model.ParagraphRole;
import briefing.model.SourceRef;
import briefing.model.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extraction of quantities and their times from the phrasings statements use. */
class FigureExtractorTest {

    private static List<Figure> extract(String text) {
        Paragraph paragraph = new Paragraph("p1", "1", null, null, text, ParagraphRole.NUMBERED, new SourceRef("x.txt", 3));
        Statement statement = new Statement("s", "S", LocalDate.of(2023, 6, 23), "statement", null, List.of(), null, null,
                SourceRef.file("x.txt"), List.of(), List.of(paragraph));
        return FigureExtractor.extract(statement, Currencies.STANDARD);
    }

    private static Figure only(String text) {
        List<Figure> figures = extract(text);
        assertEquals(1, figures.size(), () -> "figures in: " + text + " -> " + figures);
        return figures.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Trade reached $87 billion in 2022.|$87 billion|87000000000|USD",
            "They aim for a turnover of US$100 billion.|US$100 billion|100000000000|USD",
            "Trade reaching 150 billion USD by 2030.|150 billion USD|150000000000|USD",
            "Korea would provide $200 million in aid.|$200 million|200000000|USD",
            "Funds each worth US$2 billion were set up.|US$2 billion|2000000000|USD",
            "A total value of $1.5 billion was lent.|$1.5 billion|1500000000|USD",
            "Exports of 3 trillion won were shipped.|3 trillion won|3000000000000|KRW",
            "Trade grew 11.4 percent on the year.|11.4 percent|11.4|PERCENT",
            "Exports grew 18.6% last quarter.|18.6%|18.6|PERCENT",
            "There are 9,500 active investment projects here.|9,500 active investment projects|9500|COUNT",
            "Officials exchanged 17 cooperation documents.|17 cooperation documents|17|COUNT",
            "The two sides signed 35 MOUs on minerals.|35 MOUs|35|COUNT",
            "Exports will reach 5.3 million barrels a day.|5.3 million barrels|5300000|COUNT",
            "The deal covers 1mn tonnes of grain.|1mn tonnes|1000000|COUNT",
            "The delegation had 100 British companies in it.|100 British companies|100|COUNT",
            "Japan hosts 10,000 Vietnamese students.|10,000 Vietnamese students|10000|COUNT"})
    void moneyPercentagesAndCountsAreNormalised(String sentence, String text, double value, FigureUnit unit) {
        Figure figure = only(sentence);

        assertEquals(text, figure.text());
        assertEquals(value, figure.value(), 1e-6);
        assertEquals(unit, figure.unit());
        assertEquals(sentence, figure.sentence());
        assertEquals(text, figure.sentence().substring(figure.start(), figure.end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Japan's ODA could surpass 100 billion yen this year.|100 billion yen|100000000000|JPY",
            "Trade reached S$25.4 billion last year.|S$25.4 billion|25400000000|SGD",
            "The EU pledged €10 billion to the region.|€10 billion|10000000000|EUR",
            "The bank lent 500 million Euros for the metro.|500 million Euros|500000000|EUR",
            "Australia will provide A$64 million for scholarships.|A$64 million|64000000|AUD",
            "China will buy RM5 billion of palm oil.|RM5 billion|5000000000|MYR",
            "Grants of ¥600 billion were signed.|¥600 billion|600000000000|JPY",
            "A swap line of ¥50 billion in yuan was renewed.|¥50 billion|50000000000|CNY",
            "The deals are worth $13 billion in Australian dollars.|$13 billion|13000000000|AUD",
            "Exports of 5 trillion dong were recorded.|5 trillion dong|5000000000000|VND",
            "A loan of 20 billion pesos was approved.|20 billion pesos|20000000000|PHP",
            "Investment reached AED73.4 billion in the zone.|AED73.4 billion|73400000000|AED",
            "In total this is about Fjd$50 million in grants.|Fjd$50 million|50000000|FJD"})
    void everyCurrencyIsReadAsItsIsoCodeAndNeverTakenForUsDollars(String sentence, String text, double value, String iso) {
        Figure figure = only(sentence);

        assertEquals(text, figure.text());
        assertEquals(value, figure.value(), 1e-6);
        assertEquals(FigureUnit.money(iso), figure.unit());
    }

    @Test
    void aCurrencyNamedForAnotherAmountDoesNotChangeThisOne() {
        List<Figure> figures = extract("Japan will provide ¥100 billion, and China 5 billion yuan; the US $3 billion, "
                + "while the Australian dollar rose.");

        assertEquals(List.of("JPY", "CNY", "USD"), figures.stream().map(f -> f.unit().code()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "By 2025 Dong Nai province will host the fair.",
            "In 2022 Won Hee-ryong visited Hanoi.",
            "By 2025 dong exports were not yet counted."})
    void aYearBeforeANameOrACurrencyWordIsNoAmount(String sentence) {
        assertEquals(List.of(), extract(sentence).stream().filter(f -> f.unit().isMoney()).toList(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Japan will invest Rs 3,20,000 crore over five years.|Rs 3,20,000 crore|3200000000000|INR",
            "Japan will invest Rs 3.2 lakh crore over five years.|Rs 3.2 lakh crore|3200000000000|INR",
            "New Zealand will provide NZ$6.24m for the project.|NZ$6.24m|6240000|NZD",
            "The fund holds US$1.2b in assets.|US$1.2b|1200000000|USD"})
    void indianGroupingCroreAndGluedScaleLettersAreRead(String sentence, String text, double value, String iso) {
        Figure figure = only(sentence);

        assertEquals(text, figure.text());
        assertEquals(value, figure.value(), 1e-3);
        assertEquals(FigureUnit.money(iso), figure.unit());
    }

    @Test
    void anAmountWithItsConversionIsTwoFiguresInTwoCurrencies() {
        List<Figure> figures = extract("Trade reached US$18.4 billion (S$25.4 billion) last year.");

        assertEquals(List.of("USD", "SGD"), figures.stream().map(f -> f.unit().code()).toList());
        assertEquals(List.of(18.4e9, 25.4e9), figures.stream().map(Figure::value).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In 2022, trade reached $87 billion.|YEAR|2022|2022",
            "They aim for $150 billion by 2030.|HORIZON|2030|2030",
            "Two funds, each worth US$2 billion until 2030.|HORIZON|2030|2030",
            "Korea would provide $200 million from 2024 to 2027.|PERIOD|2024|2027",
            "From 2012 to 2015, Korea provided $1.2 billion in loans.|PERIOD|2012|2015",
            "The credit was extended from 2016 through 2020, with a total value of $1.5 billion.|PERIOD|2016|2020",
            "Korea lent $3 billion in 2016 through 2020.|PERIOD|2016|2020",
            "A budget of $30 million over the next decade.|PERIOD|2023|2033",
            "As of April 2023, Korea has nearly $82 billion invested.|AS_OF|2023|2023",
            "Trade reached $79.4 billion last year.|YEAR|2022|2022"})
    void timeIsReadFromTheSentence(String sentence, FigureTime.Kind kind, int start, int end) {
        FigureTime time = only(sentence).time();

        assertEquals(kind, time.kind());
        assertEquals(start, time.start());
        assertEquals(end, time.end());
    }

    @Test
    void eachFigureTakesTheTimeNearestItWithoutCrossingAnotherFigure() {
        List<Figure> figures = extract("Vietnam and South Korea strive to achieve a bilateral trade turnover of US$100 billion "
                + "and aim for $150 billion by 2030, with a balanced and sustainable trade relationship.");

        assertEquals(FigureTime.Kind.NONE, figures.get(0).time().kind(), "the horizon belongs to the second amount");
        assertEquals(2030, figures.get(1).time().end());
    }

    @Test
    void percentageKeepsItsComparisonBaseAndQualifiersAreKept() {
        List<Figure> figures = extract("In 2022, the bilateral trade volume reached $87 billion, representing an 11.4 percent "
                + "increase compared to 2021. As of April 2023, South Korea has over 9,500 active investment projects with a "
                + "combined registered capital of nearly $82 billion.");

        assertEquals(4, figures.size());
        assertNull(figures.get(0).baseYear());
        assertEquals(2021, figures.get(1).baseYear());
        assertEquals(2022, figures.get(1).time().start());
        assertEquals("over", figures.get(2).qualifier());
        assertEquals("active investment projects", figures.get(2).noun());
        assertEquals("nearly", figures.get(3).qualifier());
        assertEquals(FigureTime.Kind.AS_OF, figures.get(3).time().kind());
    }

    @Test
    void aSharedAmountSplitsPerHolder() {
        List<Figure> figures = extract("The two sides affirmed agreements such as the Framework Agreement on the Korean Economic "
                + "Development Cooperation Fund (EDCF) and the Economic Cooperation Enhancement Fund (EDPF) Cooperation Agreement, "
                + "each worth US$2 billion until 2030.");

        assertEquals(2, figures.size());
        assertEquals(List.of("EDCF", "EDPF"), figures.stream().map(Figure::holder).toList());
        assertEquals(List.of("s#p1.1", "s#p1.2"), figures.stream().map(Figure::id).toList());
        assertEquals(figures.get(0).start(), figures.get(1).start());
    }

    @Test
    void aWordEndingInSAfterAnAmountIsNoCountedNoun() {
        assertEquals(List.of(), extract("It adds 70 million to the 80 million that was offered, and 20 this is."));
    }

    @Test
    void yearsDurationsDatesAndNamesAreNotFigures() {
        assertEquals(List.of(), extract("After more than 30 years of diplomatic relations, in December 1992 and October 2009, "
                + "the sides cited the 1982 United Nations Convention (UNCLOS 1982), the P4G Summit, ASEAN+3, the 10th anniversary, "
                + "a visit from August 10-13, the 2022-2025 term and carbon neutrality by 2050."));
        assertEquals(List.of(), extract("On 14 December leaders of both countries met, and on 20 March ministers signed it."));
        assertEquals(List.of(), extract("She swam the 50m freestyle heats."));
    }

    @Test
    void aSentenceOfThousandsOfAmountsGivesEachItsOwnTimeAndQualifier() {
        String clause = "trade of nearly US$30 billion by 2030 and investment of $12 million in 2024, ";
        List<Figure> figures = extract("The two sides agreed on " + clause.repeat(2_000) + "and more.");

        assertEquals(4_000, figures.size());
        for (int i = 0; i < figures.size(); i += 2) {
            assertEquals(30e9, figures.get(i).value(), 1e-3);
            assertEquals(2030, figures.get(i).time().end());
            assertEquals(FigureTime.Kind.HORIZON, figures.get(i).time().kind());
            assertEquals("nearly", figures.get(i).qualifier());
            assertEquals(12e6, figures.get(i + 1).value(), 1e-3);
            assertEquals(2024, figures.get(i + 1).time().start());
            assertNull(figures.get(i + 1).qualifier());
        }
    }
}
