package briefing.analyze;

import briefing.model.GlossaryDefinition;
import briefing.model.GlossaryEntry;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the glossary from the texts and the editors' definitions: every {@code Full Name (ACRONYM)}
 * definition in a statement, every acronym that recurs in two or more paragraphs, and every entry an
 * editor defines, merged so that aliases ({@code KVFTA}, {@code VKFTA}) make one entry; then every
 * paragraph that mentions an entry by any of its names. Pure.
 */
public final class Glossary {

    private static final Pattern DEFINITION = Pattern.compile("\\(([A-Z][A-Za-z0-9+&]{1,9}(?: [A-Z]{2,5})?)(?: \\d{4})?\\)");
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])([A-Z][A-Z0-9+]{1,7})(?![\\p{L}\\p{N}])");
    private static final Set<String> NOT_NAMES = Set.of("US", "USD", "II", "III", "IV", "VI", "AM", "PM", "OK", "TV", "ID");
    private static final int MAX_NAME_WORDS = 14;
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}+]+");

    private Glossary() {
    }

    public static List<GlossaryEntry> build(List<Statement> statements, List<GlossaryDefinition> definitions) {
        Map<String, Found> found = new TreeMap<>();
        Map<String, Set<ParagraphRef>> acronymUse = new HashMap<>();
        // Statements are read on every core; what they define and use is merged in their order.
        List<List<Found>> read = statements.parallelStream().map(Glossary::definitionsAndUses).toList();
        for (List<Found> inStatement : read) {
            for (Found f : inStatement) {
                if (f.fullName != null) {
                    found.computeIfAbsent(f.term, a -> f);
                } else {
                    acronymUse.computeIfAbsent(f.term, k -> new LinkedHashSet<>()).add(f.definedAt);
                }
            }
        }
        acronymUse.forEach((acronym, refs) -> {
            if (refs.size() >= 2) {
                found.computeIfAbsent(acronym, k -> new Found(k, null, null));
            }
        });

        // Editors' entries first: they name the entry and pull in its aliases.
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<String, Draft> byName = new HashMap<>();
        for (GlossaryDefinition d : definitions) {
            Draft draft = new Draft(d.slug(), d.term());
            draft.fullName = d.fullName();
            draft.definition = d.definition();
            draft.aliases.addAll(d.aliases());
            drafts.put(d.slug(), draft);
            byName.put(d.term(), draft);
            d.aliases().forEach(alias -> byName.put(alias, draft));
        }
        for (Found f : found.values()) {
            Draft draft = byName.get(f.term);
            if (draft == null) {
                draft = new Draft(slug(f.term), f.term);
                drafts.putIfAbsent(draft.slug, draft);
                draft = drafts.get(draft.slug);
                byName.put(f.term, draft);
            }
            if (draft.fullName == null && f.fullName != null) {
                draft.fullName = f.fullName;
            }
            if (draft.definedAt == null) {
                draft.definedAt = f.definedAt;
            }
        }

        // Mentions: each paragraph's words are looked up once; only names starting with one of them are tried.
        List<Draft> all = new ArrayList<>(drafts.values());
        Map<String, List<Object[]>> byFirstWord = new HashMap<>(); // first word -> {draft index, pattern}
        Map<Draft, List<String>> namesOf = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Draft draft = all.get(i);
            List<String> names = new ArrayList<>();
            names.add(draft.term);
            names.addAll(draft.aliases);
            if (draft.fullName != null) {
                names.add(draft.fullName);
            }
            namesOf.put(draft, names);
            for (String name : names) {
                byFirstWord.computeIfAbsent(WORD_SPLIT.split(name.strip())[0], k -> new ArrayList<>())
                        .add(new Object[] {i, namePattern(name)});
            }
        }
        Map<Integer, List<ParagraphRef>> mentionsOf = new HashMap<>();
        List<List<Map.Entry<Integer, ParagraphRef>>> hits = statements.parallelStream().map(s -> {
            List<Map.Entry<Integer, ParagraphRef>> inStatement = new ArrayList<>();
            for (Paragraph p : s.paragraphs()) {
                Set<Integer> hit = new java.util.TreeSet<>();
                for (String word : new LinkedHashSet<>(List.of(WORD_SPLIT.split(p.text())))) {
                    for (Object[] candidate : byFirstWord.getOrDefault(word, List.of())) {
                        int index = (Integer) candidate[0];
                        if (!hit.contains(index) && ((Pattern) candidate[1]).matcher(p.text()).find()) {
                            hit.add(index);
                        }
                    }
                }
                hit.forEach(index -> inStatement.add(Map.entry(index, new ParagraphRef(s.id(), p.anchor()))));
            }
            return inStatement;
        }).toList();
        hits.forEach(inStatement -> inStatement.forEach(
                h -> mentionsOf.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue())));
        List<GlossaryEntry> entries = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Draft draft = all.get(i);
            List<String> names = namesOf.get(draft);
            List<ParagraphRef> mentions = mentionsOf.getOrDefault(i, List.of());
            if (!mentions.isEmpty() || draft.definition != null) {
                entries.add(new GlossaryEntry(draft.slug, draft.term, draft.fullName, draft.aliases, draft.definition,
                        names, draft.definedAt, mentions));
            }
        }
        entries.sort(Comparator.comparing((GlossaryEntry e) -> e.term().toLowerCase(Locale.ROOT)).thenComparing(GlossaryEntry::slug));
        return entries;
    }

    private static Pattern namePattern(String name) {
        return GlossaryEntry.namePattern(name);
    }

    /**
     * The words before {@code (ACRONYM)} that spell it: the shortest run of up to 14 words whose initials
     * start with the acronym's first letter and contain its letters in order; null when none does.
     */
    static String fullName(String before, String acronym) {
        String[] words = before.strip().split("\\s+");
        // Mixed-case acronyms (AFoCO) spell their capitals; the small letters stand for small words.
        String letters = acronym.replaceAll("[^A-Z]", "").toLowerCase(Locale.ROOT);
        if (letters.isEmpty()) {
            return null;
        }
        for (int k = 1; k <= Math.min(MAX_NAME_WORDS, words.length); k++) {
            List<String> run = List.of(words).subList(words.length - k, words.length);
            StringBuilder initials = new StringBuilder();
            for (String word : run) {
                for (String part : word.split("[-–]")) {
                    String clean = part.replaceAll("^[^\\p{L}]+", "");
                    if (!clean.isEmpty()) {
                        initials.append(Character.toLowerCase(clean.charAt(0)));
                    }
                }
            }
            if (initials.length() > 0 && initials.charAt(0) == letters.charAt(0) && subsequence(letters, initials.toString())
                    && Character.isLetter(run.get(0).charAt(0))) {
                String name = String.join(" ", run).replaceAll("[,;:]$", "");
                return name.length() > acronym.length() ? name : null;
            }
        }
        return null;
    }

    private static boolean subsequence(String needle, String haystack) {
        int i = 0;
        for (int j = 0; j < haystack.length() && i < needle.length(); j++) {
            if (haystack.charAt(j) == needle.charAt(i)) {
                i++;
            }
        }
        return i == needle.length();
    }

    /**
     * One statement's definitions ({@code Full Name (ACRONYM)}: a {@link Found} with its full name) and
     * acronym uses (a {@link Found} without one, {@code definedAt} being the paragraph), in text order.
     */
    private static List<Found> definitionsAndUses(Statement s) {
        List<Found> out = new ArrayList<>();
        for (Paragraph p : s.paragraphs()) {
            ParagraphRef ref = new ParagraphRef(s.id(), p.anchor());
            Matcher m = DEFINITION.matcher(p.text());
            while (m.find()) {
                String name = fullName(p.text().substring(0, m.start()), m.group(1));
                if (name != null) {
                    out.add(new Found(m.group(1), name, ref));
                }
            }
            Matcher a = ACRONYM.matcher(p.text());
            while (a.find()) {
                if (!NOT_NAMES.contains(a.group(1)) && a.group(1).chars().filter(Character::isLetter).count() >= 2) {
                    out.add(new Found(a.group(1), null, ref));
                }
            }
        }
        return out;
    }

    static String slug(String term) {
        String ascii = Normalizer.normalize(term, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replace("+", "-plus").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "entry" : slug;
    }

    private record Found(String term, String fullName, ParagraphRef definedAt) {
    }

    private static final class Draft {
        final String slug;
        final String term;
        final List<String> aliases = new ArrayList<>();
        String fullName;
        String definition;
        ParagraphRef definedAt;

        Draft(String slug, String term) {
            this.slug = slug;
            this.term = term;
        }
    }
}
