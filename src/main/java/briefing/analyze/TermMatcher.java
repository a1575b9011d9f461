package briefing.analyze;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds which of a fixed set of phrases occur in a text, and how often, comparing word stems. Built once;
 * each match is a single pass over the text's stems, indexed by each phrase's first stem, so the cost
 * grows with the text, not with the number of phrases.
 *
 * @param <T> what a phrase stands for (a theme's term)
 */
public final class TermMatcher<T> {

    private record Compiled<T>(List<String> stems, T value) {
    }

    private final Map<String, List<Compiled<T>>> byFirstStem = new HashMap<>();

    /** One entry per value, its phrase given by {@code phraseOf}; a phrase of stop words only never matches. */
    public TermMatcher(Collection<T> values, Function<T, String> phraseOf) {
        for (T value : values) {
            List<String> stems = Stems.of(phraseOf.apply(value));
            if (!stems.isEmpty()) {
                byFirstStem.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(new Compiled<>(stems, value));
            }
        }
    }

    /** One place a phrase was found: its value and the stems it covers, {@code start} to {@code end} exclusive. */
    public record Occurrence<T>(T value, int start, int end) {

        /** Whether this occurrence lies within {@code other}'s stems. */
        public boolean within(Occurrence<?> other) {
            return start >= other.start && end <= other.end;
        }
    }

    /** Every phrase value found in the stems, with its number of occurrences, in order of first occurrence. */
    public Map<T, Integer> count(List<String> stems) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        for (Occurrence<T> occurrence : find(stems)) {
            counts.merge(occurrence.value(), 1, Integer::sum);
        }
        return counts;
    }

    /** Every occurrence of every phrase in the stems, in reading order. */
    public List<Occurrence<T>> find(List<String> stems) {
        List<Occurrence<T>> found = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            List<Compiled<T>> candidates = byFirstStem.get(stems.get(i));
            if (candidates == null) {
                continue;
            }
            for (Compiled<T> candidate : candidates) {
                if (matchesAt(stems, i, candidate.stems())) {
                    found.add(new Occurrence<>(candidate.value(), i, i + candidate.stems().size()));
                }
            }
        }
        return found;
    }

    private static boolean matchesAt(List<String> stems, int start, List<String> phrase) {
        if (start + phrase.size() > stems.size()) {
            return false;
        }
        for (int j = 1; j < phrase.size(); j++) {
            if (!stems.get(start + j).equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }
}
