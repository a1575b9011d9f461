package briefing.model;

/** What a figure counts: money in a currency, a percentage, or a count of things (with its noun). */
public enum FigureUnit {
    USD, KRW, PERCENT, COUNT;

    public boolean isMoney() {
        return this == USD || this == KRW;
    }
}
