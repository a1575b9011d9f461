package briefing.analyze;

import briefing.diag.Diagnostics;
import briefing.diag.Suggestions;
import briefing.model.Paragraph;
import briefing.model.Partnership;
import briefing.model.Party;
import briefing.model.Statement;
import briefing.model.StatementParties;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whose relationship a statement, or a figure's sentence, is about: the parties of
 * {@code content/parties.yaml} its words name.
 *
 * <p>A statement's parties are the two its headline and opening name most: a name in the headline counts
 * 4, in each of the first two paragraphs 2, in each later paragraph 1 (once per paragraph, so a long list
 * does not outweigh the lead), a capital half that; two names joined as a pair ("Vietnam and Japan",
 * "ASEAN-Australia", "between Korea and the Philippines") in the headline or opening add 5 to each, because
 * that is how a report names a partnership. A figure belongs to its statement's parties unless its sentence
 * pairs two others ("Korea's trade with ASEAN") or names only parties outside the statement's.
 */
public final class PartyFinder {

    private static final int HEADLINE = 4;
    private static final int LEAD = 2;
    private static final int LEAD_PARAGRAPHS = 2;
    private static final int PAIR = 5;
    /** What joins two names into a pair: "and (the)", a dash or slash, "&", a comma, "'s trade with". */
    private static final Pattern PAIR_GAP = Pattern.compile(
            "\\s*(?:and(?:\\s+the)?|[-–—/&,]|'s\\s+(?:trade|exports|imports|investment|relations?|ties)\\s+(?:with|to|from|in)(?:\\s+the)?)\\s*");

    /** One name found in a text, where it stands and how much it counts. */
    record Mention(Party party, int start, int end, double weight) {
    }

    /** What a listed phrase means: a party, with its weight; or, for an {@code except} phrase, none. */
    private record Name(Party party, double weight) {
    }

    /** An acronym defined where it is first used: "the Public Investment Fund (PIF)". */
    private static final Pattern DEFINED_ACRONYM = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|and|for|on|the|de)\\s+)*){1,8})\\(([A-Z]{2,8})\\)");

    private final List<Party> parties;
    /** Every listed phrase by its first character, longest first (a scan, not a regex of 500 alternatives). */
    private final Map<Character, List<String>> byFirstChar;
    private final Map<String, Name> byWords;
    private final Map<String, Party> byName;
    /** Acronyms of parties that the text being read defines as something else ({@link #reading}). */
    private final Set<String> notParties;

    private PartyFinder(PartyFinder all, Set<String> notParties) {
        this.parties = all.parties;
        this.byFirstChar = all.byFirstChar;
        this.byWords = all.byWords;
        this.byName = all.byName;
        this.notParties = Set.copyOf(notParties);
    }

    /**
     * The finder for one text: a party's acronym that the text defines as something else is no party in
     * it ("the Public Investment Fund (PIF)" in a Saudi text is not the Pacific Islands Forum).
     */
    public PartyFinder reading(String text) {
        Set<String> redefined = new java.util.TreeSet<>();
        Matcher m = DEFINED_ACRONYM.matcher(text);
        while (m.find()) {
            Name name = byWords.get(m.group(2));
            String expansion = m.group(1).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            // Defined as something else when the definition's capitalised words spell the acronym ("Public
            // Investment Fund (PIF)"; not an attendee list: "Ursula von der Leyen (EU)") and it shares no
            // word with any of the party's names.
            if (name != null && name.party() != null && initials(m.group(1)).endsWith(m.group(2))
                    && Stream.concat(Stream.of(name.party().name()), name.party().names().stream())
                    .flatMap(n -> Stream.of(n.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))
                    .filter(word -> word.length() >= 4)
                    .noneMatch(word -> expansion.contains(word))) {
                redefined.add(m.group(2));
            }
        }
        return redefined.isEmpty() && notParties.isEmpty() ? this : new PartyFinder(this, redefined);
    }

    /** The first letters of a phrase's capitalised words ("The Public Investment Fund of" gives "TPIF"): an acronym defined there is their end. */
    private static String initials(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    public PartyFinder(List<Party> parties) {
        this.parties = List.copyOf(parties);
        this.byFirstChar = new HashMap<>();
        this.byWords = new HashMap<>();
        this.byName = new HashMap<>();
        this.notParties = Set.of();
        for (Party party : parties) {
            for (String name : party.names()) {
                add(name, party, 1);
            }
            add(party.name(), party, 1);
            for (String person : party.people()) {
                add(person, party, 1);
            }
            for (String capital : party.capitals()) {
                add(capital, party, 0.5);
            }
            byName.put(party.name().toLowerCase(Locale.ROOT), party);
            party.names().forEach(n -> byName.putIfAbsent(n.toLowerCase(Locale.ROOT), party));
        }
        // An except phrase never cancels another party's own name ("North Korea" is South Korea's except
        // and North Korea's name): the longest match already keeps "Korea" out of "North Korea".
        for (Party party : parties) {
            for (String phrase : party.except()) {
                byWords.putIfAbsent(phrase, new Name(null, 0));
                byWords.putIfAbsent(phrase.toUpperCase(Locale.ROOT), new Name(null, 0));
            }
        }
        // Longest first: at one place the first phrase that matches wins, so "South China Sea" is taken
        // before "China" and "North Korea" before "Korea".
        for (String words : byWords.keySet()) {
            byFirstChar.computeIfAbsent(words.charAt(0), c -> new ArrayList<>()).add(words);
        }
        byFirstChar.values().forEach(list -> list.sort(
                Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())));
    }

    private void add(String words, Party party, double weight) {
        byWords.putIfAbsent(words, new Name(party, weight));
        // All-capital headlines ("VIETNAM, JAPAN ISSUE JOINT STATEMENT") name parties too.
        byWords.putIfAbsent(words.toUpperCase(Locale.ROOT), new Name(party, weight));
    }

    /** The party a name (its short name or another name, any case) stands for. */
    public Optional<Party> party(String name) {
        return Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** The partnerships a site covers, each party by its short name; an unknown name is an error at its line. */
    public List<Partnership> known(List<Partnership> covered, Diagnostics diagnostics) {
        return covered.stream().map(p -> new Partnership(shortNames(p.parties(), p.declaredAt(), diagnostics), p.declaredAt()))
                .toList();
    }

    /**
     * The statement's parties: its metadata's, each checked against the known parties (an unknown name is an
     * error at the metadata line, with the closest known name), else the two its text names most. When the
     * site names the partnerships it covers ({@code covered}, already {@link #known}), the parties are put in
     * their partnership's order, and a statement of no covered partnership is an error.
     */
    public StatementParties of(Statement statement, List<Partnership> covered, Diagnostics diagnostics) {
        StatementParties declared = statement.parties();
        StatementParties found = declared.origin() == StatementParties.Origin.METADATA
                ? StatementParties.declared(shortNames(declared.names(), declared.declaredAt(), diagnostics), declared.declaredAt())
                : StatementParties.inferred(reading(textOf(statement)).inferred(statement));
        if (covered.isEmpty() || found.names().size() < declared.names().size()) {
            return found; // an unknown name in metadata is its own error; the partnership is checked once it is fixed
        }
        Optional<Partnership> partnership = covered.stream().filter(p -> p.covers(found.names())).findFirst();
        if (partnership.isPresent()) {
            return new StatementParties(partnership.get().parties(), found.origin(), found.declaredAt());
        }
        // A text that names one side only, or none ("the two sides agreed ..."), is of the one covered
        // partnership that fits it, when just one does.
        List<Partnership> fitting = covered.stream().filter(p -> p.parties().containsAll(found.names())).toList();
        if (found.origin() != StatementParties.Origin.METADATA && fitting.size() == 1) {
            return new StatementParties(fitting.get(0).parties(),
                    found.names().isEmpty() ? StatementParties.Origin.SITE : StatementParties.Origin.TEXT, null);
        }
        String how = found.origin() == StatementParties.Origin.METADATA ? "its metadata names"
                : found.names().isEmpty() ? "no party could be read from its text, so it has" : "read from its text, it is about";
        diagnostics.error(found.origin() == StatementParties.Origin.METADATA ? found.declaredAt() : statement.source(),
                how + " " + (found.names().isEmpty() ? "no partnership" : found.label())
                        + ", not a partnership this site covers (" + String.join(", ", covered.stream().map(Partnership::label).toList()) + ")",
                (found.origin() == StatementParties.Origin.METADATA ? "" : "if the parties were misread, write them in its metadata file (parties: ["
                        + String.join(", ", covered.get(0).parties()) + "]); ")
                        + "if the site should cover it, add it under 'partnerships:' in content/site.yaml");
        return found;
    }

    private List<String> shortNames(List<String> names, briefing.model.SourceRef at, Diagnostics diagnostics) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            Optional<Party> known = party(name);
            if (known.isPresent()) {
                out.add(known.get().name());
            } else {
                diagnostics.error(at, "unknown party '" + name + "'",
                        Suggestions.closest(name, byName.keySet()).map(byName::get)
                                .map(p -> "did you mean '" + p.name() + "'? ").orElse("")
                                + "write a party as content/parties.yaml names it (e.g. 'South Korea', 'ASEAN'), or add it there");
            }
        }
        return out;
    }

    /** A statement's headline and paragraphs, one text. */
    public static String textOf(Statement statement) {
        return statement.title() + "\n" + statement.paragraphs().stream().map(Paragraph::text).collect(java.util.stream.Collectors.joining("\n"));
    }

    private List<String> inferred(Statement statement) {
        Map<Party, Double> score = new LinkedHashMap<>();
        count(statement.title(), HEADLINE, score);
        List<Paragraph> paragraphs = statement.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            count(paragraphs.get(i).text(), i < LEAD_PARAGRAPHS ? LEAD : 1, score);
        }
        return score.entrySet().stream()
                .sorted(Map.Entry.<Party, Double>comparingByValue().reversed())
                .limit(2)
                .map(e -> e.getKey().name())
                .toList();
    }

    /** Adds one text's parties to the scores: each party once, at its strongest mention; pairs when opening. */
    private void count(String text, int weight, Map<Party, Double> score) {
        List<Mention> mentions = mentions(text);
        Map<Party, Double> here = new LinkedHashMap<>();
        for (Mention m : mentions) {
            here.merge(m.party(), m.weight() * weight, Math::max);
        }
        if (weight > 1) {
            for (List<Party> pair : pairs(text, mentions)) {
                pair.forEach(p -> here.merge(p, (double) PAIR, Double::sum));
            }
        }
        here.forEach((party, s) -> score.merge(party, s, Double::sum));
    }

    /** The parties a figure's sentence is about, given its statement's. */
    public List<String> ofSentence(String sentence, List<String> statementParties) {
        List<Mention> mentions = mentions(sentence);
        for (List<Party> pair : pairs(sentence, mentions)) {
            List<String> names = pair.stream().map(Party::name).toList();
            if (!Set.copyOf(names).equals(Set.copyOf(statementParties))) {
                return names;
            }
        }
        Set<String> named = new LinkedHashSet<>();
        mentions.forEach(m -> named.add(m.party().name()));
        if (!named.isEmpty() && named.stream().noneMatch(statementParties::contains)) {
            return List.copyOf(named);
        }
        return statementParties;
    }

    /** Every party named in a text, in order; {@code except} phrases and their words are skipped. */
    List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            String words = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) ? null : phraseAt(text, i);
            if (words == null) {
                i++;
                continue;
            }
            Name name = byWords.get(words);
            if (name.party() != null && !notParties.contains(words)) {
                found.add(new Mention(name.party(), i, i + words.length(), name.weight()));
            }
            i += words.length();
        }
        return found;
    }

    /** The longest listed phrase that starts at {@code i} and ends at a word's end, or null. */
    private String phraseAt(String text, int i) {
        List<String> candidates = byFirstChar.get(text.charAt(i));
        if (candidates == null) {
            return null;
        }
        for (String words : candidates) {
            int end = i + words.length();
            // "US$" and "S$" are currencies, not the parties.
            if (text.startsWith(words, i) && (end == text.length()
                    || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '$')) {
                return words;
            }
        }
        return null;
    }

    /** Two different parties named one right after the other, joined as a pair. */
    private static List<List<Party>> pairs(String text, List<Mention> mentions) {
        List<List<Party>> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            if (!a.party().equals(b.party()) && PAIR_GAP.matcher(text.substring(a.end(), b.start())).matches()) {
                pairs.add(List.of(a.party(), b.party()));
            }
        }
        return pairs;
    }
}
