package briefing.analyze;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Currencies as statements write them, to ISO 4217 codes: symbols before the amount ({@code US$},
 * {@code S$}, {@code A$}, {@code €}, {@code ¥}, {@code ₩}, {@code RM}, {@code Rp} …) and words after it
 * ({@code yen}, {@code euros}, {@code Singapore dollars}, {@code won} …). A bare {@code $} is US dollars
 * unless its sentence names another dollar; a bare {@code ¥} is yen unless the sentence speaks of yuan.
 */
final class Currencies {

    /** Symbols and codes written before an amount, longest first (a regular-expression alternation). */
    static final String SYMBOLS = "US\\$|U\\.S\\.\\s?\\$|AU?\\$|S\\$|NZ\\$|HK\\$|C\\$|\\$|€|£|₩|¥|₫|₹|₱|฿|Rs\\.?|Rp\\.?|RM"
            + "|(?:USD|AUD|SGD|NZD|HKD|CAD|EUR|GBP|KRW|JPY|CNY|RMB|VND|INR|PHP|IDR|MYR|THB)(?=\\s?\\d)";

    /** Words and codes written after an amount (matched without regard to case). */
    static final String WORDS = "U\\.?S\\.?\\s+dollars?|Australian\\s+dollars?|Singapore\\s+dollars?|New\\s+Zealand\\s+dollars?"
            + "|Hong\\s+Kong\\s+dollars?|Canadian\\s+dollars?|dollars|won|yen|yuan|renminbi|euros?|pounds\\s+sterling|dong"
            + "|pesos|rupiah|ringgit|baht|rupees|USD|AUD|SGD|NZD|HKD|CAD|EUR|GBP|KRW|JPY|CNY|RMB|VND|INR|PHP|IDR|MYR|THB";

    private static final Map<String, String> BY_SYMBOL = Map.ofEntries(
            Map.entry("US$", "USD"), Map.entry("A$", "AUD"), Map.entry("AU$", "AUD"), Map.entry("S$", "SGD"),
            Map.entry("NZ$", "NZD"), Map.entry("HK$", "HKD"), Map.entry("C$", "CAD"), Map.entry("€", "EUR"),
            Map.entry("£", "GBP"), Map.entry("₩", "KRW"), Map.entry("₫", "VND"), Map.entry("₹", "INR"),
            Map.entry("₱", "PHP"), Map.entry("฿", "THB"), Map.entry("Rs", "INR"), Map.entry("Rs.", "INR"),
            Map.entry("Rp", "IDR"), Map.entry("Rp.", "IDR"), Map.entry("RM", "MYR"), Map.entry("RMB", "CNY"));

    private static final Map<String, String> BY_WORD = Map.ofEntries(
            Map.entry("dollars", "USD"), Map.entry("won", "KRW"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("rmb", "CNY"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("pounds sterling", "GBP"), Map.entry("dong", "VND"), Map.entry("pesos", "PHP"),
            Map.entry("rupiah", "IDR"), Map.entry("ringgit", "MYR"), Map.entry("baht", "THB"), Map.entry("rupees", "INR"));

    private static final Pattern OTHER_DOLLAR = Pattern.compile(
            "\\b(Australian|Singapore|New Zealand|Hong Kong|Canadian) dollars?\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> DOLLARS = Map.of("australian", "AUD", "singapore", "SGD",
            "new zealand", "NZD", "hong kong", "HKD", "canadian", "CAD");

    private Currencies() {
    }

    /** The ISO code of a symbol or code written before an amount, read with its sentence for {@code $} and {@code ¥}. */
    static String ofSymbol(String symbol, String sentence) {
        String s = symbol.replaceAll("\\s", "");
        if (s.equals("$") || s.equals("U.S.$")) {
            if (s.equals("$")) {
                java.util.regex.Matcher other = OTHER_DOLLAR.matcher(sentence);
                if (other.find()) {
                    return DOLLARS.get(other.group(1).toLowerCase(Locale.ROOT));
                }
            }
            return "USD";
        }
        if (s.equals("¥")) {
            return sentence.matches("(?is).*\\b(yuan|renminbi|RMB)\\b.*") ? "CNY" : "JPY";
        }
        String known = BY_SYMBOL.get(s);
        return known != null ? known : s.toUpperCase(Locale.ROOT);
    }

    /** The ISO code of a currency word or code written after an amount. */
    static String ofWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.matches("u\\.?s\\.? dollars?")) {
            return "USD";
        }
        for (Map.Entry<String, String> dollar : DOLLARS.entrySet()) {
            if (w.startsWith(dollar.getKey() + " dollar")) {
                return dollar.getValue();
            }
        }
        String known = BY_WORD.get(w);
        return known != null ? known : w.toUpperCase(Locale.ROOT);
    }
}
