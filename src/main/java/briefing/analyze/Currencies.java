package briefing.analyze;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Currencies as statements write them, to ISO 4217 codes: symbols before the amount ({@code US$},
 * {@code S$}, {@code A$}, {@code €}, {@code ¥}, {@code ₩}, {@code RM}, {@code Rp} …) and words after it
 * ({@code yen}, {@code euros}, {@code Singapore dollars}, {@code won} …). A bare {@code $} is US dollars
 * unless the words right after the amount name another dollar; a bare {@code ¥} is yen unless they say yuan.
 */
final class Currencies {

    /** Symbols and codes written before an amount, longest first (a regular-expression alternation). */
    static final String SYMBOLS = "US\\s?\\$|U\\.S\\.\\s?\\$|AU?\\$|S\\$|NZ\\$|HK\\$|C\\$|\\$|€|£|₩|¥|₫|₹|₱|฿|Rs\\.?|Rp\\.?|RM"
            + "|(?:USD|AUD|SGD|NZD|HKD|CAD|EUR|GBP|KRW|JPY|CNY|RMB|VND|INR|PHP|IDR|MYR|THB)(?=\\s?\\d)";

    /** Words and codes written after an amount (matched without regard to case). */
    static final String WORDS = "U\\.?S\\.?\\s+[Dd]ollars?|Australian\\s+[Dd]ollars?|Singapore\\s+[Dd]ollars?"
            + "|New\\s+Zealand\\s+[Dd]ollars?|Hong\\s+Kong\\s+[Dd]ollars?|Canadian\\s+[Dd]ollars?|[Dd]ollars|won|yen|yuan|renminbi"
            + "|[Ee]uros?|pounds\\s+sterling|dong|pesos|rupiah|ringgit|baht|rupees"
            + "|USD|AUD|SGD|NZD|HKD|CAD|EUR|GBP|KRW|JPY|CNY|RMB|VND|INR|PHP|IDR|MYR|THB";

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

    /** How far after an amount a currency word still belongs to it. */
    private static final int NEAR = 30;
    private static final Pattern OTHER_DOLLAR = Pattern.compile(
            "\\W*(?:\\p{L}+\\s+){0,1}(Australian|Singapore|New Zealand|Hong Kong|Canadian) dollars?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YUAN_AFTER = Pattern.compile(
            "\\W*(?:\\p{L}+\\s+){0,1}(?:yuan|renminbi|RMB)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> DOLLARS = Map.of("australian", "AUD", "singapore", "SGD",
            "new zealand", "NZD", "hong kong", "HKD", "canadian", "CAD");

    private Currencies() {
    }

    /**
     * The ISO code of a symbol or code written before an amount. A bare {@code $} or {@code ¥} is read with
     * the words right after the amount ({@code after}): "$13 billion in Australian dollars" is AUD, "¥50
     * billion in yuan" is CNY; a currency named further away belongs to another amount.
     */
    static String ofSymbol(String symbol, String after) {
        String s = symbol.replaceAll("\\s", "");
        String near = after.substring(0, Math.min(after.length(), NEAR));
        if (s.equals("$")) {
            java.util.regex.Matcher other = OTHER_DOLLAR.matcher(near);
            return other.lookingAt() ? DOLLARS.get(other.group(1).toLowerCase(Locale.ROOT)) : "USD";
        }
        if (s.equals("US$") || s.equals("U.S.$")) {
            return "USD";
        }
        if (s.equals("¥")) {
            return YUAN_AFTER.matcher(near).lookingAt() ? "CNY" : "JPY";
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
