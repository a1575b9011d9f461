package briefing.evaluate;

/**
 * Counts of one measure: right answers, wrong ones given, right ones missed. Precision, recall and F1 are
 * 1 when there was nothing to get wrong, so an empty measure never fails a floor.
 */
public record Tally(int truePositives, int falsePositives, int falseNegatives) {

    public static final Tally ZERO = new Tally(0, 0, 0);

    public Tally plus(Tally other) {
        return new Tally(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        int given = truePositives + falsePositives;
        return given == 0 ? 1 : (double) truePositives / given;
    }

    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1 : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** How many answers were expected: right plus missed. */
    public int expected() {
        return truePositives + falseNegatives;
    }
}
