package briefing.analyze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Currencies as statements write them, to ISO 4217 codes, from the JDK's currency data (CLDR): every
 * current currency by its code before or after an amount ({@code SAR 5 billion}, {@code 150 billion USD}),
 * by its English name after it ({@code Saudi riyals}, {@code New Zealand dollars}, {@code South African
 * rand}), by its symbol before it ({@code A$}, {@code R$}, {@code ₹}, {@code €} …), and by its unit word
 * alone ({@code riyals}, {@code shillings}, {@code pesos}).
 *
 * <p>A unit word alone, or a bare {@code $}, names several currencies; the statement decides which
 * ({@link #forStatement}): the one its parties use ("riyals" in a Saudi–Korea text are Saudi riyals), else
 * the usual one (dollars are US dollars, yen Japanese). A bare {@code $} is US dollars unless the words right
 * after the amount name another dollar, or the statement is about one dollar country and not the United
 * States and never writes that country's own symbol (then its writer uses "$" for the local dollar, as an
 * Australian media release does). A unit word no party uses and with no usual currency is no amount: a
 * wrong currency would mislead more than a figure missing.
 */
final class Currencies {

    /** Codes of current currencies (no historic, fund or metal codes). */
    private static final Map<String, Currency> CURRENT = current();

    /** Unit words that are also everyday English, never read as a currency alone. */
    private static final Set<String> NOT_UNITS = Set.of("real", "mark", "sol", "som", "pula", "tala", "lek", "lev", "leu",
            "kip", "vatu", "loti", "guarani", "colón", "metical", "escudo", "dobra", "balboa", "gourde", "ouguiya", "nakfa",
            "dalasi", "ariary", "kwanza", "lempira", "quetzal", "boliviano", "córdoba", "birr", "cedi", "lilangeni", "pataca",
            "tugrik", "rufiyaa", "ngultrum", "florin", "guilder", "denar", "dram", "lari", "manat", "somoni", "afghani",
            "hryvnia", "koruna", "krona", "krone", "króna", "forint", "zloty", "kuna", "leone", "kwacha", "tolar", "paʻanga");

    /**
     * The usual currency of a unit word written alone, when the statement's parties use none of its kind
     * (no "pound": "5 million pounds" of rice are no money unless a party pays in pounds).
     */
    private static final Map<String, String> USUAL = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("euro", "EUR"), Map.entry("yen", "JPY"),
            Map.entry("won", "KRW"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("rupee", "INR"),
            Map.entry("peso", "PHP"), Map.entry("dong", "VND"), Map.entry("rupiah", "IDR"), Map.entry("ringgit", "MYR"),
            Map.entry("baht", "THB"), Map.entry("rand", "ZAR"), Map.entry("naira", "NGN"), Map.entry("riel", "KHR"),
            Map.entry("kyat", "MMK"), Map.entry("kina", "PGK"), Map.entry("tenge", "KZT"), Map.entry("taka", "BDT"),
            Map.entry("ruble", "RUB"), Map.entry("lira", "TRY"), Map.entry("shekel", "ILS"), Map.entry("real", "BRL"));

    /** Plurals that are not the unit word with an s, and other spellings of a unit word. */
    private static final Map<String, String> SINGULAR = Map.of("reais", "real", "rouble", "ruble", "roubles", "ruble",
            "lire", "lira", "piso", "peso", "pisos", "peso", "rial", "riyal", "rials", "riyal", "shekalim", "shekel",
            "rmb", "yuan");

    /** Unit words as a text writes them alone, each with every current currency of that unit. */
    private static final Map<String, List<String>> BY_UNIT = byUnit();

    /** Every current currency by its English name, lower case, unit word singular ("saudi riyal"). */
    private static final Map<String, String> BY_NAME = byName();

    /** Symbols written before an amount, each with its currency. */
    private static final Map<String, String> BY_SYMBOL = bySymbol();

    /** Codes that are English words, not read as currencies before or after a number ("ALL 5 members"). */
    private static final Set<String> WORD_CODES = Set.of("ALL", "TOP", "CUP", "BOB", "MAD", "SOS", "PEN", "TRY", "GEL",
            "AMD", "MOP", "NAD", "WST", "ANG", "CUC", "SDG", "BAM", "CVE", "IRR");

    /** Codes the press glues to the number ("USD100", "EUR5m"). */
    private static final List<String> GLUED_CODES = List.of("USD", "EUR", "GBP", "JPY", "AUD", "SGD", "NZD", "HKD", "CAD", "KRW",
            "CNY", "RMB", "VND", "INR", "PHP", "IDR", "MYR", "THB");

    /**
     * Letters the local press writes before an amount ("Dh5 billion", "SR5 billion", "R5 billion", "P5
     * billion", "K50 million"), read only in a statement one of whose parties uses that currency: elsewhere
     * they are no money ("P4G", "N95").
     */
    private static final Map<String, List<String>> PRESS_LETTERS = Map.ofEntries(
            Map.entry("Tk", List.of("BDT")), Map.entry("Dh", List.of("AED")), Map.entry("Dhs", List.of("AED")),
            Map.entry("SR", List.of("SAR")), Map.entry("QR", List.of("QAR")), Map.entry("Bt", List.of("THB")),
            Map.entry("TL", List.of("TRY")), Map.entry("R", List.of("ZAR")), Map.entry("N", List.of("NGN")),
            Map.entry("P", List.of("PHP", "BWP")), Map.entry("K", List.of("PGK", "ZMW", "MMK", "LAK")), Map.entry("GH¢", List.of("GHS")),
            Map.entry("Br", List.of("ETB")), Map.entry("Sh", List.of("KES", "TZS", "UGX")));

    /** The rupees a bare "Rs" may be: the one the parties use, else India's. */
    private static final Set<String> RUPEES = Set.of("INR", "PKR", "LKR", "NPR", "MUR", "SCR");

    /** Symbols and codes written before an amount, longest first (a regular-expression alternation). */
    static final String SYMBOLS = symbolsPattern();

    /** Names, unit words and codes written after an amount (the unit words in lower case). */
    static final String WORDS = wordsPattern();

    /** How far after an amount a currency word still belongs to it. */
    private static final int NEAR = 30;
    private static final Pattern YUAN_AFTER = Pattern.compile("\\W*(?:\\p{L}+\\s+)?(?:yuan|renminbi|RMB)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_AFTER = Pattern.compile("\\W*(?:in\\s+)?((?:\\p{Lu}[\\p{L}-]*\\s+){1,3})(dollars?|yuan|renminbi|RMB)\\b");

    /** The dollar countries' currencies: every current currency whose English name ends in "Dollar". */
    private static final Set<String> DOLLARS = CURRENT.values().stream()
            .filter(c -> c.getDisplayName(Locale.ENGLISH).endsWith(" Dollar")).map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    /** No statement: a bare {@code $} is US dollars and each unit word its usual currency. */
    static final Currencies STANDARD = new Currencies(Set.of(), null);

    /** The currencies the statement's parties use. */
    private final Set<String> partyCurrencies;
    /** The local dollar a bare {@code $} means in this statement, or null for US dollars. */
    private final String bareDollar;

    private Currencies(Set<String> partyCurrencies, String bareDollar) {
        this.partyCurrencies = Set.copyOf(partyCurrencies);
        this.bareDollar = bareDollar;
    }

    /**
     * The reading of a statement: its parties (ISO 3166 alpha-2 codes; organisations' codes are skipped, but
     * the European Union's is the euro) and its text, which tells whether its writer marks its local dollar
     * with its own symbol.
     */
    static Currencies forStatement(List<String> partyCodes, String text) {
        Set<String> used = new LinkedHashSet<>();
        boolean american = false;
        for (String code : partyCodes) {
            if (code.equals("US")) {
                american = true;
            }
            countryCurrency(code).ifPresent(used::add);
        }
        List<String> localDollars = used.stream().filter(c -> DOLLARS.contains(c) && !c.equals("USD")).toList();
        String bare = null;
        if (!american && localDollars.size() == 1 && !writesOwnSymbol(localDollars.get(0), text)) {
            bare = localDollars.get(0);
        }
        return new Currencies(used, bare);
    }

    private static Optional<String> countryCurrency(String code) {
        if (code.equals("EU")) {
            return Optional.of("EUR");
        }
        if (!code.matches("[A-Z]{2}")) {
            return Optional.empty();
        }
        try {
            Currency c = Currency.getInstance(new Locale.Builder().setRegion(code).build());
            return c == null ? Optional.empty() : Optional.of(c.getCurrencyCode());
        } catch (IllegalArgumentException | java.util.IllformedLocaleException e) {
            return Optional.empty(); // a region with no currency of its own (Antarctica) or not a region
        }
    }

    /** Whether the text writes this dollar's own symbol or name anywhere ("A$64 million", "Australian dollars"). */
    private static boolean writesOwnSymbol(String dollar, String text) {
        Currency currency = CURRENT.get(dollar);
        String name = currency.getDisplayName(Locale.ENGLISH);
        String adjective = name.substring(0, name.length() - " Dollar".length());
        List<String> symbols = BY_SYMBOL.entrySet().stream().filter(e -> e.getValue().equals(dollar)).map(Map.Entry::getKey).toList();
        for (String symbol : symbols) {
            if (Pattern.compile("(?<!\\p{L})" + Pattern.quote(symbol) + "\\s?\\d").matcher(text).find()) {
                return true;
            }
        }
        return Pattern.compile("\\b" + Pattern.quote(adjective) + "\\s+dollars?\\b|\\b" + dollar + "\\s?\\d|\\d\\s?" + dollar + "\\b",
                Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    /**
     * The ISO code of a symbol or code written before an amount, or empty when it names no currency this
     * statement can tell. A bare {@code $} or {@code ¥} is read with the words right after the amount
     * ({@code after}): "$13 billion in Australian dollars" is AUD, "¥50 billion in yuan" is CNY; a currency
     * named further away belongs to another amount.
     */
    Optional<String> ofSymbol(String symbol, String after) {
        String s = symbol.replaceAll("\\s", "");
        String near = after.substring(0, Math.min(after.length(), NEAR));
        if (s.equals("$") || s.equals("¥")) {
            Matcher named = NAMED_AFTER.matcher(near);
            if (named.lookingAt()) {
                Optional<String> byName = ofWord(named.group(1) + named.group(2));
                if (byName.isPresent()) {
                    return byName;
                }
            }
            if (s.equals("¥")) { // yen, unless the yuan is named or the parties use it and not the yen
                boolean yuan = YUAN_AFTER.matcher(near).lookingAt()
                        || partyCurrencies.contains("CNY") && !partyCurrencies.contains("JPY");
                return Optional.of(yuan ? "CNY" : "JPY");
            }
            return Optional.of(bareDollar != null ? bareDollar : "USD");
        }
        if (s.matches("U\\.?S\\.?\\$")) {
            return Optional.of("USD");
        }
        if (s.equals("Rs") || s.equals("Rs.")) {
            List<String> ours = RUPEES.stream().filter(partyCurrencies::contains).sorted().toList();
            return Optional.of(ours.size() == 1 ? ours.get(0) : "INR");
        }
        List<String> press = PRESS_LETTERS.get(s);
        if (press != null && !BY_SYMBOL.containsKey(s)) {
            List<String> ours = press.stream().filter(partyCurrencies::contains).toList();
            return ours.size() == 1 ? Optional.of(ours.get(0)) : Optional.empty();
        }
        String known = BY_SYMBOL.get(s);
        if (known != null) {
            return Optional.of(known);
        }
        return CURRENT.containsKey(s) ? Optional.of(s) : Optional.empty();
    }

    /**
     * The ISO code of a currency written after an amount: its code, its English name (with or without
     * its country's adjective), or its unit word, which the statement's parties or usage decide.
     */
    Optional<String> ofWord(String word) {
        String w = word.strip().replaceAll("\\s+", " ");
        if (w.matches("[A-Z]{3}") && CURRENT.containsKey(w)) {
            return Optional.of(w);
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.matches("u\\.?s\\.? dollars?")) {
            return Optional.of("USD");
        }
        int space = lower.lastIndexOf(' ');
        String unit = singular(lower.substring(space + 1));
        if (space > 0) {
            String named = BY_NAME.get(lower.substring(0, space) + " " + unit);
            if (named != null) {
                return Optional.of(named);
            }
        }
        if (unit.equals("dollar")) {
            return Optional.of(bareDollar != null ? bareDollar : "USD");
        }
        List<String> ours = BY_UNIT.getOrDefault(unit, List.of()).stream().filter(partyCurrencies::contains).toList();
        return ours.size() == 1 ? Optional.of(ours.get(0)) : Optional.ofNullable(USUAL.get(unit));
    }

    private static String singular(String word) {
        String w = SINGULAR.getOrDefault(word, word);
        if (BY_UNIT.containsKey(w) || USUAL.containsKey(w)) {
            return w;
        }
        for (String ending : List.of("es", "s")) {
            if (w.endsWith(ending)) {
                String stem = SINGULAR.getOrDefault(w.substring(0, w.length() - ending.length()), w.substring(0, w.length() - ending.length()));
                if (BY_UNIT.containsKey(stem) || USUAL.containsKey(stem)) {
                    return stem;
                }
            }
        }
        return w;
    }

    // ---- the tables, from the JDK's currency data --------------------------------------------------

    private static Map<String, Currency> current() {
        Map<String, Currency> out = new TreeMap<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            String name = c.getDisplayName(Locale.ENGLISH);
            String code = c.getCurrencyCode();
            boolean historic = name.contains("(") || name.equals(code);
            boolean notMoney = code.startsWith("X") && !Set.of("XAF", "XOF", "XCD", "XPF").contains(code);
            if (!historic && !notMoney && !Set.of("USN", "USS", "CHE", "CHW", "BOV", "CLF", "COU", "MXV", "UYI", "VED", "ZWG").contains(code)) {
                out.put(code, c);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static String unitOf(Currency c) {
        String name = c.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
        String unit = name.substring(name.lastIndexOf(' ') + 1);
        return SINGULAR.getOrDefault(unit, unit);
    }

    private static Map<String, List<String>> byUnit() {
        Map<String, List<String>> out = new TreeMap<>();
        for (Currency c : CURRENT.values()) {
            String unit = unitOf(c);
            if (!NOT_UNITS.contains(unit)) {
                out.computeIfAbsent(unit, k -> new ArrayList<>()).add(c.getCurrencyCode());
            }
        }
        out.computeIfAbsent("renminbi", k -> new ArrayList<>()).add("CNY");
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> byName() {
        Map<String, String> out = new HashMap<>();
        for (Currency c : CURRENT.values()) {
            String name = c.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            int space = name.lastIndexOf(' ');
            if (space > 0) {
                out.put(name.substring(0, space) + " " + unitOf(c), c.getCurrencyCode());
            }
        }
        // Names the press uses besides CLDR's.
        out.put("emirati dirham", "AED");
        out.put("uae dirham", "AED");
        out.put("chinese renminbi", "CNY");
        out.put("taiwan dollar", "TWD");
        out.put("philippine peso", "PHP");
        out.put("korean won", "KRW");
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> bySymbol() {
        Map<String, String> out = new HashMap<>();
        // The symbols CLDR gives in English, where they tell one currency (A$, R$, ₹, €, ₩ …; not a bare $, ¥ or F).
        Map<String, Set<String>> claims = new HashMap<>();
        for (Currency c : CURRENT.values()) {
            String symbol = c.getSymbol(Locale.ENGLISH);
            if (!symbol.equals(c.getCurrencyCode()) && !symbol.equals("$") && !symbol.equals("¥") && symbol.length() <= 4) {
                claims.computeIfAbsent(symbol, k -> new TreeSet<>()).add(c.getCurrencyCode());
            }
        }
        claims.forEach((symbol, codes) -> {
            if (codes.size() == 1) {
                out.put(symbol, codes.iterator().next());
            }
        });
        // A dollar's code before its sign, as some papers write it ("FJD$50 million", "Fjd$", "NZD$").
        for (Currency c : CURRENT.values()) {
            if (c.getDisplayName(Locale.ENGLISH).endsWith(" Dollar")) {
                String code = c.getCurrencyCode();
                out.put(code + "$", code);
                out.put(code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT) + "$", code);
            }
        }
        // As the press writes them.
        out.putAll(Map.ofEntries(Map.entry("AU$", "AUD"), Map.entry("S$", "SGD"), Map.entry("C$", "CAD"), Map.entry("£", "GBP"),
                Map.entry("₱", "PHP"), Map.entry("฿", "THB"), Map.entry("₦", "NGN"), Map.entry("Rs", "INR"), Map.entry("Rs.", "INR"),
                Map.entry("Rp", "IDR"), Map.entry("Rp.", "IDR"), Map.entry("RM", "MYR"), Map.entry("RMB", "CNY"), Map.entry("KSh", "KES"),
                Map.entry("Ksh", "KES"), Map.entry("FJ$", "FJD"), Map.entry("₺", "TRY"), Map.entry("₽", "RUB"), Map.entry("৳", "BDT")));
        return Collections.unmodifiableMap(out);
    }

    private static String symbolsPattern() {
        List<String> symbols = new ArrayList<>(BY_SYMBOL.keySet());
        symbols.addAll(List.of("US$", "U.S.$", "$", "¥"));
        symbols.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        // A code glued to its number is one of the common ones ("USD100"), or any code glued to an amount
        // with its scale ("AED73.4 billion"); otherwise it needs a space ("SAR 5 billion"), so "COP15" or
        // "CVE2023" stay names.
        String codes = CURRENT.keySet().stream().filter(c -> !WORD_CODES.contains(c) && !GLUED_CODES.contains(c))
                .collect(Collectors.joining("|"));
        // Press letters of two or more: before a number; one letter: only before an amount with its scale
        // or thousands ("R5 billion", "K50,000"), never "N95" or "P4G".
        String letters = PRESS_LETTERS.keySet().stream().filter(l -> l.length() > 1 && !BY_SYMBOL.containsKey(l))
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).collect(Collectors.joining("|"));
        String single = PRESS_LETTERS.keySet().stream().filter(l -> l.length() == 1).sorted().collect(Collectors.joining());
        return symbols.stream().map(s -> s.equals("US$") ? "US\\s?\\$" : s.equals("U.S.$") ? "U\\.S\\.\\s?\\$" : Pattern.quote(s))
                .collect(Collectors.joining("|")) + "|(?:" + letters + ")(?=\\s?\\d)|[" + single + "](?=\\d[\\d.]*(?:\\s?(?i:trillion|billion|million|bn|mn)|m)\\b|\\d{1,3}(?:,\\d{3})+)"
                + "|(?:" + String.join("|", GLUED_CODES) + ")(?=\\s?\\d)|(?:" + codes + ")(?=\\s\\d|[\\d.,]+\\s?(?i:trillion|billion|million|bn|mn)\\b(?!\\s+\\p{Ll}+s\\b))";
    }

    private static String wordsPattern() {
        Set<String> units = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        units.addAll(BY_UNIT.keySet());
        units.addAll(USUAL.keySet());
        units.addAll(SINGULAR.keySet());
        units.remove("real"); // "reais" only: "5 billion real projects" is no money
        String unitWords = units.stream().map(u -> Pattern.quote(u) + "(?:e?s)?").collect(Collectors.joining("|"));
        String codes = CURRENT.keySet().stream().filter(c -> !WORD_CODES.contains(c)).collect(Collectors.joining("|"));
        // A currency's country adjective (capitalised) may come first: "Saudi riyals", "New Zealand dollars".
        return "U\\.?S\\.?\\s+[Dd]ollars?|Euros?|(?:(?:\\p{Lu}[\\p{L}-]*\\s+){1,3})?(?:" + unitWords + ")|[Dd]ollars?|" + codes;
    }
}
