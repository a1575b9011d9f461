package briefing.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a figure counts: money in a currency (its ISO 4217 code: {@code USD}, {@code JPY}, {@code EUR} …),
 * a percentage, or a count of things (with its noun). Two figures in different currencies are never the
 * same unit, so nothing adds or plots them together.
 *
 * @param code the currency's ISO 4217 code, or {@code PERCENT}, or {@code COUNT}
 */
public record FigureUnit(String code) {

    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public static final FigureUnit PERCENT = new FigureUnit("PERCENT");
    public static final FigureUnit COUNT = new FigureUnit("COUNT");
    public static final FigureUnit USD = money("USD");
    public static final FigureUnit KRW = money("KRW");

    public FigureUnit {
        Objects.requireNonNull(code, "code");
        if (!code.equals("PERCENT") && !code.equals("COUNT") && !ISO_4217.matcher(code).matches()) {
            throw new IllegalArgumentException("a unit is PERCENT, COUNT or an ISO 4217 currency code: " + code);
        }
    }

    /** Money in the currency with this ISO 4217 code. */
    public static FigureUnit money(String iso) {
        return new FigureUnit(iso);
    }

    public boolean isMoney() {
        return code.length() == 3;
    }

    /** The code, as the data files have always written it ({@code USD}, {@code PERCENT}, {@code COUNT}). */
    public String name() {
        return code;
    }
}
