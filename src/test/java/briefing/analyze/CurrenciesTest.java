package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Currencies read with the statement they are in: its parties' currencies and its writer's use of "$". */
class CurrenciesTest {

    /** The currency of the only money amount in the sentence, read as a statement of these parties. */
    private static Optional<String> currencyIn(String sentence, List<String> parties, String wholeText) {
        List<FigureExtractor.Found> money = FigureExtractor.inSentence(sentence, Currencies.forStatement(parties, wholeText))
                .stream().filter(f -> f.unit().isMoney()).toList();
        assertTrue(money.size() <= 1, money.toString());
        return money.stream().findFirst().map(f -> f.unit().code());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
            // a unit word alone: the one currency of that unit the parties use
            "Korea will invest over 1.8 billion riyals in the kingdom.|SA KR|SAR",
            "The fund of 500 million riyals will start next year.|QA GB|QAR",
            "Kenya will receive 2 billion shillings for roads.|IN KE|KES",
            "Trade reached 50 billion rand last year.|ZA CN|ZAR",
            // a currency's full name decides whatever the parties
            "The hospital cost 3 billion Saudi riyals.|JP IN|SAR",
            "A credit of 10 million New Zealand dollars was agreed.|FJ NZ|NZD",
            "Brazil lent 5 billion reais to the programme.|BR AR|BRL",
            // codes and symbols before the amount
            "Grants of SAR 5 billion were signed.|SA KR|SAR",
            "Kenya will spend KSh 10 billion on the port.|KE IN|KES",
            "Brazil invested R$ 2 billion.|BR CN|BRL",
            // the local press's letters, where a party pays in that currency
            "The deal is worth Dh5 billion.|AE IN|AED",
            "Investments of SR5 billion were signed.|SA KR|SAR",
            "Qatar will invest QR5 billion.|QA GB|QAR",
            "Deals worth R5 billion were signed.|ZA CN|ZAR",
            "Japan will lend P5 billion to the Philippines.|PH JP|PHP",
            "Australia will give K50 million to the province.|AU PG|PGK",
            "South Africa will spend R5m on the study.|ZA CN|ZAR",
            "Bangladesh will get Tk 1,000 crore in aid.|IN BD|BDT",
            // a bare Rs is the parties' one rupee, else India's; a bare yen sign the yuan of a Chinese text
            "Pakistan received Rs 5 billion.|PK CN|PKR",
            "Nepal received Rs 5 billion.|IN NP|INR",
            "China will provide ¥50 billion of aid.|CN VN|CNY",
            "Japan will provide ¥50 billion of aid.|JP VN|JPY"})
    void aCurrencyIsReadAsTheStatementsPartiesPayIt(String sentence, String parties, String iso) {
        assertEquals(Optional.of(iso), currencyIn(sentence, List.of(parties.split(" ")), sentence));
    }

    @Test
    void aUnitWordNoPartyUsesAndWithNoUsualCurrencyIsNoAmount() {
        assertEquals(Optional.empty(), currencyIn("They spent 4 million riyals on the visit.", List.of("JP", "IN"), ""));
        assertEquals(Optional.empty(), currencyIn("Rice exports reached 5 million pounds.", List.of("VN", "PH"), ""),
                "pounds are a weight unless a party pays in pounds");
        assertEquals(Optional.of("GBP"), currencyIn("Rice exports reached 5 million pounds.", List.of("GB", "IN"), ""));
    }

    @Test
    void aBareDollarIsTheOneDollarCountrysWhenItsWriterNeverMarksItsOwnDollar() {
        String release = "Two-way trade between Australia and Vietnam reached $11 billion.";
        assertEquals(Optional.of("AUD"), currencyIn(release, List.of("AU", "VN"), release), "an Australian media release");
        String wire = release + " Australia will also provide A$94 million in aid.";
        assertEquals(Optional.of("USD"), currencyIn(release, List.of("AU", "VN"), wire),
                "a writer who marks Australian dollars A$ means US dollars by $");
        assertEquals(Optional.of("USD"), currencyIn(release, List.of("AU", "US"), release), "the United States is a party");
        assertEquals(Optional.of("USD"), currencyIn(release, List.of("VN", "KR"), release), "no dollar country");
        assertEquals(Optional.of("USD"), currencyIn(release, List.of("AU", "NZ"), release), "two dollar countries: no telling");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The COP15 biodiversity framework was adopted.",
            "The plant is certified to ISO 9001 standards.",
            "Members of the SDG 17 partnership met.",
            "Leaders of ALL 5 members attended."})
    void aCodeGluedToANumberOrAnEnglishWordIsNoCurrency(String sentence) {
        assertEquals(Optional.empty(), currencyIn(sentence, List.of("FR", "DE"), sentence));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
            "Deals worth R5 billion were signed.|JP IN",
            "The P4G Summit met in Seoul.|KR DK",
            "They shipped N95 masks.|NG CN",
            "Model K50 engines were sold.|JP VN",
            "The COP26 million delegates left.|CO GB"})
    void pressLettersAreNoMoneyWhereNoPartyPaysInThem(String sentence, String parties) {
        assertEquals(Optional.empty(), currencyIn(sentence, List.of(parties.split(" ")), sentence));
    }
}
