package briefing.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** URL- and anchor-safe names: lower-case ASCII letters, digits and single hyphens. */
public final class Slugs {

    private Slugs() {
    }

    /** The whole text as a slug; empty when nothing of it is Latin letters or digits. */
    public static String of(String text) {
        return ofWords(text, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** At most {@code maxWords} words and {@code maxChars} characters of the text, as a slug. */
    public static String ofWords(String text, int maxWords, int maxChars) {
        String ascii = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        int words = 0;
        for (String word : ascii.split("[^a-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (words == maxWords || slug.length() + word.length() + 1 > maxChars && words > 0) {
                break;
            }
            if (slug.length() > 0) {
                slug.append('-');
            }
            slug.append(word);
            words++;
        }
        return slug.toString();
    }

    /** A short stable hash of the text, for names when the text has no Latin letters to slug. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
