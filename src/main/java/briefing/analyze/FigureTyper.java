package briefing.analyze;

import briefing.model.Figure;
import briefing.model.FigureRules;
import briefing.model.FigureStatus;
import briefing.model.FigureTime;
import briefing.model.FigureTopic;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each extracted figure its topic, status and instrument from the editors' rules. The topic is the
 * one whose signal word stands nearest the figure in its sentence (weighted); a figure is a target or
 * commitment when a target word precedes it, when it has a horizon ({@code by 2030}), or when its period
 * runs past the statement's year; the instrument is the named fund or programme nearest to it.
 */
public final class FigureTyper {

    private static final int REACH = 40;

    private final FigureRules rules;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>(); // typing runs on every core

    public FigureTyper(FigureRules rules) {
        this.rules = rules;
    }

    public Figure type(Figure figure, Integer statementYear) {
        String topic = topicOf(figure);
        FigureStatus status = statusOf(figure, statementYear);
        String holder = figure.holder() != null ? instrumentNamed(figure.holder()) : nearestInstrument(figure);
        return figure.withTyping(topic, status, holder);
    }

    private String topicOf(Figure figure) {
        String best = rules.fallbackTopic();
        double bestScore = 0;
        for (FigureTopic topic : rules.topics()) {
            for (Map.Entry<String, Double> term : topic.terms().entrySet()) {
                Matcher m = pattern(term.getKey()).matcher(figure.sentence());
                while (m.find()) {
                    int distance = m.end() <= figure.start() ? figure.start() - m.end()
                            : m.start() >= figure.end() ? m.start() - figure.end() : 0;
                    double score = term.getValue() / (1.0 + (double) distance / REACH);
                    if (score > bestScore) {
                        bestScore = score;
                        best = topic.slug();
                    }
                }
            }
        }
        return best;
    }

    private FigureStatus statusOf(Figure figure, Integer statementYear) {
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
        String before = figure.sentence().substring(0, figure.start());
        for (String term : rules.targetTerms()) {
            if (pattern(term).matcher(before).find()) {
                return FigureStatus.TARGET;
            }
        }
        return FigureStatus.REPORTED;
    }

    private String nearestInstrument(Figure figure) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (FigureRules.Instrument instrument : rules.instruments()) {
            for (String phrase : instrument.phrases()) {
                Matcher m = pattern(phrase).matcher(figure.sentence());
                while (m.find()) {
                    int distance = Math.min(Math.abs(m.start() - figure.end()), Math.abs(figure.start() - m.end()));
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

    /** The figures of a corpus, typed; each statement's year resolves its periods. */
    public List<Figure> typeAll(List<Figure> figures, Map<String, Integer> statementYears) {
        return figures.stream().map(f -> type(f, f.source() == null ? null : statementYears.get(f.source().statementId()))).toList();
    }
}
