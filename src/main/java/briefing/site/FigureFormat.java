package briefing.site;

import briefing.model.Figure;
import briefing.model.FigureUnit;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures as a reader sees them: {@code US$1.2 billion}, {@code 11.4%}, {@code over 9,500 active investment projects}. */
final class FigureFormat {

    private FigureFormat() {
    }

    /** The normalised amount, with its qualifier. */
    static String amount(Figure f) {
        String amount;
        if (f.unit().isMoney()) {
            amount = money(f.unit(), f.value());
        } else if (f.unit().equals(FigureUnit.PERCENT)) {
            amount = plain(f.value()) + "%";
        } else {
            amount = grouped(f.value()) + " " + f.noun();
        }
        return f.qualifier() == null ? amount : f.qualifier() + " " + amount;
    }

    /** A short label for chart points and bars: {@code US$87bn}, {@code US$200m}. */
    static String shortAmount(Figure f) {
        return f.unit().isMoney() ? shortMoney(f.unit(), f.value()) : amount(f);
    }

    /** An amount of money as a reader sees it: {@code US$1.2 billion}, {@code ¥100 billion}. */
    static String money(FigureUnit currency, double value) {
        return symbol(currency) + scaled(value);
    }

    /** An amount of money for a chart's point or bar: {@code US$87bn}, {@code ¥600bn}. */
    static String shortMoney(FigureUnit currency, double v) {
        String symbol = symbol(currency);
        if (atLeastOne(v, 1e12)) {
            return symbol + plain(v / 1e12) + "tn";
        }
        if (atLeastOne(v, 1e9)) {
            return symbol + plain(v / 1e9) + "bn";
        }
        if (atLeastOne(v, 1e6)) {
            return symbol + plain(v / 1e6) + "m";
        }
        return symbol + grouped(v);
    }

    /**
     * Whether {@code v} is at least one {@code unit} as written (three decimals): 999,999,999 is "1
     * billion", not "1000 million".
     */
    private static boolean atLeastOne(double v, double unit) {
        return Math.round(v / unit * 1000) >= 1000;
    }

    /** A currency as an axis or a rate names it: {@code US$}, {@code ¥}, {@code CNY}. */
    static String currencyName(FigureUnit currency) {
        return symbol(currency).strip();
    }

    /** An exchange rate as written: {@code 1,305.41}, {@code 0.9243}. */
    static String rate(double rate) {
        return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(rate);
    }

    /** How an amount in the currency is written: its usual symbol, or its ISO code and a space ({@code JPY 100 billion}). */
    private static String symbol(FigureUnit currency) {
        return switch (currency.code()) {
            case "USD" -> "US$";
            case "KRW" -> "₩";
            case "EUR" -> "€";
            case "JPY" -> "¥";
            case "GBP" -> "£";
            case "AUD" -> "A$";
            case "SGD" -> "S$";
            case "NZD" -> "NZ$";
            default -> currency.code() + " ";
        };
    }

    /** The value as a plain machine-readable number ({@code 87000000000}, {@code 11.4}). */
    static String machine(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String scaled(double v) {
        if (atLeastOne(v, 1e12)) {
            return plain(v / 1e12) + " trillion";
        }
        if (atLeastOne(v, 1e9)) {
            return plain(v / 1e9) + " billion";
        }
        if (atLeastOne(v, 1e6)) {
            return plain(v / 1e6) + " million";
        }
        return grouped(v);
    }

    private static String plain(double v) {
        return new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    private static String grouped(double v) {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
