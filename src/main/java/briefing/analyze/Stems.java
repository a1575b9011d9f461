package briefing.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English word stems of a text, via Lucene's English analyzer (lower-casing, possessives, stop words,
 * Porter stemming), so that an editor's term "defense industry" also matches "defense industries".
 * Texts and terms go through the same analysis. Thread-safe.
 */
public final class Stems {

    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private Stems() {
    }

    public static List<String> of(String text) {
        List<String> stems = new ArrayList<>();
        try (TokenStream tokens = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return stems;
    }

    /** The share of the smaller set's stems that the two sets have in common; 0 when either is empty. */
    static double shareOfFewer(java.util.Set<String> a, java.util.Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        java.util.Set<String> smaller = a.size() <= b.size() ? a : b;
        java.util.Set<String> larger = smaller == a ? b : a;
        long common = smaller.stream().filter(larger::contains).count();
        return (double) common / smaller.size();
    }
}
