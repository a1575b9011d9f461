package briefing.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for diagnostics: the known name closest to what an editor typed, if any is close. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    public static Optional<String> closest(String typed, Collection<String> known) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        return known.stream()
                .min(Comparator.comparingInt((String k) -> score(wanted, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(k -> !sharesStart(wanted, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(best -> score(wanted, best.toLowerCase(Locale.ROOT)) <= Math.max(2, wanted.length() / 2));
    }

    private static boolean sharesStart(String typed, String candidate) {
        return typed.startsWith(candidate) || candidate.startsWith(typed);
    }

    /** Edit distance, but a shared prefix of four or more letters ({@code economics}/{@code economy}) counts as close. */
    private static int score(String typed, String candidate) {
        int distance = DISTANCE.apply(typed, candidate);
        int prefix = 0;
        while (prefix < Math.min(typed.length(), candidate.length()) && typed.charAt(prefix) == candidate.charAt(prefix)) {
            prefix++;
        }
        return prefix >= 4 ? Math.min(distance, 2) : distance;
    }

    /** The hint text for an unknown name: a suggestion when one is close, else the list of known names. */
    public static String hint(String typed, Collection<String> known) {
        return closest(typed, known)
                .map(s -> "did you mean '" + s + "'?")
                .orElse("expected one of: " + String.join(", ", known.stream().sorted().toList()));
    }
}
