package briefing.analyze;

import briefing.model.Commitment;
import briefing.model.CommitmentRules;
import briefing.model.Figure;
import briefing.model.FigureTime;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the commitments of a statement: each sentence holding a word of the scale ("agreed to", "will",
 * "pledged"), not right after a word that makes it something else ("which will", "the support"). The
 * weaker steps (consider, support, strive) count only after an actor (a party, one of its leaders, or one
 * of the editors' actors: "the two sides", "we"): "support" and "aim" are common words. The stronger ones
 * need none: in a statement, "the credit will be allocated" is the parties' (measured: recall 0.67 to
 * 0.75 on the corpus's train split for 0.85 to 0.84 precision). The
 * sentence takes the strongest step it holds; its deadline is the horizon or period it names ("by 2030",
 * "from 2024 to 2027"); its figures are those the ledger finds in it. Pure.
 */
public final class CommitmentFinder {

    private final List<Step> steps = new ArrayList<>();
    private final Pattern actors;
    private final PartyFinder parties;
    private final java.util.Set<String> notAfter;

    /** One word or phrase of the scale, compiled. */
    private record Step(Commitment.Strength strength, Pattern words) {
    }

    public CommitmentFinder(CommitmentRules rules, PartyFinder parties) {
        this.parties = parties;
        // One pattern per step (its words as alternatives), strongest first: a sentence is read six times,
        // not once per word of the scale.
        for (Commitment.Strength strength : Commitment.Strength.values()) {
            List<String> words = rules.words().getOrDefault(strength, List.of());
            if (!words.isEmpty()) {
                steps.add(0, new Step(strength, wholeWords(words)));
            }
        }
        this.actors = rules.actors().isEmpty() ? null : wholeWords(rules.actors());
        this.notAfter = new java.util.HashSet<>(rules.notAfter().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * One pattern of whole words or phrases; in a phrase, {@code *} stands for up to {@value #GAP} words of
     * the same sentence ("agreed that * should": "agreed that the two countries should").
     */
    private static Pattern wholeWords(List<String> phrases) {
        String alternatives = String.join("|", phrases.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(CommitmentFinder::phrase).toList());
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static final int GAP = 12;

    private static String phrase(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.strip().split("\\s+")) {
            if (word.equals("*")) {
                out.append("(?:\\s+[^\\s.;!?]+){1,").append(GAP).append("}?");
            } else {
                out.append(out.length() == 0 ? "" : "\\s+").append(Pattern.quote(word));
            }
        }
        return out.toString();
    }

    /** The commitments of one statement, in reading order, with the figures of the ledger they state. */
    public List<Commitment> find(Statement statement, Map<ParagraphRef, List<Figure>> figuresByParagraph) {
        List<Commitment> out = new ArrayList<>();
        Integer year = statement.date() == null ? null : statement.date().getYear();
        for (Paragraph paragraph : statement.paragraphs()) {
            ParagraphRef ref = new ParagraphRef(statement.id(), paragraph.anchor());
            int n = 0;
            for (String sentence : FigureExtractor.sentences(paragraph.text())) {
                Optional<Match> match = strongest(sentence);
                if (match.isEmpty()) {
                    continue;
                }
                n++;
                List<String> figures = figuresByParagraph.getOrDefault(ref, List.of()).stream()
                        .filter(f -> f.sentence().equals(sentence)).map(Figure::id).toList();
                out.add(new Commitment(ref.statementId() + "#" + ref.anchor() + ".c" + n, ref, sentence,
                        match.get().strength(), match.get().verb(), deadline(sentence, year), figures));
            }
        }
        return out;
    }

    record Match(Commitment.Strength strength, String verb) {
    }

    /** The strongest step of the scale a sentence holds (the weaker steps after an actor), if any. */
    Optional<Match> strongest(String sentence) {
        int firstActor = firstActor(sentence);
        for (Step step : steps) {
            Matcher m = step.words().matcher(sentence);
            while (m.find()) {
                // A commitment word is one in any use ("reaffirmed their commitment to"); others not after a
                // word that makes them something else ("which will", "the support").
                // A phrase says its intent itself ("their intention to", "their desire to"); a single word
                // after "their" or "the" is a noun ("their support").
                boolean phrase = m.group().contains(" ") || m.group().contains("\u00a0");
                boolean stopped = step.strength() != Commitment.Strength.COMMIT && !phrase && afterStopWord(sentence, m.start());
                boolean acted = firstActor >= 0 && m.start() >= firstActor
                        || step.strength().compareTo(Commitment.Strength.AGREE) >= 0;
                if (acted && !stopped) {
                    return Optional.of(new Match(step.strength(), m.group().replaceAll("\\s+", " ")));
                }
            }
        }
        return Optional.empty();
    }

    /** Where the first actor of the sentence starts: an editors' actor word, a party or a party's leader. */
    private int firstActor(String sentence) {
        int at = Integer.MAX_VALUE;
        if (actors != null) {
            Matcher m = actors.matcher(sentence);
            if (m.find()) {
                at = m.start();
            }
        }
        List<PartyFinder.Mention> mentions = parties.mentions(sentence);
        if (!mentions.isEmpty()) {
            at = Math.min(at, mentions.get(0).start());
        }
        return at == Integer.MAX_VALUE ? -1 : at;
    }

    /** Whether the word before {@code at} makes the verb something else ("which will", "the support"). */
    private boolean afterStopWord(String sentence, int at) {
        Matcher before = PREVIOUS_WORD.matcher(sentence.substring(0, at));
        if (!before.find()) {
            return false;
        }
        String word = before.group(1).toLowerCase(Locale.ROOT);
        return notAfter.contains(word) || word.endsWith("'s") || word.endsWith("’s");
    }

    private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}'’]+)[\\s,]*$");

    /** The horizon or period a sentence names; a year alone is when it was said, not a deadline. */
    private static FigureTime deadline(String sentence, Integer statementYear) {
        return TimeExpressions.in(sentence, statementYear).stream().map(TimeExpressions.Found::time)
                .filter(t -> t.kind() == FigureTime.Kind.HORIZON || t.kind() == FigureTime.Kind.PERIOD)
                .findFirst().orElse(FigureTime.NONE);
    }
}
