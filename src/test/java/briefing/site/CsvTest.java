package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV for analysts: RFC 4180, a header row, LF line ends, UTF-8. */
class CsvTest {

    private static String csv(List<String> header, List<List<Object>> rows) {
        return new String(Csv.of(header, rows), StandardCharsets.UTF_8);
    }

    @Test
    void aHeaderRowThenOneRecordPerRowEachEndingInLf() {
        assertEquals("id,value,year\ns#p4.1,87000000000,2022\ns#p4.2,11.4,2023\n",
                csv(List.of("id", "value", "year"), List.of(List.of("s#p4.1", "87000000000", 2022), List.of("s#p4.2", 11.4, 2023))));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
        assertEquals("text\n\"over US$1,000\"\n\"the \"\"two sides\"\"\"\n\"line one\nline two\"\n",
                csv(List.of("text"), List.of(List.of("over US$1,000"), List.of("the \"two sides\""), List.of("line one\nline two"))));
    }

    @Test
    void aMissingValueIsAnEmptyField() {
        assertEquals("a,b,c\nx,,z\n", csv(List.of("a", "b", "c"), List.of(Arrays.asList("x", null, "z"))));
    }

    @Test
    void nonAsciiTextIsUtf8() {
        byte[] bytes = Csv.of(List.of("amount"), List.of(List.of("₩1 trillion")));

        assertEquals("amount\n₩1 trillion\n", new String(bytes, StandardCharsets.UTF_8));
        assertEquals(List.of((byte) 0xE2, (byte) 0x82, (byte) 0xA9), List.of(bytes[7], bytes[8], bytes[9]), "₩ as UTF-8");
    }

    @Test
    void noRowsIsTheHeaderAlone() {
        assertEquals("id\n", csv(List.of("id"), List.of()));
    }
}
