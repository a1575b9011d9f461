package briefing.analyze;

import briefing.model.Commitment;
import briefing.model.CommitmentLink;
import briefing.model.Event;
import briefing.model.Figure;
import briefing.model.FigureStatus;
import briefing.model.ParagraphRef;
import briefing.model.Related;
import briefing.model.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links each commitment to the earlier one it continues: the closest commitment of the previous events of
 * the same partnership that either aims at the same kind of figure (a trade target, a fund's pledge: same
 * topic and holder) or says much the same (their paragraphs are related and the two sentences share at
 * least {@value #SHARED_WORDS} of their word stems). The link says how the wording moved: a figure raised
 * or lowered, a deadline extended or brought forward, a stronger or weaker step of the scale, or restated.
 * Pure.
 */
public final class CommitmentLineage {

    /** The share of word stems two sentences must have in common (of the smaller) to say the same. */
    static final double SHARED_WORDS = 0.5;

    private CommitmentLineage() {
    }

    public static List<CommitmentLink> link(List<Commitment> commitments, List<Statement> statements, List<Event> events,
                                            Map<ParagraphRef, List<Related>> related, List<Figure> figures) {
        Map<String, Statement> statementsById = new HashMap<>();
        statements.forEach(s -> statementsById.put(s.id(), s));
        Map<String, Event> eventOf = Event.byStatement(events);
        Map<String, Figure> figuresById = new HashMap<>();
        figures.forEach(f -> figuresById.put(f.id(), f));
        Map<String, Set<String>> stems = new HashMap<>();
        commitments.forEach(c -> stems.put(c.id(), new HashSet<>(Stems.of(c.sentence()))));
        // Candidates only from related paragraphs and from commitments aiming at the same kind of figure:
        // comparing every pair would be quadratic in an archive of thousands of statements.
        Map<ParagraphRef, List<Commitment>> byParagraph = new HashMap<>();
        Map<List<Object>, TreeMap<LocalDate, List<Commitment>>> byAim = new HashMap<>();
        for (Commitment c : commitments) {
            byParagraph.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
            Statement statement = statementsById.get(c.source().statementId());
            Event event = eventOf.get(statement.id());
            if (event != null && event.date() != null) {
                aims(c, statement, figuresById).forEach(aim -> byAim.computeIfAbsent(aim, k -> new TreeMap<>())
                        .computeIfAbsent(event.date(), k -> new ArrayList<>()).add(c));
            }
        }
        List<CommitmentLink> links = new ArrayList<>();
        for (Commitment later : commitments) {
            Statement laterStatement = statementsById.get(later.source().statementId());
            Event laterEvent = eventOf.get(laterStatement.id());
            if (laterEvent == null || laterEvent.date() == null) {
                continue;
            }
            Set<ParagraphRef> relatedTo = new HashSet<>();
            related.getOrDefault(later.source(), List.of()).forEach(r -> relatedTo.add(r.paragraph()));
            Set<Commitment> candidates = new java.util.LinkedHashSet<>();
            relatedTo.forEach(ref -> candidates.addAll(byParagraph.getOrDefault(ref, List.of())));
            // Of the commitments aiming at the same figure, only those of the nearest earlier date can win
            // without saying the same (which only related paragraphs can, and those are candidates above):
            // an archive restating one target at every summit stays linear.
            for (List<Object> aim : aims(later, laterStatement, figuresById)) {
                TreeMap<LocalDate, List<Commitment>> dated = byAim.get(aim);
                Map.Entry<LocalDate, List<Commitment>> nearest = dated == null ? null : dated.lowerEntry(laterEvent.date());
                if (nearest != null) {
                    candidates.addAll(nearest.getValue());
                }
            }
            CommitmentLink best = null;
            double bestScore = 0;
            for (Commitment earlier : candidates) {
                Statement earlierStatement = statementsById.get(earlier.source().statementId());
                Event earlierEvent = eventOf.get(earlierStatement.id());
                if (earlierEvent == null || earlierEvent.date() == null || !earlierEvent.date().isBefore(laterEvent.date())
                        || !earlierStatement.parties().partnership().equals(laterStatement.parties().partnership())) {
                    continue;
                }
                Figure[] pair = sameAim(later, earlier, figuresById);
                double words = relatedTo.contains(earlier.source()) ? Stems.shareOfFewer(stems.get(later.id()), stems.get(earlier.id())) : 0;
                boolean says = words >= SHARED_WORDS;
                // Nearer events first among equals: a later wording continues the last one, not the first.
                double score = (pair != null ? 2 : 0) + (says ? words : 0) + earlierEvent.date().toEpochDay() / 1e7;
                if ((pair != null || says) && (score > bestScore || score == bestScore && best != null
                        && earlier.id().compareTo(best.earlier()) < 0)) {
                    bestScore = score;
                    best = new CommitmentLink(later.id(), earlier.id(), kind(later, earlier, pair));
                }
            }
            if (best != null) {
                links.add(best);
            }
        }
        return links;
    }

    /** What a commitment's targets and pledges aim at: its partnership and each figure's topic, unit and holder. */
    private static List<List<Object>> aims(Commitment c, Statement statement, Map<String, Figure> figures) {
        return c.figures().stream().map(figures::get).filter(f -> f != null && f.status() != FigureStatus.REPORTED)
                .map(f -> java.util.Arrays.<Object>asList(statement.parties().partnership(), f.topic(), f.unit(), f.holder()))
                .distinct().toList();
    }

    /**
     * The two commitments' figures that aim at the same thing (topic, unit and holder), or null; a pair of
     * equal amounts first (the 2030 target restated beside a raised one is restated).
     */
    private static Figure[] sameAim(Commitment later, Commitment earlier, Map<String, Figure> figures) {
        Figure[] found = null;
        for (String l : later.figures()) {
            Figure a = figures.get(l);
            for (String e : earlier.figures()) {
                Figure b = figures.get(e);
                if (a != null && b != null && a.status() != FigureStatus.REPORTED && b.status() != FigureStatus.REPORTED
                        && a.topic().equals(b.topic()) && a.unit().equals(b.unit()) && Objects.equals(a.holder(), b.holder())) {
                    if (a.value() == b.value()) {
                        return new Figure[] {a, b};
                    }
                    found = found == null ? new Figure[] {a, b} : found;
                }
            }
        }
        return found;
    }


    private static CommitmentLink.Kind kind(Commitment later, Commitment earlier, Figure[] pair) {
        if (pair != null && pair[0].value() != pair[1].value()) {
            return pair[0].value() > pair[1].value() ? CommitmentLink.Kind.RAISED : CommitmentLink.Kind.LOWERED;
        }
        Integer laterYear = later.deadline().end();
        Integer earlierYear = earlier.deadline().end();
        if (laterYear != null && earlierYear != null && !laterYear.equals(earlierYear)) {
            return laterYear > earlierYear ? CommitmentLink.Kind.EXTENDED : CommitmentLink.Kind.BROUGHT_FORWARD;
        }
        int stronger = later.strength().compareTo(earlier.strength());
        return stronger > 0 ? CommitmentLink.Kind.STRENGTHENED : stronger < 0 ? CommitmentLink.Kind.SOFTENED : CommitmentLink.Kind.RESTATED;
    }
}
