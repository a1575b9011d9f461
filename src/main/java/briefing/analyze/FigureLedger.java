package briefing.analyze;

import briefing.diag.Diagnostics;
import briefing.diag.Suggestions;
import briefing.model.Figure;
import briefing.model.FigureEdits;
import briefing.model.FigureRules;
import briefing.model.FigureTopic;
import briefing.model.Paragraph;
import briefing.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assembles the figures ledger: every figure extracted from the statements and typed by the editors'
 * rules, then the editors' corrections and omissions applied and their additions appended. An addition
 * that cites a paragraph is verified: the paragraph must state the same amount. Every problem is
 * reported at its line of the editors' file. Pure.
 */
public final class FigureLedger {

    private FigureLedger() {
    }

    public static List<Figure> assemble(List<Statement> statements, FigureRules rules, FigureEdits edits,
                                        PartyFinder parties, Diagnostics diagnostics) {
        FigureTyper typer = new FigureTyper(rules);
        Map<String, Figure> byId = new LinkedHashMap<>();
        Map<String, Statement> statementsById = new HashMap<>();
        // Statements are read independently: on every core, then collected in their order.
        List<List<Figure>> extracted = statements.parallelStream().map(statement -> {
            Integer year = statement.date() == null ? null : statement.date().getYear();
            List<String> whose = statement.parties().names();
            PartyFinder here = parties.reading(PartyFinder.textOf(statement));
            // A sentence's rule words and parties are read once, however many figures it states.
            Map<String, FigureTyper.Sentence> read = new HashMap<>();
            Map<String, List<String>> whoseSentence = new HashMap<>();
            return FigureExtractor.extract(statement, currencies(statement, parties)).stream()
                    .map(figure -> typer.type(figure, year, read.computeIfAbsent(figure.sentence(), typer::read))
                            .withParties(whoseSentence.computeIfAbsent(figure.sentence(), s -> here.ofSentence(s, whose))))
                    .toList();
        }).toList();
        for (int i = 0; i < statements.size(); i++) {
            statementsById.put(statements.get(i).id(), statements.get(i));
            extracted.get(i).forEach(figure -> byId.put(figure.id(), figure));
        }
        Set<String> topics = new HashSet<>(rules.topics().stream().map(FigureTopic::slug).toList());

        for (FigureEdits.Correction c : edits.corrections()) {
            Figure figure = byId.get(c.figureId());
            if (figure == null) {
                unknownFigure(c.figureId(), c.origin(), byId.keySet(), diagnostics);
                continue;
            }
            if (c.topic() != null && !topics.contains(c.topic())) {
                unknownTopic(c.topic(), c.origin(), topics, diagnostics);
                continue;
            }
            byId.put(figure.id(), figure.corrected(
                    c.topic() != null ? c.topic() : figure.topic(),
                    c.status() != null ? c.status() : figure.status(),
                    c.time() != null ? c.time() : figure.time(),
                    c.holder() != null ? c.holder() : figure.holder(),
                    c.label() != null ? c.label() : figure.label()));
        }
        for (FigureEdits.Omission o : edits.omissions()) {
            if (byId.remove(o.figureId()) == null) {
                unknownFigure(o.figureId(), o.origin(), byId.keySet(), diagnostics);
            }
        }
        List<Figure> figures = new ArrayList<>(byId.values());
        Set<String> addedIds = new HashSet<>();
        for (FigureEdits.Addition a : edits.additions()) {
            if (!addedIds.add(a.id())) {
                diagnostics.error(a.origin(), "figure id '" + a.id() + "' is used twice", "give each added figure its own id");
                continue;
            }
            if (!topics.contains(a.topic())) {
                unknownTopic(a.topic(), a.origin(), topics, diagnostics);
                continue;
            }
            added(a, statementsById, parties, diagnostics).ifPresent(figures::add);
        }
        return figures;
    }

    /** How a statement writes money: its parties' currencies, and what its bare "$" means. */
    private static Currencies currencies(Statement statement, PartyFinder parties) {
        List<String> codes = statement.parties().names().stream().flatMap(name -> parties.party(name).stream())
                .map(briefing.model.Party::code).toList();
        return Currencies.forStatement(codes, statement.paragraphs().stream().map(Paragraph::text)
                .collect(java.util.stream.Collectors.joining("\n")));
    }

    private static Optional<Figure> added(FigureEdits.Addition a, Map<String, Statement> statements, PartyFinder parties,
                                          Diagnostics diagnostics) {
        List<FigureExtractor.Found> amounts = FigureExtractor.inSentence(a.amount());
        if (amounts.size() != 1) {
            diagnostics.error(a.amountAt(), "amount '" + a.amount() + "' is not one figure",
                    "write it as a text would: US$69.2 billion, 150 billion USD, 11.4 percent, 9,500 projects");
            return Optional.empty();
        }
        FigureExtractor.Found amount = amounts.get(0);
        if (a.cites() == null) {
            return Optional.of(new Figure(a.id(), null, "", 0, 0, a.amount(), amount.value(), amount.unit(), amount.noun(),
                    amount.qualifier(), null, a.topic(), a.status(), a.time(), null, a.label(), a.sourceUrl(), a.origin(), List.of()));
        }
        Statement statement = statements.get(a.cites().statementId());
        if (statement == null) {
            diagnostics.error(a.citesAt(), "cites a statement that does not exist: '" + a.cites().statementId() + "'",
                    Suggestions.hint(a.cites().statementId(), statements.keySet()));
            return Optional.empty();
        }
        Optional<Paragraph> paragraph = statement.paragraph(a.cites().anchor());
        if (paragraph.isEmpty()) {
            diagnostics.error(a.citesAt(), "cites a paragraph that does not exist: '" + a.cites() + "'",
                    Suggestions.hint(a.cites().anchor(), statement.paragraphs().stream().map(Paragraph::anchor).toList()));
            return Optional.empty();
        }
        Currencies currencies = currencies(statement, parties);
        for (String sentence : FigureExtractor.sentences(paragraph.get().text())) {
            for (FigureExtractor.Found f : FigureExtractor.inSentence(sentence, currencies)) {
                if (f.unit().equals(amount.unit()) && Math.abs(f.value() - amount.value()) < 1e-6 * Math.max(1, Math.abs(amount.value()))) {
                    return Optional.of(new Figure(a.id(), a.cites(), sentence, f.start(), f.end(), sentence.substring(f.start(), f.end()),
                            f.value(), f.unit(), f.noun(), f.qualifier(), null, a.topic(), a.status(), a.time(), null, a.label(),
                            a.sourceUrl(), a.origin(), statement.parties().names()));
                }
            }
        }
        List<String> stated = FigureExtractor.sentences(paragraph.get().text()).stream()
                .flatMap(s -> FigureExtractor.inSentence(s, currencies).stream().map(f -> s.substring(f.start(), f.end()))).toList();
        diagnostics.error(a.citesAt(), a.cites() + " does not state " + a.amount(),
                stated.isEmpty() ? "that paragraph states no figure; check the citation"
                        : "that paragraph states " + String.join(", ", stated) + "; check the amount or the citation");
        return Optional.empty();
    }

    private static void unknownFigure(String id, briefing.model.SourceRef where, Set<String> known, Diagnostics diagnostics) {
        diagnostics.error(where, "no figure '" + id + "'",
                Suggestions.closest(id, known).map(s -> "did you mean '" + s + "'? (ids are listed in data/figures.csv)")
                        .orElse("figure ids are listed in data/figures.csv"));
    }

    private static void unknownTopic(String topic, briefing.model.SourceRef where, Set<String> known, Diagnostics diagnostics) {
        diagnostics.error(where, "unknown figure topic '" + topic + "'", Suggestions.hint(topic, known));
    }
}
