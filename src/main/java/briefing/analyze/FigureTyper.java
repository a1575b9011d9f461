package briefing.analyze;

import briefing.model.Figure;
import briefing.model.FigureRules;
import briefing.model.FigureStatus;
import briefing.model.FigureTime;
import briefing.model.FigureTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Gives each extracted figure its topic, status and instrument from the editors' rules. The topic is the
 * one whose signal word stands nearest the figure in its sentence (weighted); a figure is a target or
 * commitment when a target word precedes it, when it has a horizon ({@code by 2030}), or when its period
 * runs past the statement's year; the instrument is the named fund or programme nearest to it.
 */
public final class FigureTyper {

    private static final int REACH = 40;
    /** How far from a figure its sentence's words are read; real sentences are shorter, so all of theirs are. */
    static final int WINDOW = 4_000;

    private final FigureRules rules;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>(); // typing runs on every core

    public FigureTyper(FigureRules rules) {
        this.rules = rules;
    }

    public Figure type(Figure figure, Integer statementYear) {
        return type(figure, statementYear, read(figure.sentence()));
    }

    /**
     * Types a figure with its sentence's words already found ({@link #read}): a sentence is read once
     * however many figures it holds, and each figure looks only at the words within {@link #WINDOW} of it,
     * so typing stays linear in a sentence's length (a 50 KB one-line text of 900 amounts took 107 s).
     */
    public Figure type(Figure figure, Integer statementYear, Sentence sentence) {
        String topic = topicOf(figure, sentence);
        FigureStatus status = statusOf(figure, statementYear, sentence);
        String holder = figure.holder() != null ? instrumentNamed(figure.holder()) : nearestInstrument(figure, sentence);
        return figure.withTyping(topic, status, holder);
    }

    /**
     * Where each rule's words stand in one sentence: per topic term and per instrument phrase the
     * starts and ends of its matches in reading order, in the rules' order; and where the first target
     * word ends.
     */
    public record Sentence(List<Places> topicTerms, List<Places> instrumentPhrases, int firstTargetEnd) {
    }

    /** The matches of one rule word (in the rules' order in {@link Sentence}): each match's start and end, in order. */
    public record Places(int[] starts, int[] ends) {

        /** The index of the first match ending at or after {@code from}. */
        int firstEndingFrom(int from) {
            int lo = 0;
            int hi = ends.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** Finds every rule word of a sentence once. */
    public Sentence read(String sentence) {
        List<Places> terms = new ArrayList<>();
        for (FigureTopic topic : rules.topics()) {
            for (String term : topic.terms().keySet()) {
                terms.add(places(term, sentence));
            }
        }
        List<Places> phrases = new ArrayList<>();
        for (FigureRules.Instrument instrument : rules.instruments()) {
            for (String phrase : instrument.phrases()) {
                phrases.add(places(phrase, sentence));
            }
        }
        int firstTargetEnd = Integer.MAX_VALUE;
        for (String term : rules.targetTerms()) {
            Matcher m = pattern(term).matcher(sentence);
            if (m.find()) {
                firstTargetEnd = Math.min(firstTargetEnd, m.end());
            }
        }
        return new Sentence(terms, phrases, firstTargetEnd);
    }

    private Places places(String phrase, String sentence) {
        Matcher m = pattern(phrase).matcher(sentence);
        IntStream.Builder starts = IntStream.builder();
        IntStream.Builder ends = IntStream.builder();
        while (m.find()) {
            starts.add(m.start());
            ends.add(m.end());
        }
        return new Places(starts.build().toArray(), ends.build().toArray());
    }

    private String topicOf(Figure figure, Sentence sentence) {
        String best = rules.fallbackTopic();
        double bestScore = 0;
        int i = 0;
        for (FigureTopic topic : rules.topics()) {
            for (double weight : topic.terms().values()) {
                Places places = sentence.topicTerms().get(i++);
                for (int k = places.firstEndingFrom(figure.start() - WINDOW); k < places.starts().length
                        && places.starts()[k] <= figure.end() + WINDOW; k++) {
                    int start = places.starts()[k];
                    int end = places.ends()[k];
                    int distance = end <= figure.start() ? figure.start() - end
                            : start >= figure.end() ? start - figure.end() : 0;
                    double score = weight / (1.0 + (double) distance / REACH);
                    if (score > bestScore) {
                        bestScore = score;
                        best = topic.slug();
                    }
                }
            }
        }
        return best;
    }

    private FigureStatus statusOf(Figure figure, Integer statementYear, Sentence sentence) {
        FigureTime time = figure.time();
        if (time.kind() == FigureTime.Kind.HORIZON) {
            return FigureStatus.TARGET;
        }
        if (time.kind() == FigureTime.Kind.PERIOD && statementYear != null && time.end() > statementYear) {
            return FigureStatus.TARGET;
        }
        if (time.kind() == FigureTime.Kind.AS_OF) {
            return FigureStatus.REPORTED;
        }
        return sentence.firstTargetEnd() <= figure.start() ? FigureStatus.TARGET : FigureStatus.REPORTED;
    }

    private String nearestInstrument(Figure figure, Sentence sentence) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int i = 0;
        for (FigureRules.Instrument instrument : rules.instruments()) {
            for (int p = 0; p < instrument.phrases().size(); p++) {
                Places places = sentence.instrumentPhrases().get(i++);
                for (int k = places.firstEndingFrom(figure.start() - WINDOW); k < places.starts().length
                        && places.starts()[k] <= figure.end() + WINDOW; k++) {
                    int distance = Math.min(Math.abs(places.starts()[k] - figure.end()), Math.abs(figure.start() - places.ends()[k]));
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = instrument.label();
                    }
                }
            }
        }
        return best;
    }

    private String instrumentNamed(String name) {
        return rules.instruments().stream()
                .filter(i -> i.phrases().stream().anyMatch(p -> p.equalsIgnoreCase(name)) || i.label().equalsIgnoreCase(name))
                .map(FigureRules.Instrument::label).findFirst().orElse(name);
    }

    /** A phrase as a whole-word, case-insensitive pattern that also takes a plural. */
    private Pattern pattern(String phrase) {
        return patterns.computeIfAbsent(phrase, p -> Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?:s|es)?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE));
    }
}
