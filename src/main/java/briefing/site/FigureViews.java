package briefing.site;

import briefing.memo.Memo;
import briefing.chart.ChartImage;
import briefing.chart.ChartRenderer;
import briefing.chart.PeriodSpec;
import briefing.chart.TimelineSpec;
import briefing.model.Briefing;
import briefing.model.ChartDefinition;
import briefing.model.Event;
import briefing.model.ExchangeRates;
import briefing.model.Figure;
import briefing.model.FigureStatus;
import briefing.model.FigureTime;
import briefing.model.FigureTopic;
import briefing.model.FigureUnit;
import briefing.model.OutsideSeries;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the site shows of the figures ledger: the ledger page grouped by topic, the charts with
 * their tables, descriptions and files, figures marked inside paragraph text, figures per theme, the key
 * figures of the home page and the data files. Charts come from the figures, never from typed-in values.
 */
final class FigureViews {

    private final Briefing briefing;
    private final Map<String, Statement> statements = new HashMap<>();
    private final List<ChartView> charts;
    private final Map<ParagraphRef, List<Figure>> byParagraph = new HashMap<>();

    private final int pageSize;
    /** The partnership the charts draw (its parties); empty when the statements name none. */
    private final List<String> drawn;
    /**
     * Whether the site names that partnership ({@code content/site.yaml}); when it does not, each chart draws
     * the partnership most of the figures it has a place for are of, so a chart is not drawn empty for the
     * partnership most statements are about while another's figures are left off.
     */
    private final boolean declared;
    private final List<Figure> ledgerOrder;
    private final Map<String, Integer> ledgerIndex = new HashMap<>();
    /**
     * One figure stated by several reports of one event (or twice in one report) is one entry of the
     * ledger: each figure's entry (the fullest source's), and each entry's other statements of it.
     */
    private final Map<String, Figure> primaryOf = new HashMap<>();
    private final Map<String, List<Figure>> alsoStated = new HashMap<>();

    /** The charts drawn in the last build (the preview's), or none. */
    private final Memo memo;
    /** The editors' rates, the only way a figure in another currency reaches a chart. */
    private final ExchangeRates rates;

    FigureViews(Briefing briefing, List<ChartDefinition> definitions, ExchangeRates rates, int pageSize, List<String> drawn,
                boolean declared, Memo memo) {
        this.briefing = briefing;
        this.declared = declared;
        this.rates = rates;
        this.memo = memo;
        this.pageSize = pageSize;
        this.drawn = List.copyOf(drawn);
        briefing.statements().forEach(s -> statements.put(s.id(), s));
        groupByEvent(briefing);
        List<String> topicOrder = briefing.figureRules().topics().stream().map(FigureTopic::slug).toList();
        this.ledgerOrder = briefing.figures().stream().filter(f -> primaryOf.get(f.id()) == f)
                .sorted(Comparator.comparingInt((Figure f) -> topicOrder.indexOf(f.topic())).thenComparing(ledgerOrder()))
                .toList();
        for (int i = 0; i < ledgerOrder.size(); i++) {
            ledgerIndex.put(ledgerOrder.get(i).id(), i);
        }
        for (Figure figure : briefing.figures()) {
            if (figure.source() != null) {
                byParagraph.computeIfAbsent(figure.source(), k -> new ArrayList<>()).add(figure);
            }
        }
        this.charts = memo.of("charts", () -> definitions.stream().map(this::chart).toList(),
                definitions, rates, briefing.figures(), briefing.figureRules(), briefing.statements(), pageSize, drawn, declared);
    }

    /**
     * Figures of one event with the same amount, unit, status, topic and year are one: the entry is the
     * figure of the event's fullest source (a joint statement before reports of it), then the first by id.
     * (Two reports of one summit give "$30 billion by 2022" and "$30 billion in the next 2022": one target.)
     */
    private void groupByEvent(Briefing briefing) {
        Map<String, Event> eventOf = Event.byStatement(briefing.events());
        // A statement's place among its event's sources: the fullest source first.
        Map<String, Integer> rank = new HashMap<>();
        eventOf.forEach((id, e) -> rank.put(id, e.statements().indexOf(id)));
        Map<List<Object>, List<Figure>> same = new LinkedHashMap<>();
        for (Figure f : briefing.figures()) {
            if (f.source() == null) {
                primaryOf.put(f.id(), f);
                continue;
            }
            Event e = eventOf.get(f.source().statementId());
            List<Object> key = java.util.Arrays.asList(e == null ? f.source().statementId() : e.slug(), f.unit(), f.value(),
                    f.status(), f.topic());
            same.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        for (List<Figure> stated : same.values()) {
            // Different years are different figures; a report that gives no year states the figure of the one
            // year the others give, and stays apart when they give several.
            Map<Integer, List<Figure>> byYear = new java.util.TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
            stated.forEach(f -> byYear.computeIfAbsent(f.time().plotYear(), k -> new ArrayList<>()).add(f));
            if (byYear.size() == 2 && byYear.containsKey(null)) {
                List<Figure> undated = byYear.remove(null);
                byYear.values().iterator().next().addAll(undated);
            }
            for (List<Figure> group : byYear.values()) {
                List<Figure> ordered = group.stream()
                        .sorted(Comparator.comparing((Figure f) -> rank.getOrDefault(f.source().statementId(), 0)).thenComparing(Figure::id))
                        .toList();
                Figure primary = ordered.get(0);
                ordered.forEach(f -> primaryOf.put(f.id(), primary));
                alsoStated.put(primary.id(), ordered.subList(1, ordered.size()));
            }
        }
    }

    /** The ledger's entry for a figure: itself, or the figure another report of its event states first. */
    Figure entryOf(Figure f) {
        return primaryOf.getOrDefault(f.id(), f);
    }

    List<ChartView> charts() {
        return charts;
    }

    /** The page anchor of a figure's entry on {@code /figures/}. */
    String anchor(Figure figure) {
        return "fig-" + entryOf(figure).id().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    // ---- the ledger -------------------------------------------------------------------------------

    /** The ledger in pages of {@code pageSize} figures, topic by topic; charts on the first page. */
    List<Map<String, Object>> ledgerPages() {
        List<List<Figure>> chunks = Pagination.chunks(ledgerOrder, pageSize);
        List<Map<String, Object>> pages = new ArrayList<>();
        for (int n = 1; n <= chunks.size(); n++) {
            List<Object> groups = new ArrayList<>();
            OnePage shown = new OnePage();
            String topic = null;
            List<Object> rows = null;
            for (Figure f : chunks.get(n - 1)) {
                if (!f.topic().equals(topic)) {
                    topic = f.topic();
                    rows = new ArrayList<>();
                    groups.add(Views.of().put("slug", topic).put("title", topicOf(f).title()).put("figures", rows).map());
                }
                rows.add(shown.view(f));
            }
            Views page = Views.of().put("groups", groups).put("count", ledgerOrder.size());
            if (n == 1) {
                page.put("charts", charts.stream().map(ChartView::view).toList());
            }
            pages.add(page.map());
        }
        return pages;
    }

    /** Where a figure stands in the ledger: its page and anchor, relative to the site root. */
    String ledgerPath(Figure figure) {
        return Pagination.path(Urls.FIGURES, ledgerIndex.get(entryOf(figure).id()) / pageSize + 1) + "#" + anchor(figure);
    }

    private static Comparator<Figure> ledgerOrder() {
        return Comparator.comparing((Figure f) -> f.time().plotYear(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Figure::status)
                .thenComparing(Figure::id);
    }

    Map<String, Object> figureView(Figure f) {
        Views view = Views.of()
                .put("id", f.id())
                .put("anchor", anchor(f))
                .put("ledger", ledgerPath(f))
                .put("amount", FigureFormat.amount(f))
                .put("time", f.time().describe())
                .put("status", topicOf(f).statusLabel(f.status()))
                .put("holder", f.holder())
                .put("label", f.label())
                .put("base", f.baseYear() == null ? null : "compared to " + f.baseYear());
        if (f.source() != null) {
            Statement statement = statements.get(f.source().statementId());
            Paragraph paragraph = statement.paragraph(f.source().anchor()).orElseThrow();
            view.put("before", f.sentence().substring(0, f.start()))
                    .put("figure", f.sentence().substring(f.start(), f.end()))
                    .put("after", f.sentence().substring(f.end()))
                    .put("path", Urls.paragraph(statement, paragraph))
                    .put("where", where(statement, paragraph))
                    .put("whereShort", whereShort(statement, paragraph));
        }
        if (f.outsideUrl() != null) {
            view.put("outsideUrl", f.outsideUrl());
        }
        List<Figure> others = alsoStated.getOrDefault(f.id(), List.of());
        if (!others.isEmpty()) {
            long reports = java.util.stream.Stream.concat(java.util.stream.Stream.of(f), others.stream())
                    .map(o -> o.source().statementId()).distinct().count();
            view.put("statedIn", reports > 1 ? "stated in " + reports + " reports of this event" : "stated " + (others.size() + 1) + " times in this statement")
                    .put("alsoIn", others.stream().map(o -> {
                        Statement st = statements.get(o.source().statementId());
                        Paragraph p = st.paragraph(o.source().anchor()).orElseThrow();
                        return Views.of().put("path", Urls.paragraph(st, p)).put("where", where(st, p)).map();
                    }).toList());
        }
        return view.map();
    }

    private static String where(Statement statement, Paragraph paragraph) {
        String which = paragraph.number() != null ? "paragraph " + paragraph.number()
                : "the paragraph “" + SiteModel.openingWords(paragraph) + "”";
        return statement.title() + " (" + Dates.display(statement.date()) + "), " + which;
    }

    /**
     * Where a figure is stated, short enough for a card on a phone: the statement's kind and date and the
     * paragraph ("joint statement of 11 August 2025, paragraph 9"); the full title is in {@link #where}.
     */
    static String whereShort(Statement statement, Paragraph paragraph) {
        String which = paragraph.number() != null ? "paragraph " + paragraph.number() : "paragraph “" + SiteModel.openingWords(paragraph) + "”";
        String kind = statement.kind().isBlank() ? "statement" : statement.kind();
        return statement.date() == null ? kind + ", " + which : kind + " of " + Dates.display(statement.date()) + ", " + which;
    }

    /**
     * A chart's legend entry in the words the ledger, the table and the cards use for the status of the
     * drawn figures ("Target" for trade, "Commitment" for development finance), one wording everywhere.
     */
    private String legendName(List<Figure> drawn, FigureStatus status) {
        String names = drawn.stream().filter(f -> f.status() == status).map(f -> topicOf(f).statusLabel(status)).distinct()
                .collect(Collectors.joining(" or "));
        if (names.isEmpty()) {
            names = status == FigureStatus.REPORTED ? "reported" : "target";
        }
        return Character.toUpperCase(names.charAt(0)) + names.substring(1);
    }

    private FigureTopic topicOf(Figure f) {
        return briefing.figureRules().topic(f.topic());
    }

    // ---- figures in paragraphs, on themes and on the home page -------------------------------------

    /** The figures of a paragraph as marks on its text, each linking to its place in the ledger. */
    List<Segments.Mark> marks(Statement statement, Paragraph paragraph) {
        String text = paragraph.text();
        List<Segments.Mark> marks = new ArrayList<>();
        int cursor = 0;
        String lastSentence = null;
        int sentenceStart = 0;
        for (Figure f : byParagraph.getOrDefault(new ParagraphRef(statement.id(), paragraph.anchor()), List.of())) {
            if (!f.sentence().equals(lastSentence)) {
                int found = text.indexOf(f.sentence(), cursor);
                if (found < 0) {
                    continue;
                }
                sentenceStart = found;
                cursor = found;
                lastSentence = f.sentence();
            }
            marks.add(new Segments.Mark(sentenceStart + f.start(), sentenceStart + f.end(), ledgerPath(f),
                    FigureFormat.amount(f) + ", " + f.time().describe() + " (" + topicOf(f).title().toLowerCase(java.util.Locale.ROOT)
                            + ", " + topicOf(f).statusLabel(f.status()) + ")", "fig"));
        }
        return marks;
    }

    /** The first {@code limit} figures stated in these paragraphs, in their order. */
    List<Object> forParagraphs(List<ParagraphRef> paragraphs, int limit) {
        OnePage shown = new OnePage();
        return paragraphs.stream().flatMap(ref -> byParagraph.getOrDefault(ref, List.of()).stream()).map(this::entryOf).distinct()
                .limit(limit).<Object>map(shown::view).toList();
    }

    /** Words each side of a figure whose sentence the page already quotes. */
    private static final int WINDOW_WORDS = 5;

    /**
     * The figures of one page in order: a sentence that holds several figures is quoted whole once; each
     * later figure of it shows only the words around it and links to the figure quoted with the sentence.
     */
    private final class OnePage {
        private final Map<String, Figure> quotedWith = new HashMap<>();

        Map<String, Object> view(Figure f) {
            Map<String, Object> view = figureView(f);
            if (f.source() == null) {
                return view;
            }
            Figure first = quotedWith.putIfAbsent(f.source().statementId() + "#" + f.source().anchor() + "\n" + f.sentence(), f);
            if (first == null) {
                return view;
            }
            SentenceWindow window = SentenceWindow.around(f.sentence(), f.start(), f.end(), WINDOW_WORDS);
            return Views.of().putAll(view).put("before", window.before()).put("after", window.after())
                    .put("sameSentence", Views.of().put("anchor", anchor(first)).put("amount", FigureFormat.amount(first)).map())
                    .map();
        }
    }

    /** How many figures these paragraphs state (one figure stated by several reports of an event counts once). */
    int countIn(List<ParagraphRef> paragraphs) {
        return (int) paragraphs.stream().flatMap(ref -> byParagraph.getOrDefault(ref, List.of()).stream()).map(this::entryOf).distinct().count();
    }

    /**
     * The key figures for the home page: per topic (but the fallback), the latest reported value and the
     * furthest target, money first.
     */
    List<Object> keyFigures() {
        List<Object> out = new ArrayList<>();
        boolean several = briefing.statements().stream().map(s -> s.parties().partnership()).filter(p -> !p.isEmpty()).distinct().count() > 1;
        for (FigureTopic topic : briefing.figureRules().topics()) {
            if (topic.slug().equals(briefing.figureRules().fallbackTopic())) {
                continue;
            }
            List<Figure> dated = ledgerOrder.stream()
                    .filter(f -> f.topic().equals(topic.slug()) && f.time().plotYear() != null).toList();
            // Latest first; then money in the charts' currency, other money, the rest; values compared only then,
            // so a larger number in another currency (100 billion yen) never outranks US dollars.
            Comparator<Figure> latest = Comparator.comparing((Figure f) -> f.time().plotYear())
                    .thenComparing(f -> f.unit().equals(FigureUnit.USD))
                    .thenComparing(f -> f.unit().isMoney())
                    .thenComparing(Figure::value);
            dated.stream().filter(f -> f.status() == FigureStatus.REPORTED).max(latest).ifPresent(f -> out.add(key(topic, f, several)));
            dated.stream().filter(f -> f.status() == FigureStatus.TARGET).max(latest).ifPresent(f -> out.add(key(topic, f, several)));
        }
        return out;
    }

    /** A key figure's card; on a site of several partnerships ({@code several}) it names whose figure it is. */
    private Map<String, Object> key(FigureTopic topic, Figure f, boolean several) {
        Views card = Views.of().putAll(figureView(f)).put("topic", topic.title());
        if (several && !f.parties().isEmpty()) {
            card.put("whose", String.join("–", f.parties()));
        }
        return card.map();
    }

    // ---- charts ------------------------------------------------------------------------------------

    /**
     * One chart: money figures of its topics, of one partnership only (another relationship's trade is
     * never drawn as this one's), in one currency: the chart's, or the one most of them are stated in.
     * A figure in another currency is drawn only when the editors' rates convert it (at the rate of the
     * year it reports, or of the year a target or pledge was stated), marked "≈" with its stated amount
     * and the rate beside it; the chart's description says how many were left off and why.
     */
    private ChartView chart(ChartDefinition definition) {
        List<Figure> ofTopics = briefing.figures().stream().filter(f -> definition.topics().contains(f.topic()) && f.unit().isMoney()).toList();
        List<String> partnership = declared ? drawn
                : commonestPartnership(ofTopics.stream().filter(f -> placeable(f, definition.kind()) && (definition.currency() == null
                        || f.unit().equals(definition.currency())
                        || rateYear(f).flatMap(y -> rates.conversion(f.unit(), definition.currency(), y)).isPresent())).toList()).orElse(drawn);
        List<Figure> here = ofTopics.stream().filter(f -> drawnHere(f, partnership)).toList();
        FigureUnit currency = definition.currency() != null ? definition.currency() : usualCurrency(here);
        List<Drawn> figures = new ArrayList<>();
        Map<FigureUnit, Set<Integer>> noRate = new java.util.TreeMap<>(Comparator.comparing(FigureUnit::code));
        for (Figure f : here) {
            Optional<Integer> year = rateYear(f);
            Optional<ExchangeRates.Conversion> conversion = f.unit().equals(currency)
                    ? Optional.of(new ExchangeRates.Conversion(currency, currency, year.orElse(0), 1, List.of()))
                    : year.flatMap(y -> rates.conversion(f.unit(), currency, y));
            if (conversion.isPresent()) {
                figures.add(new Drawn(f, currency, conversion.get()));
            } else {
                noRate.computeIfAbsent(f.unit(), k -> new java.util.TreeSet<>()).addAll(year.stream().toList());
            }
        }
        long otherPartnership = ofTopics.size() - here.size();
        long notConverted = here.size() - figures.size();
        String scope = (partnership.isEmpty() ? "" : String.join("–", partnership) + " only. ")
                + (otherPartnership == 0 ? "" : otherPartnership + " figure" + (otherPartnership == 1 ? "" : "s")
                        + " of other partnerships not drawn. ")
                + (notConverted == 0 ? "" : notConverted + " figure" + (notConverted == 1 ? "" : "s")
                        + " in other currencies not drawn (no exchange rate for " + noRate.entrySet().stream()
                        .map(e -> e.getKey().code() + (e.getValue().isEmpty() ? "" : " in " + e.getValue().stream().map(String::valueOf)
                                .collect(Collectors.joining(", "))))
                        .collect(Collectors.joining("; ")) + "). ");
        ChartView view = definition.kind() == ChartDefinition.Kind.TIMELINE
                ? timeline(definition, currency, figures) : periods(definition, currency, figures);
        return view.withDescription(scope + view.description() + conversions(figures));
    }

    /**
     * A figure as a chart draws it: in the chart's currency, converted (rounded to three significant
     * digits, since a yearly average rate is no more precise) when stated in another.
     */
    private record Drawn(Figure figure, FigureUnit currency, ExchangeRates.Conversion conversion) {
        boolean converted() {
            return !conversion.legs().isEmpty();
        }

        double value() {
            double v = figure.value() * conversion.factor();
            return converted() ? roundedConversion(v) : v;
        }

        /** For a point or bar: {@code US$87bn}, {@code ≈US$0.71bn}. */
        String shortAmount() {
            return converted() ? "≈" + FigureFormat.shortMoney(currency, value()) : FigureFormat.shortAmount(figure);
        }

        /** For the table and the description: the stated amount, and what it was drawn as. */
        String amount() {
            return converted() ? FigureFormat.amount(figure) + " (≈ " + FigureFormat.money(currency, value()) + " " + rateText(conversion) + ")"
                    : FigureFormat.amount(figure);
        }

        /** The year of the rate and where it comes from, for the CSV. */
        String rateNote() {
            return converted() ? rateText(conversion) + "; " + conversion.legs().stream().map(l -> l.series().source()
                    + (l.series().url() == null ? "" : " " + l.series().url())).distinct().collect(Collectors.joining("; ")) : "";
        }
    }

    /** A converted amount to three significant digits: a yearly average rate is no more precise. */
    private static double roundedConversion(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).doubleValue();
    }

    /** {@code at ¥140.49 per US$ (2023)}, or through a common base {@code at ¥140.49 and ₩1,305.41 per US$ (2023)}. */
    private static String rateText(ExchangeRates.Conversion c) {
        FigureUnit base = c.legs().get(0).series().base();
        return "at " + c.legs().stream().map(l -> FigureFormat.currencyName(l.series().currency()) + FigureFormat.rate(l.rate()))
                .collect(Collectors.joining(" and ")) + " per " + FigureFormat.currencyName(base) + " (" + c.year() + ")";
    }

    /** The sentence under a chart that names the rates it converted with and who publishes them. */
    private static String conversions(List<Drawn> figures) {
        List<String> sources = figures.stream().filter(Drawn::converted).flatMap(d -> d.conversion().legs().stream())
                .map(l -> l.series().source()).distinct().toList();
        long converted = figures.stream().filter(Drawn::converted).count();
        return converted == 0 ? "" : " " + converted + " figure" + (converted == 1 ? " was" : "s were")
                + " stated in another currency and drawn converted (marked ≈) at the yearly average rate of "
                + String.join("; ", sources) + ": a reported value at its year's rate, a target or pledge at the rate of the year it was stated.";
    }

    /** The currency most of these figures are stated in; US dollars when none or tied with them, else the first code. */
    private static FigureUnit usualCurrency(List<Figure> figures) {
        Map<FigureUnit, Long> counts = figures.stream().collect(Collectors.groupingBy(Figure::unit, Collectors.counting()));
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (most == 0 || counts.getOrDefault(FigureUnit.USD, 0L) == most) {
            return FigureUnit.USD;
        }
        return counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                .min(Comparator.comparing(FigureUnit::code)).orElseThrow();
    }

    /** The year whose rate converts a figure: the year a reported value is for, else the year it was stated. */
    private Optional<Integer> rateYear(Figure f) {
        Integer plotYear = f.time().plotYear();
        if (f.status() == FigureStatus.REPORTED && plotYear != null) {
            return Optional.of(plotYear);
        }
        return statementYear(f).or(() -> Optional.ofNullable(plotYear));
    }

    /** Whether a chart of this kind has a place for the figure: a year on a timeline, a period or horizon as a bar. */
    private static boolean placeable(Figure f, ChartDefinition.Kind kind) {
        FigureTime t = f.time();
        return kind == ChartDefinition.Kind.TIMELINE ? t.plotYear() != null
                : t.kind() == FigureTime.Kind.PERIOD || t.kind() == FigureTime.Kind.HORIZON;
    }

    /** Whether a figure is of the partnership a chart draws; editors' outside data (no parties) is. */
    private static boolean drawnHere(Figure f, List<String> partnership) {
        return partnership.isEmpty() || f.parties().isEmpty() || java.util.Set.copyOf(f.parties()).equals(java.util.Set.copyOf(partnership));
    }

    /**
     * The pair of parties most of these figures are of (ties: the site's main partnership, then name order);
     * empty when none is of a pair.
     */
    private Optional<List<String>> commonestPartnership(List<Figure> figures) {
        return SiteModel.commonest(figures.stream().map(Figure::parties).filter(p -> p.size() == 2).toList(), drawn);
    }

    private record Plotted(int year, double value, FigureStatus status, List<Drawn> figures) {
        Drawn first() {
            return figures.get(0);
        }
    }

    /** One year of an outside series as drawn: in the chart's currency, with its conversion when it needed one. */
    private record OutsideValue(int year, double value, double stated, ExchangeRates.Conversion conversion) {
        boolean converted() {
            return !conversion.legs().isEmpty();
        }
    }

    /** An outside series as drawn, and how many of its years had no rate to convert them with. */
    private record OutsideLine(OutsideSeries series, List<OutsideValue> points, int unconverted) {
    }

    /** An editors' series in the chart's currency: each year at that year's rate, a year with none left off. */
    private OutsideLine outsideLine(OutsideSeries series, FigureUnit currency) {
        List<OutsideValue> points = new ArrayList<>();
        int unconverted = 0;
        for (Map.Entry<Integer, Double> e : series.values().entrySet()) {
            Optional<ExchangeRates.Conversion> c = rates.conversion(series.currency(), currency, e.getKey());
            if (c.isPresent()) {
                double v = e.getValue() * c.get().factor();
                points.add(new OutsideValue(e.getKey(), c.get().legs().isEmpty() ? v : roundedConversion(v), e.getValue(), c.get()));
            } else {
                unconverted++;
            }
        }
        return new OutsideLine(series, points, unconverted);
    }

    private ChartView timeline(ChartDefinition def, FigureUnit currency, List<Drawn> figures) {
        List<OutsideLine> outside = def.series().stream().map(s -> outsideLine(s, currency)).toList();
        Map<List<Object>, List<Drawn>> byPoint = figures.stream().filter(d -> d.figure().time().plotYear() != null)
                .collect(Collectors.groupingBy(d -> List.of(d.figure().status(), d.figure().time().plotYear(), d.figure().unit(), d.value()),
                        LinkedHashMap::new, Collectors.toList()));
        List<Plotted> points = byPoint.values().stream()
                .map(ds -> new Plotted(ds.get(0).figure().time().plotYear(), ds.get(0).value(), ds.get(0).figure().status(), ds))
                .sorted(Comparator.comparingInt(Plotted::year).thenComparing(Plotted::status).thenComparingDouble(Plotted::value))
                .toList();
        List<Drawn> unplotted = figures.stream().filter(d -> d.figure().time().plotYear() == null).toList();

        TimelineSpec spec = new TimelineSpec(def.id(), def.title(), FigureFormat.currencyName(currency) + " billion", 1e9,
                points.stream().filter(p -> p.status() == FigureStatus.REPORTED)
                        .map(p -> new TimelineSpec.Point(p.year(), p.value(), p.first().shortAmount())).toList(),
                points.stream().filter(p -> p.status() == FigureStatus.TARGET)
                        .map(p -> new TimelineSpec.Point(p.year(), p.value(), p.first().shortAmount())).toList(),
                outside.stream().map(o -> new TimelineSpec.Line(o.series().name(), o.points().stream()
                        .map(v -> new TimelineSpec.Point(v.year(), v.value(), "")).toList())).toList(),
                legendName(figures.stream().map(Drawn::figure).toList(), FigureStatus.REPORTED),
                legendName(figures.stream().map(Drawn::figure).toList(), FigureStatus.TARGET));
        ChartImage image = memo.of("chart image:" + spec.id(), () -> ChartRenderer.timeline(spec), spec);
        ChartImage narrow = memo.of("chart image:" + spec.id() + "-narrow", () -> ChartRenderer.timelineNarrow(spec), spec);

        List<Map<String, Object>> rows = new ArrayList<>();
        List<List<Object>> csv = new ArrayList<>();
        for (Plotted p : points) {
            Drawn first = p.first();
            String status = topicOf(first.figure()).statusLabel(p.status());
            rows.add(Views.of()
                    .put("cells", List.of(String.valueOf(p.year()), first.amount(), status))
                    .put("sources", sources(p.figures().stream().map(Drawn::figure).toList()))
                    .map());
            csv.add(List.of(p.year(), FigureFormat.machine(p.value()), currency.code(), status,
                    p.figures().stream().map(d -> d.figure().id()).collect(Collectors.joining(" ")),
                    p.figures().stream().map(d -> sourceUrl(d.figure())).collect(Collectors.joining(" ")),
                    FigureFormat.machine(first.figure().value()), first.figure().unit().code(), first.rateNote()));
        }
        for (OutsideLine line : outside) {
            OutsideSeries series = line.series();
            Map<String, Object> source = Views.of().put("url", series.url()).put("text", series.source()).map();
            for (OutsideValue v : line.points()) {
                String amount = FigureFormat.money(series.currency(), v.stated()) + (v.converted()
                        ? " (≈ " + FigureFormat.money(currency, v.value()) + " " + rateText(v.conversion()) + ")" : "");
                rows.add(Views.of().put("cells", List.of(String.valueOf(v.year()), amount, series.name())).put("sources", List.of(source)).map());
                csv.add(List.of(v.year(), FigureFormat.machine(v.value()), currency.code(), "outside series: " + series.name(), "",
                        series.url() == null ? series.file().path() : series.url(), FigureFormat.machine(v.stated()), series.currency().code(),
                        v.converted() ? rateText(v.conversion()) : ""));
            }
        }
        String description = timelineDescription(points, unplotted) + outside.stream().map(line -> {
            OutsideSeries series = line.series();
            String drawnYears = line.points().isEmpty() ? "no year drawn"
                    : line.points().get(0).year() + "–" + line.points().get(line.points().size() - 1).year();
            return " Also drawn, as a thin line: " + series.name() + " (" + series.source() + "), " + drawnYears
                    + (line.unconverted() == 0 ? "" : "; " + line.unconverted() + " year" + (line.unconverted() == 1 ? "" : "s")
                    + " in " + series.currency().code() + " left off for want of an exchange rate") + ".";
        }).collect(Collectors.joining());
        String alt = "Line chart. " + points.stream()
                .map(p -> (p.status() == FigureStatus.REPORTED ? "Reported " : "Target ") + p.first().amount()
                        + (p.status() == FigureStatus.REPORTED ? " in " : " for ") + p.year())
                .collect(Collectors.joining("; ")) + ".";
        return new ChartView(def.id(), def.title(), def.intro(), def.theme(), alt, description,
                List.of("Year", "Value", "Status", "Source"), rows, image.svg(), image.png(),
                Csv.of(List.of("year", "value", "unit", "status", "figure_ids", "sources", "stated_value", "stated_unit", "conversion"), csv),
                image.width(), image.height(), narrow);
    }

    private String timelineDescription(List<Plotted> points, List<Drawn> unplotted) {
        List<Plotted> reported = points.stream().filter(p -> p.status() == FigureStatus.REPORTED).toList();
        List<Plotted> targets = points.stream().filter(p -> p.status() == FigureStatus.TARGET).toList();
        StringBuilder d = new StringBuilder();
        if (reported.isEmpty()) {
            d.append("No reported values. ");
        } else {
            d.append("Reported: ").append(reported.stream().map(p -> p.first().amount() + " in " + p.year())
                    .collect(Collectors.joining(", "))).append(". ");
            if (reported.size() > 1) {
                Plotted first = reported.get(0);
                Plotted last = reported.get(reported.size() - 1);
                d.append(last.value() >= first.value() ? "Up" : "Down").append(" from ")
                        .append(first.first().amount()).append(" in ").append(first.year())
                        .append(" to ").append(last.first().amount()).append(" in ").append(last.year()).append(". ");
            }
        }
        if (!targets.isEmpty()) {
            d.append("Targets: ").append(targets.stream().map(p -> p.first().amount() + " for " + p.year()
                    + " (stated " + p.figures().stream().map(s -> statedWhen(s.figure())).distinct().collect(Collectors.joining(" and ")) + ")")
                    .collect(Collectors.joining("; "))).append(". ");
        }
        if (!reported.isEmpty() && !targets.isEmpty()) {
            Plotted last = reported.get(reported.size() - 1);
            Plotted goal = targets.get(targets.size() - 1);
            long change = Math.round((goal.value() / last.value() - 1) * 100);
            d.append("The ").append(goal.year()).append(" target is ").append(Math.abs(change)).append("% ")
                    .append(change >= 0 ? "above" : "below").append(" the latest reported value (").append(last.year()).append("). ");
        }
        if (!unplotted.isEmpty()) {
            d.append("Not plotted, for want of a year: ").append(unplotted.stream()
                    .map(u -> u.amount() + " (" + topicOf(u.figure()).statusLabel(u.figure().status()) + ", stated " + statedWhen(u.figure()) + ")")
                    .collect(Collectors.joining("; "))).append(".");
        }
        return d.toString().strip();
    }

    /** The most bars a period chart draws: beyond this it is a list, and the ledger is the better one. */
    static final int MAX_BARS = 30;

    private ChartView periods(ChartDefinition def, FigureUnit currency, List<Drawn> figures) {
        record Bar(Drawn drawn, int start, int end) {
            Figure figure() {
                return drawn.figure();
            }
        }
        List<Bar> found = new ArrayList<>();
        for (Drawn d : figures) {
            FigureTime t = d.figure().time();
            if (t.kind() == FigureTime.Kind.PERIOD) {
                found.add(new Bar(d, t.start(), t.end()));
            } else if (t.kind() == FigureTime.Kind.HORIZON) {
                statementYear(d.figure()).filter(y -> y <= t.end()).ifPresent(y -> found.add(new Bar(d, y, t.end())));
            }
        }
        found.sort(Comparator.comparingInt(Bar::start).thenComparingInt(Bar::end).thenComparing(b -> b.figure().id()));
        // One bar per programme: the same instrument, amount, period and status restated by later statements
        // (or by several reports of one event) is one bar with all its sources, not one bar per statement.
        Map<List<Object>, List<Bar>> programmes = new LinkedHashMap<>();
        for (Bar bar : found) {
            Figure f = bar.figure();
            programmes.computeIfAbsent(List.of(barLabel(f), bar.start(), bar.end(), f.unit(), f.value(), f.status()), k -> new ArrayList<>()).add(bar);
        }
        // A chart a reader can read: the latest programmes only (an archive of decades would draw a bar per
        // programme ever made, 44,000 pixels tall at 1,000 statements); the ledger lists every figure.
        int programmeCount = programmes.size();
        if (programmeCount > MAX_BARS) {
            Comparator<Bar> latestFirst = Comparator.comparingInt(Bar::start).thenComparingInt(Bar::end).reversed();
            Set<List<Object>> latest = programmes.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(Comparator.comparing((List<Bar> group) -> group.get(0), latestFirst)))
                    .limit(MAX_BARS).map(Map.Entry::getKey).collect(Collectors.toSet());
            programmes.keySet().retainAll(latest);
        }
        List<Bar> bars = programmes.values().stream().map(group -> group.get(0)).toList();
        List<PeriodSpec.Row> specRows = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<List<Object>> csv = new ArrayList<>();
        for (List<Bar> group : programmes.values()) {
            Bar bar = group.get(0);
            Figure f = bar.figure();
            String label = barLabel(f);
            String period = bar.start() + "–" + bar.end();
            String status = topicOf(f).statusLabel(f.status());
            specRows.add(new PeriodSpec.Row(label, bar.start(), bar.end(), bar.drawn().shortAmount(), f.status() == FigureStatus.TARGET));
            rows.add(Views.of()
                    .put("cells", List.of(label, bar.drawn().amount(), f.time().kind() == FigureTime.Kind.HORIZON
                            ? period + " (" + f.time().describe() + ")" : f.time().describe(), status))
                    .put("sources", sources(group.stream().map(Bar::figure).toList()))
                    .map());
            csv.add(List.of(label, bar.start(), bar.end(), FigureFormat.machine(bar.drawn().value()), currency.code(), status, f.id(), sourceUrl(f),
                    FigureFormat.machine(f.value()), f.unit().code(), bar.drawn().rateNote()));
        }
        List<Figure> drawn = programmes.values().stream().map(group -> group.get(0).figure()).toList();
        PeriodSpec periods = new PeriodSpec(def.id(), def.title(), specRows,
                legendName(drawn, FigureStatus.REPORTED), legendName(drawn, FigureStatus.TARGET));
        ChartImage image = memo.of("chart image:" + periods.id(), () -> ChartRenderer.periods(periods), periods);
        ChartImage narrow = memo.of("chart image:" + periods.id() + "-narrow", () -> ChartRenderer.periodsNarrow(periods), periods);
        String shown = programmeCount > MAX_BARS
                ? "The " + MAX_BARS + " latest of " + programmeCount + " programmes (every figure is in the ledger below). " : "";
        String description = bars.isEmpty() ? "No figures with a period." : shown + bars.stream()
                .map(b -> (b.figure().holder() != null ? b.figure().holder() : topicOf(b.figure()).title()) + ": "
                        + b.drawn().amount() + ", " + b.start() + "–" + b.end() + " ("
                        + topicOf(b.figure()).statusLabel(b.figure().status()) + ")")
                .collect(Collectors.joining("; ")) + ". Solid bars were reported as provided; bars with a dashed edge are commitments.";
        String alt = "Bar chart of periods. " + specRows.stream()
                .map(r -> r.label() + " " + r.amount() + " " + r.start() + "–" + r.end()).collect(Collectors.joining("; ")) + ".";
        return new ChartView(def.id(), def.title(), def.intro(), def.theme(), alt, description,
                List.of("Instrument", "Amount", "Period", "Status", "Source"), rows, image.svg(), image.png(),
                Csv.of(List.of("instrument", "start", "end", "value", "unit", "status", "figure_id", "source", "stated_value",
                        "stated_unit", "conversion"), csv),
                image.width(), image.height(), narrow);
    }

    private String barLabel(Figure f) {
        return Optional.ofNullable(f.holder()).or(() -> Optional.ofNullable(f.label())).orElse(topicOf(f).title());
    }

    private List<Object> sources(List<Figure> figures) {
        List<Object> out = new ArrayList<>();
        for (Figure f : figures) {
            if (f.source() != null) {
                Statement s = statements.get(f.source().statementId());
                Paragraph p = s.paragraph(f.source().anchor()).orElseThrow();
                // Short enough for a table cell on a phone; the statement's title is the link's title.
                out.add(Views.of().put("path", Urls.paragraph(s, p)).put("text", whereShort(s, p)).put("title", where(s, p)).map());
            } else {
                out.add(Views.of().put("url", f.outsideUrl()).put("text", Objects.requireNonNullElse(f.label(), f.outsideUrl())).map());
            }
        }
        return out;
    }

    private String sourceUrl(Figure f) {
        if (f.source() == null) {
            return f.outsideUrl();
        }
        Statement s = statements.get(f.source().statementId());
        return Urls.paragraph(s, s.paragraph(f.source().anchor()).orElseThrow());
    }

    private String statedWhen(Figure f) {
        return f.source() == null ? "by an outside source" : Dates.display(statements.get(f.source().statementId()).date());
    }

    private Optional<Integer> statementYear(Figure f) {
        return Optional.ofNullable(f.source()).map(r -> statements.get(r.statementId())).map(Statement::date).map(d -> d.getYear());
    }

    // ---- data files ---------------------------------------------------------------------------------

    byte[] json(String baseUrl) {
        List<Object> out = new ArrayList<>();
        for (Figure f : briefing.figures()) {
            out.add(Views.of()
                    .put("id", f.id())
                    .put("entry", entryOf(f).id())
                    .put("parties", f.parties())
                    .put("topic", f.topic())
                    .put("status", topicOf(f).statusLabel(f.status()))
                    .put("value", Double.valueOf(FigureFormat.machine(f.value())))
                    .put("unit", f.unit().name())
                    .put("noun", f.noun())
                    .put("qualifier", f.qualifier())
                    .put("text", FigureFormat.amount(f))
                    .put("holder", f.holder())
                    .put("label", f.label())
                    .put("time", Views.of().put("kind", f.time().kind().name().toLowerCase(java.util.Locale.ROOT))
                            .put("start", f.time().start()).put("end", f.time().end()).put("text", f.time().describe()).map())
                    .put("base_year", f.baseYear())
                    .put("statement", f.source() == null ? null : f.source().statementId())
                    .put("anchor", f.source() == null ? null : f.source().anchor())
                    .put("sentence", f.sentence().isEmpty() ? null : f.sentence())
                    .put("url", f.source() == null ? f.outsideUrl() : baseUrl + sourceUrl(f))
                    .map());
        }
        return Json.bytes(Views.of().put("figures", out).map());
    }

    byte[] csv(String baseUrl) {
        List<List<Object>> rows = new ArrayList<>();
        for (Figure f : briefing.figures()) {
            rows.add(java.util.Arrays.asList(f.id(), f.topic(), topicOf(f).statusLabel(f.status()), FigureFormat.machine(f.value()),
                    f.unit().name(), Objects.requireNonNullElse(f.noun(), ""), FigureFormat.amount(f),
                    f.time().kind().name().toLowerCase(java.util.Locale.ROOT),
                    f.time().start() == null ? "" : f.time().start(), f.time().end() == null ? "" : f.time().end(),
                    Objects.requireNonNullElse(f.holder(), ""), Objects.requireNonNullElse(f.label(), ""),
                    f.source() == null ? "" : f.source().statementId(), f.source() == null ? "" : f.source().anchor(),
                    f.sentence(), f.source() == null ? f.outsideUrl() : baseUrl + sourceUrl(f), String.join("; ", f.parties()),
                    entryOf(f).id()));
        }
        // parties: whose figure it is; entry: the ledger entry it is one statement of (its own id, or the
        // figure another report of the same event states first).
        return Csv.of(List.of("id", "topic", "status", "value", "unit", "noun", "text", "time_kind", "start", "end",
                "holder", "label", "statement", "anchor", "sentence", "url", "parties", "entry"), rows);
    }
}
