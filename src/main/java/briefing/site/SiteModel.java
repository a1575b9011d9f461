package briefing.site;

import briefing.memo.Memo;
import briefing.model.Briefing;
import briefing.model.ChartSettings;
import briefing.model.Commitment;
import briefing.model.Event;
import briefing.model.Figure;
import briefing.model.GlossaryEntry;
import briefing.model.LeftOut;
import briefing.model.Note;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.ParagraphRole;
import briefing.model.Related;
import briefing.model.Section;
import briefing.model.SiteSettings;
import briefing.model.Statement;
import briefing.model.Term;
import briefing.model.Theme;
import briefing.model.ThemeChange;
import briefing.model.ThemeMatch;
import briefing.model.TimelineEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prepares everything the templates show: one {@link Page} per URL of the public layout, and the
 * site-wide model (title, navigation, themes). All querying, sorting and grouping happens here, so
 * templates only render. Pure: no I/O.
 *
 * <p>URL layout (a public contract): {@code /}, {@code /themes/}, {@code /themes/<slug>/},
 * {@code /statements/}, {@code /statements/<id>/#<anchor>}, {@code /figures/}, {@code /data/*.json}.
 */
public final class SiteModel {

    private final Briefing briefing;
    private final SiteSettings settings;
    private final Map<String, Theme> themesBySlug = new HashMap<>();
    private final Map<String, Statement> statementsById = new HashMap<>();
    /** Paragraphs per theme, counted once: the home page and /themes/ show them. */
    private final Map<String, Long> paragraphCounts = new HashMap<>();
    private final LocalDate siteDate;
    private final FigureViews figures;
    private final GlossaryViews glossary;
    private final ChartSettings charts;
    /**
     * Stands for everything besides notes and the glossary a statement's page is made from: the same
     * object as in the last build while all of it is unchanged, so each page's check is one identity
     * comparison, not a comparison of the whole corpus per page.
     */
    private final Object corpus;
    /** The glossary entries each statement mentions (what its page marks), by statement id. */
    private final Map<String, List<GlossaryEntry>> glossaryByStatement = new HashMap<>();

    private final CommitmentViews commitments;
    /** The pages, data files and charts kept from the last build (the preview's), or none. */
    private final Memo memo;
    /** Each statement's event, by statement id. */
    private final Map<String, Event> eventOf = new HashMap<>();

    public SiteModel(Briefing briefing, SiteSettings settings, ChartSettings charts, Memo memo) {
        this.briefing = briefing;
        this.memo = memo;
        this.settings = settings;
        this.charts = charts;
        this.corpus = memo.of("corpus", Object::new, briefing.statements(), briefing.themes(),
                briefing.themesByParagraph(), briefing.figures(), briefing.figureRules(), briefing.related(), settings, charts,
                // A statement page shows its event and counts its commitments by status (judgements included).
                briefing.events(), briefing.commitments(), briefing.lineage(), briefing.judgements());
        for (GlossaryEntry entry : briefing.glossary()) {
            entry.mentions().stream().map(ParagraphRef::statementId).distinct()
                    .forEach(id -> glossaryByStatement.computeIfAbsent(id, k -> new ArrayList<>()).add(entry));
        }
        this.figures = new FigureViews(briefing, charts.definitions(), charts.rates(), settings.pageSize(), mainPartnership(briefing, settings),
                !settings.partnerships().isEmpty(), memo);
        eventOf.putAll(Event.byStatement(briefing.events()));
        this.glossary = new GlossaryViews(briefing, memo);
        briefing.themes().forEach(t -> themesBySlug.put(t.slug(), t));
        briefing.statements().forEach(st -> statementsById.put(st.id(), st));
        briefing.themesByParagraph().values().forEach(matches ->
                matches.forEach(m -> paragraphCounts.merge(m.theme(), 1L, Long::sum)));
        this.siteDate = briefing.statements().stream().map(Statement::date).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1));
        Map<String, briefing.model.Figure> figuresById = new HashMap<>();
        briefing.figures().forEach(f -> figuresById.put(f.id(), f));
        this.commitments = new CommitmentViews(briefing, settings.pageSize(), siteDate, id -> figures.ledgerPath(figuresById.get(id)));
    }

    /**
     * The partnership the charts draw: the first the site covers ({@code content/site.yaml}), else the one
     * most statements are about (ties: the first in name order); empty when no statement names parties.
     */
    static List<String> mainPartnership(Briefing briefing, SiteSettings settings) {
        if (!settings.partnerships().isEmpty()) {
            return settings.partnerships().get(0).parties();
        }
        return commonest(briefing.statements().stream().map(s -> s.parties().partnership()).toList(), List.of()).orElse(List.of());
    }

    /**
     * The partnership (its parties, in name order) most often among {@code pairs}; ties go to {@code preferred}
     * when it is among the most, else to the first by name. Empty lists are not counted; empty when none is left.
     */
    static Optional<List<String>> commonest(List<List<String>> pairs, List<String> preferred) {
        Map<String, List<String>> byLabel = new java.util.TreeMap<>();
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (List<String> pair : pairs) {
            if (!pair.isEmpty()) {
                List<String> sorted = pair.stream().sorted().toList();
                byLabel.put(String.join("–", sorted), sorted);
                counts.merge(String.join("–", sorted), 1L, Long::sum);
            }
        }
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        String preferredLabel = String.join("–", preferred.stream().sorted().toList());
        if (most > 0 && counts.getOrDefault(preferredLabel, 0L) == most) {
            return Optional.of(preferred);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() == most && most > 0).findFirst().map(e -> byLabel.get(e.getKey()));
    }

    /** A paragraph named by its statement's kind and date and its number, if it has one ("joint statement of 11 August 2025, paragraph 4"). */
    private static String kindDateAndNumber(Statement statement, Paragraph p) {
        return statement.kind() + " of " + Dates.display(statement.date()) + (p.number() != null ? ", paragraph " + p.number() : "");
    }

    /**
     * The text cut at the last space within {@code max} characters, with "…"; at {@code max} itself when
     * there is no space (a long address, or Chinese, Japanese or Thai text, which has none).
     */
    static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        int end = space > 0 ? space : text.offsetByCodePoints(0, text.codePointCount(0, max));
        return text.substring(0, end) + "…";
    }

    /**
     * The site-wide model: {@code site} in every template, so only what every page's frame shows (a
     * change here renders every page again; what a page lists, such as the themes, is in its own model).
     */
    public Map<String, Object> site() {
        return Views.of()
                .put("title", settings.title())
                .put("description", settings.description())
                .put("language", settings.language())
                .put("baseUrl", settings.baseUrl())
                .put("statementCount", briefing.statements().size())
                .put("paragraphCount", briefing.statements().stream().mapToInt(s -> s.paragraphs().size()).sum())
                .put("partnershipCount", partnerships().size())
                .map();
    }

    /** Every generated file besides the pages, by its path in the site: data files and charts. */
    public Map<String, byte[]> files(List<Page> pages) {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        files.put(Urls.STATEMENTS_JSON, memo.<byte[]>of("data/statements.json", () -> StatementsJson.render(briefing, settings),
                briefing.statements(), briefing.themes(), briefing.themesByParagraph(), settings));
        files.put(Urls.FIGURES_JSON, memo.<byte[]>of("data/figures.json", () -> figures.json(settings.baseUrl()),
                briefing.figures(), briefing.figureRules(), briefing.statements(), settings.baseUrl()));
        files.put(Urls.COMMITMENTS_JSON, memo.<byte[]>of("data/commitments.json", () -> commitments.json(settings.baseUrl()),
                briefing.commitments(), briefing.lineage(), briefing.judgements(), briefing.statements(), settings));
        files.put(Urls.COMMITMENTS_CSV, memo.<byte[]>of("data/commitments.csv", () -> commitments.csv(settings.baseUrl()),
                briefing.commitments(), briefing.lineage(), briefing.judgements(), briefing.statements(), settings));
        files.put(Urls.FIGURES_CSV, memo.<byte[]>of("data/figures.csv", () -> figures.csv(settings.baseUrl()),
                briefing.figures(), briefing.figureRules(), briefing.statements(), settings.baseUrl()));
        for (ChartView chart : figures.charts()) {
            files.put(chart.svgPath(), chart.svg());
            files.put(chart.narrowSvgPath(), chart.narrow().svg());
            files.put(chart.pngPath(), chart.png());
            files.put(chart.csvPath(), chart.csv());
        }
        Feeds feeds = new Feeds(briefing, settings, memo);
        files.putAll(feeds.files(pages.stream().map(Page::path).toList()));
        files.put(Urls.COMMITMENTS + "feed.xml", memo.<byte[]>of("commitments feed", () -> feeds.commitments(commitments.statusChanges()),
                briefing.commitments(), briefing.lineage(), briefing.judgements(), briefing.statements(), settings));
        files.putAll(SearchIndex.files(briefing, memo));
        return files;
    }

    /** Every page, in a fixed order. Theme and statement pages are prepared on every core (this model is read-only). */
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        // Each part is made again only when what it is made from changed (the memo, in the preview): a note edit
        // re-makes the pages that show notes, not the thousands that do not.
        pages.add(home());
        pages.addAll(memo.of("figures pages", this::figuresPages,
                briefing.figures(), briefing.figureRules(), briefing.statements(), charts, settings));
        pages.add(memo.of("themes index", this::themesIndex,
                briefing.statements(), briefing.themes(), briefing.themesByParagraph(), settings));
        pages.addAll(briefing.themes().parallelStream().flatMap(theme -> themePages(theme).stream()).toList());
        pages.addAll(memo.of("statements pages", this::statementsPages, briefing.statements(), settings));
        pages.addAll(briefing.statements().parallelStream().map(this::rememberedStatementPage).toList());
        pages.addAll(memo.of("glossary pages", this::glossaryPages, briefing.glossary(), briefing.statements(), settings));
        pages.add(memo.of("timeline page", this::timelinePage, briefing.timeline(), briefing.statements(), settings));
        // The listings narrow by theme (a commitment's paragraph's themes, named by their titles).
        pages.addAll(memo.of("commitment pages", () -> commitments.pages(siteDate),
                briefing.commitments(), briefing.lineage(), briefing.judgements(), briefing.statements(), briefing.figures(), settings,
                briefing.themes(), briefing.themesByParagraph()));
        pages.addAll(memo.of("partnership pages", this::partnershipPages,
                briefing.statements(), briefing.themes(), briefing.themesByParagraph(), settings));
        pages.addAll(memo.of("event pages", this::eventPages, briefing.events(), briefing.statements(), briefing.figures(), settings));
        pages.add(new Page(Urls.SEARCH, "search", "Search", siteDate, "html", "", Map.of()));
        pages.add(memo.of("methodology page", this::methodologyPage, corpus, charts));
        pages.add(notesIndex());
        for (Note note : briefing.notes()) {
            pages.add(notePage(note));
        }
        return pages;
    }

    /**
     * How this site reads statements, with this build's own numbers: where the texts come from, what was
     * left out of them and by which rule, how paragraphs are put on themes, how figures are read, kept
     * apart by currency and converted, what counts as a commitment, and where to report an error.
     */
    private Page methodologyPage() {
        List<Statement> statements = briefing.statements();
        Map<String, Long> kinds = statements.stream().collect(Collectors.groupingBy(Statement::kind, java.util.TreeMap::new, Collectors.counting()));
        long publishers = statements.stream().map(Statement::sourceName).filter(Objects::nonNull).distinct().count();
        Map<String, Long> leftOut = statements.stream().flatMap(st -> st.leftOut().stream())
                .collect(Collectors.groupingBy(LeftOut::rule, java.util.TreeMap::new, Collectors.counting()));
        List<Object> rules = leftOut.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .<Object>map(e -> Views.of().put("rule", e.getKey()).put("lines", e.getValue()).map()).toList();
        List<Object> themes = briefing.themes().stream().<Object>map(theme -> Views.of()
                .put("title", theme.title())
                .put("path", Urls.theme(theme.slug()))
                .put("paragraphs", paragraphCounts.getOrDefault(theme.slug(), 0L))
                .put("terms", theme.terms().size())
                .put("examples", theme.terms().stream().sorted(java.util.Comparator.comparingDouble(Term::weight).reversed()
                        .thenComparing(Term::phrase)).limit(6).map(Term::phrase).toList())
                .map()).toList();
        Map<String, Long> currencies = briefing.figures().stream().filter(f -> f.unit().isMoney())
                .collect(Collectors.groupingBy(f -> f.unit().code(), java.util.TreeMap::new, Collectors.counting()));
        List<Object> rates = charts.rates().series().stream().<Object>map(series -> Views.of()
                .put("currency", series.currency().code())
                .put("base", series.base().code())
                .put("years", series.perBase().firstKey() + (series.perBase().size() == 1 ? "" : "–" + series.perBase().lastKey()))
                .put("source", series.source())
                .put("url", series.url())
                .map()).toList();
        Map<String, Long> strengths = new LinkedHashMap<>();
        for (Commitment.Strength strength : Commitment.Strength.values()) {
            strengths.put(strength.label(), briefing.commitments().stream().filter(c -> c.strength() == strength).count());
        }
        return new Page(Urls.METHODOLOGY, "methodology", "How this site reads statements", siteDate, "html", "", Views.of()
                .put("statements", statements.size())
                .put("paragraphs", statements.stream().mapToInt(st -> st.paragraphs().size()).sum())
                .put("kinds", kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey() + (e.getValue() == 1 ? "" : "s")).toList())
                .put("publishers", publishers)
                .put("leftOutLines", leftOut.values().stream().mapToLong(Long::longValue).sum())
                .put("rules", rules)
                .put("themes", themes)
                .put("figures", briefing.figures().size())
                .put("currencies", currencies.entrySet().stream().map(e -> e.getValue() + " in " + e.getKey()).toList())
                .put("rates", rates)
                .put("commitments", briefing.commitments().size())
                .put("strengths", strengths.entrySet().stream().map(e -> Views.of().put("strength", e.getKey()).put("count", e.getValue()).map()).toList())
                .put("events", briefing.events().stream().filter(e -> e.statements().size() > 1).count())
                .put("corrections", settings.corrections())
                .map());
    }

    /** Words each side of a date whose sentence the timeline already quotes under another date. */
    private static final int TIMELINE_WINDOW_WORDS = 12;

    /**
     * An event's sentence, whole the first time the timeline quotes it; under a later date of the same
     * sentence, only the words around that date ("…relationship to a strategic cooperative partnership in
     * October 2009."), so a sentence naming three dates is not read three times.
     */
    private static String timelineText(TimelineEvent event, java.util.Set<String> quoted) {
        if (event.source() == null || quoted.add(event.source() + "\n" + event.text())) {
            return event.text();
        }
        int at = event.text().indexOf(event.when());
        return at < 0 ? event.text()
                : SentenceWindow.around(event.text(), at, at + event.when().length(), TIMELINE_WINDOW_WORDS).toString();
    }

    private Page timelinePage() {
        List<Object> years = new ArrayList<>();
        Integer currentYear = null;
        List<Object> events = null;
        java.util.Set<String> quoted = new java.util.HashSet<>();
        for (TimelineEvent event : briefing.timeline()) {
            if (!Integer.valueOf(event.year()).equals(currentYear)) {
                currentYear = event.year();
                events = new ArrayList<>();
                years.add(Views.of().put("year", currentYear).put("events", events).map());
            }
            Statement statement = statementsById.get(event.statementId());
            Views view = Views.of().put("when", event.when()).put("kind", event.kind()).put("text", timelineText(event, quoted));
            if (event.source() == null) {
                view.put("path", Urls.statement(statement)).put("where", statement.kind() + (statement.place() == null ? "" : ", " + statement.place()));
            } else {
                Paragraph p = statement.paragraph(event.source().anchor()).orElseThrow();
                view.put("path", Urls.paragraph(statement, p)).put("where", kindDateAndNumber(statement, p));
            }
            view.put("also", event.alsoIn().stream().map(ref -> {
                Statement other = statementsById.get(ref.statementId());
                Paragraph p = other.paragraph(ref.anchor()).orElseThrow();
                return Views.of().put("path", Urls.paragraph(other, p)).put("where", kindDateAndNumber(other, p)).map();
            }).toList());
            events.add(view.map());
        }
        return new Page(Urls.TIMELINE, "timeline", "Timeline", siteDate, "html", "", Views.of()
                .put("years", years)
                .put("first", briefing.timeline().isEmpty() ? null : briefing.timeline().get(0).year())
                .put("last", briefing.timeline().stream().mapToInt(TimelineEvent::endYear).max().orElse(0))
                .map());
    }

    private List<Page> glossaryPages() {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(Urls.GLOSSARY, "glossary", "Glossary", siteDate, "html", "",
                Views.of().put("entries", glossary.index()).map()));
        for (GlossaryEntry entry : briefing.glossary()) {
            List<List<Map<String, Object>>> chunks = Pagination.chunks(glossary.mentions(entry), settings.pageSize());
            for (int n = 1; n <= chunks.size(); n++) {
                Pagination pagination = new Pagination(GlossaryViews.path(entry), n, chunks.size());
                pages.add(new Page(pagination.path(), "term", entry.term() + (n == 1 ? "" : ", page " + n), siteDate, "html", "",
                        Views.of().putAll(glossary.summary(entry))
                                .put("mentions", chunks.get(n - 1))
                                .put("pagination", pagination.view())
                                .map()));
            }
        }
        return pages;
    }

    private Page notesIndex() {
        return new Page(Urls.NOTES, "notes", "Notes", siteDate, "html", "", Views.of()
                .put("notes", briefing.notes().stream().map(this::noteSummary).toList())
                .map());
    }

    private Page notePage(Note note) {
        List<Object> cites = new ArrayList<>();
        for (ParagraphRef ref : note.cites()) {
            Statement statement = briefing.statements().stream().filter(s -> s.id().equals(ref.statementId())).findFirst().orElseThrow();
            Paragraph paragraph = statement.paragraph(ref.anchor()).orElseThrow();
            cites.add(Views.of()
                    .put("path", Urls.paragraph(statement, paragraph))
                    .put("statement", statement.title())
                    .put("date", Dates.display(statement.date()))
                    .put("where", paragraphName(paragraph))
                    .put("text", paragraph.text())
                    .map());
        }
        return new Page(Urls.note(note), "note", note.title(), note.date(), "md", note.markdown(), Views.of()
                .putAll(noteSummary(note))
                .put("cites", cites)
                .map());
    }

    private Map<String, Object> noteSummary(Note note) {
        return Views.of()
                .put("slug", note.slug())
                .put("title", note.title())
                .put("date", Dates.display(note.date()))
                .put("isoDate", Dates.iso(note.date()))
                .put("author", note.author())
                .put("summary", note.summary())
                .put("draft", note.draft())
                .put("themes", note.themes().stream().map(slug -> Views.of().put("slug", slug)
                        .put("title", themesBySlug.get(slug).title()).put("path", Urls.theme(slug)).map()).toList())
                .put("path", Urls.note(note))
                .map();
    }

    /** "Also said in": the related paragraphs of other statements, with where they stand. */
    private List<Object> related(Statement statement, Paragraph paragraph) {
        List<Object> out = new ArrayList<>();
        List<Related> all = briefing.relatedTo(statement, paragraph);
        for (int i = 0; i < all.size(); i++) {
            Statement other = statementsById.get(all.get(i).paragraph().statementId());
            Paragraph p = other.paragraph(all.get(i).paragraph().anchor()).orElseThrow();
            // An unnumbered paragraph is named by its opening words: the reader sees where the link leads,
            // and two of one statement never read alike.
            String label = kindDateAndNumber(other, p) + (p.number() == null ? ": “" + openingWords(p) + "”" : "");
            // Another report of the same event: the same passage in other words, not related material.
            boolean sameEvent = eventOf.get(statement.id()) != null && eventOf.get(other.id()) == eventOf.get(statement.id());
            String reportLabel = (other.sourceName() == null ? other.kind() : other.sourceName())
                    + (p.number() != null ? ", paragraph " + p.number() : ": “" + openingWords(p) + "”");
            out.add(Views.of().put("label", sameEvent ? reportLabel : label).put("path", Urls.paragraph(other, p))
                    .put("sameEvent", sameEvent).map());
        }
        return out;
    }

    private List<Object> notesOn(Statement statement, Paragraph paragraph) {
        return briefing.notesOn(statement, paragraph).stream().<Object>map(this::noteSummary).toList();
    }

    private List<Page> figuresPages() {
        List<Map<String, Object>> ledger = figures.ledgerPages();
        List<Page> pages = new ArrayList<>();
        for (int n = 1; n <= ledger.size(); n++) {
            Pagination pagination = new Pagination(Urls.FIGURES, n, ledger.size());
            pages.add(new Page(pagination.path(), "figures", n == 1 ? "Figures" : "Figures, page " + n, siteDate, "html", "",
                    Views.of().putAll(ledger.get(n - 1)).put("pagination", pagination.view()).map()));
        }
        return pages;
    }

    /** How many statements the home page lists; the rest are a click away on /statements/. */
    private static final int HOME_STATEMENTS = 10;
    /** How many figures a theme page shows; every figure is in the ledger. */
    private static final int THEME_FIGURES = 12;

    private Page home() {
        List<Object> keyFigures = figures.keyFigures();
        return new Page("", "home", settings.title(), siteDate, "html", "", Views.of()
                .put("keyFigures", keyFigures)
                .put("keyFigureColumns", CardGrid.columns(keyFigures.size()))
                .put("themeColumns", CardGrid.columns(briefing.themes().size()))
                .put("notes", briefing.notes().stream().limit(3).map(this::noteSummary).toList())
                .put("themes", briefing.themes().stream().map(this::themeSummary).toList())
                .put("statements", briefing.statements().stream().limit(HOME_STATEMENTS).map(this::statementSummary).toList())
                .put("moreStatements", Math.max(0, briefing.statements().size() - HOME_STATEMENTS))
                .map());
    }

    /** How many statements the theme × statement table on /themes/ shows, newest first. */
    private static final int MATRIX_STATEMENTS = 12;

    private Page themesIndex() {
        List<Statement> columns = briefing.statements().stream().limit(MATRIX_STATEMENTS).toList();
        List<Object> rows = new ArrayList<>();
        for (Theme theme : briefing.themes()) {
            List<Object> cells = new ArrayList<>();
            for (Statement statement : columns) {
                List<Paragraph> on = statement.paragraphs().stream()
                        .filter(p -> briefing.themesOf(statement, p).stream().anyMatch(m -> m.theme().equals(theme.slug())))
                        .toList();
                cells.add(Views.of().put("count", on.size())
                        .put("path", on.isEmpty() ? null : Urls.paragraph(statement, on.get(0))).map());
            }
            rows.add(Views.of().put("title", theme.title()).put("path", Urls.theme(theme.slug())).put("cells", cells).map());
        }
        return new Page(Urls.THEMES, "themes", "Themes", siteDate, "html", "", Views.of()
                .put("themes", briefing.themes().stream().map(this::themeSummary).toList())
                .put("columns", columns.stream().map(st -> Views.of().put("date", Dates.display(st.date()))
                        .put("kind", st.kind()).put("path", Urls.statement(st)).map()).toList())
                .put("rows", rows)
                .put("moreStatements", Math.max(0, briefing.statements().size() - MATRIX_STATEMENTS))
                .map());
    }

    /** A paragraph on a theme, ready for the theme page. */
    private record Excerpt(Statement statement, Map<String, Object> view) {
    }

    /**
     * A theme's pages: its paragraphs (made again only when the corpus, its analysis or the notes citing
     * its paragraphs change), and on the first page the notes filed under the theme.
     */
    private List<Page> themePages(Theme theme) {
        List<Note> citing = briefing.notes().stream().filter(note -> note.cites().stream().anyMatch(ref ->
                briefing.themesByParagraph().getOrDefault(ref, List.of()).stream().anyMatch(m -> m.theme().equals(theme.slug()))))
                .toList();
        List<Page> pages = new ArrayList<>(memo.of("theme pages:" + theme.slug(), () -> themeParagraphPages(theme), theme,
                briefing.statements(), briefing.themes(), briefing.themesByParagraph(), briefing.figures(), briefing.figureRules(),
                briefing.changes(), charts, settings, citing));
        Page first = pages.get(0);
        Map<String, Object> model = Views.of().putAll(first.model())
                .put("notes", briefing.notes().stream().filter(note -> note.themes().contains(theme.slug()))
                        .map(this::noteSummary).toList())
                .map();
        pages.set(0, new Page(first.path(), first.type(), first.title(), first.date(), first.extension(), first.body(), model));
        return pages;
    }

    /**
     * A theme's paragraphs, newest statement first, {@code page_size} paragraphs a page; the first page
     * also carries the introduction, the charts and the latest figures.
     */
    private List<Page> themeParagraphPages(Theme theme) {
        List<Excerpt> excerpts = new ArrayList<>();
        List<ParagraphRef> onTheme = new ArrayList<>();
        for (Statement statement : briefing.statements()) {
            for (Paragraph paragraph : statement.paragraphs()) {
                List<ThemeMatch> matches = briefing.themesOf(statement, paragraph);
                matches.stream().filter(m -> m.theme().equals(theme.slug())).findFirst().ifPresent(match -> {
                    onTheme.add(new ParagraphRef(statement.id(), paragraph.anchor()));
                    excerpts.add(new Excerpt(statement, Views.of()
                            .put("where", capitalized(paragraphName(paragraph)))
                            .put("speaker", paragraph.speaker())
                            .put("section", sectionTitle(statement, paragraph))
                            .put("role", roleLabel(paragraph.role()))
                            .put("text", paragraph.text())
                            .put("path", Urls.paragraph(statement, paragraph))
                            .put("why", why(match))
                            .put("notes", notesOn(statement, paragraph))
                            .put("otherThemes", badges(matches.stream()
                                    .filter(m -> !m.theme().equals(theme.slug())).toList()))
                            .map()));
                });
            }
        }
        List<List<Excerpt>> chunks = Pagination.chunks(excerpts, settings.pageSize());
        List<Object> themeFigures = figures.forParagraphs(onTheme, THEME_FIGURES);
        int figureCount = figures.countIn(onTheme);
        long statementCount = onTheme.stream().map(ParagraphRef::statementId).distinct().count();
        List<Page> pages = new ArrayList<>();
        for (int n = 1; n <= chunks.size(); n++) {
            Pagination pagination = new Pagination(Urls.theme(theme.slug()), n, chunks.size());
            Views model = Views.of()
                    .put("slug", theme.slug())
                    .put("title", theme.title())
                    .put("summary", theme.summary())
                    .put("count", excerpts.size())
                    .put("statementCount", statementCount)
                    .put("groups", groups(chunks.get(n - 1)))
                    .put("pagination", pagination.view());
            if (n == 1) {
                briefing.changes().stream().filter(c -> c.theme().equals(theme.slug())).findFirst()
                        .ifPresent(change -> model.put("changes", changeView(change)));
                model.put("figures", themeFigures)
                        .put("moreFigures", Math.max(0, figureCount - THEME_FIGURES))
                        .put("charts", figures.charts().stream().filter(c -> theme.slug().equals(c.theme()))
                                .map(ChartView::view).toList());
            }
            pages.add(new Page(pagination.path(), "theme", n == 1 ? theme.title() : theme.title() + ", page " + n, siteDate,
                    n == 1 ? "md" : "html", n == 1 ? theme.introMarkdown() : "", model.map()));
        }
        return pages;
    }

    /** "What changed": the newer statement's paragraphs on the theme, new or repeated, and its figures. */
    private Map<String, Object> changeView(ThemeChange change) {
        Statement newer = statementsById.get(change.newerStatement());
        Statement older = statementsById.get(change.olderStatement());
        Map<String, Figure> figureById = new HashMap<>();
        briefing.figures().forEach(f -> figureById.put(f.id(), f));
        // A paragraph that echoes earlier wording but states a new, raised, lowered or moved figure revises it:
        // "repeated" would hide exactly the new commitment a reader looks for.
        Set<ParagraphRef> newFigures = change.figures().stream().filter(fc -> !fc.change().equals("restated"))
                .map(fc -> figureById.get(fc.newerFigure()).source()).collect(Collectors.toSet());
        List<Object> paragraphs = new ArrayList<>();
        for (ThemeChange.ParagraphChange pc : change.paragraphs()) {
            Paragraph p = newer.paragraph(pc.paragraph().anchor()).orElseThrow();
            Views view = Views.of().put("label", label(p)).put("path", Urls.paragraph(newer, p))
                    .put("status", pc.earlier() == null ? "new" : newFigures.contains(pc.paragraph()) ? "revised" : "repeated");
            if (pc.earlier() != null) {
                Statement earlierStatement = statementsById.get(pc.earlier().statementId());
                Paragraph earlier = earlierStatement.paragraph(pc.earlier().anchor()).orElseThrow();
                String text = earlier.text();
                view.put("earlier", Views.of().put("label", label(earlier)).put("path", Urls.paragraph(earlierStatement, earlier))
                        .put("text", shortened(text, 220)).map());
            }
            paragraphs.add(view.map());
        }
        List<Object> figureChanges = new ArrayList<>();
        for (ThemeChange.FigureChange fc : change.figures()) {
            Figure f = figureById.get(fc.newerFigure());
            Figure was = fc.olderFigure() == null ? null : figureById.get(fc.olderFigure());
            figureChanges.add(Views.of()
                    .put("change", fc.change())
                    .put("now", FigureFormat.amount(f) + " " + f.time().describe())
                    .put("was", was == null ? null : FigureFormat.amount(was) + " " + was.time().describe())
                    .put("holder", f.holder())
                    .put("path", figures.ledgerPath(f))
                    .map());
        }
        return Views.of()
                .put("newer", statementSummary(newer))
                .put("older", statementSummary(older))
                .put("newCount", change.paragraphs().stream().filter(pc -> pc.earlier() == null).count())
                .put("repeatedCount", change.paragraphs().stream().filter(pc -> pc.earlier() != null && !newFigures.contains(pc.paragraph())).count())
                .put("revisedCount", change.paragraphs().stream().filter(pc -> pc.earlier() != null && newFigures.contains(pc.paragraph())).count())
                .put("paragraphs", paragraphs)
                .put("figures", figureChanges)
                .map();
    }

    private static String label(Paragraph p) {
        return p.number() != null ? "Paragraph " + p.number() : "The paragraph “" + openingWords(p) + "”";
    }

    /**
     * How a link names a paragraph: "paragraph 4", or for an unnumbered one its opening words
     * ("paragraph “In 2022, the bilateral trade volume…”"), never its machine anchor.
     */
    static String paragraphName(Paragraph p) {
        return p.number() != null ? "paragraph " + p.number() : "paragraph “" + openingWords(p) + "”";
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A paragraph's first six words, as a reader would recognise it ("South Korea will further support Vietnam…"). */
    static String openingWords(Paragraph p) {
        String[] words = p.text().strip().split("\\s+");
        return words.length <= 6 ? String.join(" ", words) : String.join(" ", java.util.Arrays.copyOf(words, 6)) + "…";
    }

    /** Consecutive excerpts of one statement, grouped under it. */
    private List<Object> groups(List<Excerpt> excerpts) {
        List<Object> groups = new ArrayList<>();
        Statement current = null;
        List<Object> paragraphs = null;
        for (Excerpt excerpt : excerpts) {
            if (excerpt.statement() != current) {
                current = excerpt.statement();
                paragraphs = new ArrayList<>();
                groups.add(Views.of().put("statement", statementSummary(current)).put("paragraphs", paragraphs).map());
            }
            paragraphs.add(excerpt.view());
        }
        return groups;
    }

    /** The partnerships of the statements, most statements first (then by name); one entry per partnership. */
    private List<List<String>> partnerships() {
        Map<List<String>, Integer> counts = new java.util.TreeMap<>(java.util.Comparator.comparing(String::valueOf));
        briefing.statements().stream().map(s -> s.parties().partnership()).filter(p -> !p.isEmpty())
                .forEach(p -> counts.merge(p, 1, Integer::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<List<String>, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    private static String partnershipLabel(List<String> sortedParties, Statement example) {
        return example.parties().names().isEmpty() ? String.join("–", sortedParties) : example.parties().label();
    }

    /**
     * For a site of several partnerships: an index of them, and per theme a page that puts side by side
     * what each partnership's newest statement on the theme says (semiconductors with Korea, Japan and the
     * US). A one-partnership site has neither.
     */
    private List<Page> partnershipPages() {
        List<List<String>> all = partnerships();
        if (all.size() < 2) {
            return List.of();
        }
        List<Page> pages = new ArrayList<>();
        List<Object> entries = new ArrayList<>();
        for (List<String> partnership : all) {
            List<Statement> of = briefing.statements().stream().filter(s -> s.parties().partnership().equals(partnership)).toList();
            entries.add(Views.of().put("label", partnershipLabel(partnership, of.get(0)))
                    .put("statements", of.stream().map(this::statementSummary).toList()).map());
        }
        pages.add(new Page(Urls.PARTNERSHIPS, "partnerships", "Partnerships", siteDate, "html", "",
                Views.of().put("partnerships", entries).put("themes", briefing.themes().stream()
                        .map(t -> Views.of().put("title", t.title()).put("path", Urls.themeCompared(t.slug())).map()).toList()).map()));
        for (Theme theme : briefing.themes()) {
            List<Object> columns = new ArrayList<>();
            for (List<String> partnership : all) {
                // The newest statement of the partnership that speaks to the theme, and its paragraphs on it.
                for (Statement statement : briefing.statements()) {
                    if (!statement.parties().partnership().equals(partnership)) {
                        continue;
                    }
                    List<Object> paragraphs = statement.paragraphs().stream()
                            .filter(p -> briefing.themesOf(statement, p).stream().anyMatch(m -> m.theme().equals(theme.slug())))
                            .<Object>map(p -> Views.of().put("text", p.text()).put("path", Urls.paragraph(statement, p))
                                    .put("number", p.number()).map()).toList();
                    if (!paragraphs.isEmpty()) {
                        columns.add(Views.of().put("label", partnershipLabel(partnership, statement))
                                .put("statement", statementSummary(statement)).put("paragraphs", paragraphs).map());
                        break;
                    }
                }
            }
            pages.add(new Page(Urls.themeCompared(theme.slug()), "compare", theme.title() + ": partnerships compared", siteDate,
                    "html", "", Views.of().put("theme", theme.title()).put("themePath", Urls.theme(theme.slug()))
                    .put("columns", columns).map()));
        }
        return pages;
    }


    /** The title of an event: its partnership and date ("Vietnam–South Korea, 23 June 2023"). */
    private static String eventTitle(Event event) {
        String who = event.parties().isEmpty() ? "Event" : String.join("–", event.parties());
        return event.date() == null ? who : who + ", " + Dates.display(event.date());
    }

    /** A page for each event reported by more than one statement: its reports and the figures they state. */
    private List<Page> eventPages() {
        List<Page> pages = new ArrayList<>();
        for (Event event : briefing.events()) {
            if (!event.reportedSeveralTimes()) {
                continue;
            }
            List<Statement> reports = event.statements().stream().map(statementsById::get).toList();
            List<ParagraphRef> paragraphs = reports.stream()
                    .flatMap(st -> st.paragraphs().stream().map(p -> new ParagraphRef(st.id(), p.anchor()))).toList();
            pages.add(new Page(Urls.event(event), "event", eventTitle(event), event.date() == null ? siteDate : event.date(), "html", "",
                    Views.of()
                            .put("title", eventTitle(event))
                            .put("date", Dates.display(event.date()))
                            .put("isoDate", Dates.iso(event.date()))
                            .put("parties", event.parties())
                            .put("declared", event.declared())
                            .put("reports", reports.stream().map(this::statementSummary).toList())
                            .put("figures", figures.forParagraphs(paragraphs, Integer.MAX_VALUE))
                            .map()));
        }
        return pages;
    }

    private List<Page> statementsPages() {
        List<List<Statement>> chunks = Pagination.chunks(briefing.statements(), settings.pageSize());
        List<Page> pages = new ArrayList<>();
        for (int n = 1; n <= chunks.size(); n++) {
            Pagination pagination = new Pagination(Urls.STATEMENTS, n, chunks.size());
            pages.add(new Page(pagination.path(), "statements", n == 1 ? "Statements" : "Statements, page " + n, siteDate,
                    "html", "", Views.of()
                    .put("statements", chunks.get(n - 1).stream().map(this::statementSummary).toList())
                    .put("total", briefing.statements().size())
                    .put("pagination", pagination.view())
                    .map()));
        }
        return pages;
    }

    /**
     * A statement's page, made again only when the statement, the rest of the corpus, the glossary
     * entries it mentions or its notes change.
     */
    private Page rememberedStatementPage(Statement statement) {
        List<Note> notes = briefing.notes().stream()
                .filter(n -> n.cites().stream().anyMatch(ref -> ref.statementId().equals(statement.id()))).toList();
        return memo.of("statement page:" + statement.id(), () -> statementPage(statement), statement, corpus,
                glossaryByStatement.getOrDefault(statement.id(), List.of()), notes);
    }

    /** How long a section's title is in the contents list: enough to know it, short enough to scan. */
    static final int CONTENTS_TITLE = 80;

    /** How many sections a statement needs before its page lists them at the top. */
    static final int MIN_CONTENTS = 3;

    private Page statementPage(Statement statement) {
        // Headings and paragraphs in the order the text has them, whether or not a section has paragraphs.
        record Block(int line, Map<String, Object> view) {
        }
        List<Block> blocks = new ArrayList<>();
        HeadingCase headingCase = new HeadingCase(statement.paragraphs().stream().map(Paragraph::text).toList());
        List<Map<String, Object>> contents = new ArrayList<>();
        for (Section section : statement.sections()) {
            String title = headingCase.readable(section.title());
            blocks.add(new Block(section.source().line(), Views.of()
                    .put("kind", "heading")
                    .put("anchor", section.anchor())
                    .put("title", title)
                    .map()));
            contents.add(Views.of().put("anchor", section.anchor()).put("title", shortened(title, CONTENTS_TITLE)).map());
        }
        for (Paragraph paragraph : statement.paragraphs()) {
            blocks.add(new Block(paragraph.source().line(), Views.of()
                    .put("kind", "paragraph")
                    .put("anchor", paragraph.anchor())
                    .put("number", paragraph.number())
                    .put("speaker", paragraph.speaker())
                    .put("role", roleLabel(paragraph.role()))
                    .put("text", paragraph.text())
                    .put("segments", Segments.of(paragraph.text(), figures.marks(statement, paragraph),
                            glossary.marks(statement, paragraph)))
                    .put("notes", notesOn(statement, paragraph))
                    .put("related", related(statement, paragraph))
                    .put("themes", badges(briefing.themesOf(statement, paragraph)))
                    .map()));
        }
        blocks.sort(java.util.Comparator.comparingInt(Block::line));
        return new Page(Urls.statement(statement), "statement", statement.title(),
                statement.date() == null ? siteDate : statement.date(), "html", "",
                Views.of()
                        .putAll(statementSummary(statement))
                        .put("blocks", blocks.stream().map(Block::view).toList())
                        // A long statement opens with its sections, so a reader on a phone need not scroll past twenty screens.
                        .put("contents", contents.size() >= MIN_CONTENTS ? contents : List.of())
                        .put("leftOut", statement.leftOut().stream().map(l -> Views.of().put("line", l.line())
                                .put("text", l.text()).put("rule", l.rule()).map()).toList())
                        .put("jsonLd", jsonLd(statement))
                        .put("commitments", commitments.ofStatement(statement.id()))
                        .map());
    }

    /** schema.org metadata of a statement, as JSON safe to put inside a script element. */
    private String jsonLd(Statement statement) {
        Set<String> themes = new java.util.TreeSet<>();
        statement.paragraphs().forEach(p -> briefing.themesOf(statement, p).forEach(m -> themes.add(themesBySlug.get(m.theme()).title())));
        Map<String, Object> data = Views.of()
                .put("@context", "https://schema.org")
                .put("@type", "Article")
                .put("headline", statement.title())
                .put("datePublished", statement.date() == null ? null : statement.date().toString())
                .put("genre", statement.kind())
                .put("locationCreated", statement.place() == null ? null : Views.of().put("@type", "Place").put("name", statement.place()).map())
                .put("contributor", statement.leaders().stream().map(l -> Views.of().put("@type", "Person").put("name", l).map()).toList())
                .put("about", List.copyOf(themes))
                .put("isBasedOn", statement.sourceUrl())
                .put("url", settings.baseUrl().isEmpty() ? null : settings.baseUrl() + Urls.statement(statement))
                .put("isPartOf", Views.of().put("@type", "WebSite").put("name", settings.title()).map())
                .map();
        return Json.compact(data).replace("<", "\\u003c");
    }

    private Map<String, Object> themeSummary(Theme theme) {
        long count = paragraphCounts.getOrDefault(theme.slug(), 0L);
        return Views.of()
                .put("slug", theme.slug())
                .put("title", theme.title())
                .put("summary", theme.summary())
                .put("count", count)
                .put("path", Urls.theme(theme.slug()))
                .map();
    }

    private Map<String, Object> statementSummary(Statement statement) {
        return Views.of()
                .put("id", statement.id())
                .put("title", statement.title())
                .put("date", Dates.display(statement.date()))
                .put("isoDate", Dates.iso(statement.date()))
                .put("kind", statement.kind())
                .put("place", statement.place())
                .put("leaders", statement.leaders())
                .put("parties", statement.parties().names())
                .put("partiesOrigin", statement.parties().origin().name().toLowerCase(java.util.Locale.ROOT))
                .put("sourceName", statement.sourceName())
                .put("sourceUrl", statement.sourceUrl())
                .put("paragraphCount", statement.paragraphs().size())
                .put("path", Urls.statement(statement))
                .put("event", eventLink(statement))
                .map();
    }

    /** The event a statement reports, when other statements report it too: its page and how many. */
    private Map<String, Object> eventLink(Statement statement) {
        Event event = eventOf.get(statement.id());
        if (event == null || !event.reportedSeveralTimes()) {
            return null;
        }
        return Views.of().put("path", Urls.event(event)).put("title", eventTitle(event))
                .put("reports", event.statements().size()).map();
    }

    private List<Object> badges(List<ThemeMatch> matches) {
        List<Object> out = new ArrayList<>();
        for (ThemeMatch match : matches) {
            Theme theme = themesBySlug.get(match.theme());
            out.add(Views.of()
                    .put("slug", theme.slug())
                    .put("title", theme.title())
                    .put("path", Urls.theme(theme.slug()))
                    .put("why", terms(match))
                    .map());
        }
        return out;
    }

    /** A badge's tooltip: the strongest terms, then the heading's ("science, AI; heading: science"). */
    private static String terms(ThemeMatch match) {
        String text = String.join(", ", match.textTerms().stream().limit(2).toList());
        String heading = match.headingTerms().isEmpty() ? "" : "heading: " + match.headingTerms().get(0);
        return text.isEmpty() ? heading : heading.isEmpty() ? text : text + "; " + heading;
    }

    /**
     * "Why this theme", as a verb phrase that completes "because it …": the strongest terms that matched
     * in the text ("mentions arms, missile") and in the heading ("stands under a heading on defense").
     */
    private static String why(ThemeMatch match) {
        StringBuilder why = new StringBuilder();
        if (!match.textTerms().isEmpty()) {
            why.append("mentions ").append(String.join(", ", match.textTerms().stream().limit(2).toList()));
        }
        if (!match.headingTerms().isEmpty()) {
            why.append(why.length() > 0 ? " and " : "").append("stands under a heading on ")
                    .append(String.join(", ", match.headingTerms().stream().limit(1).toList()));
        }
        return why.toString();
    }

    private static String sectionTitle(Statement statement, Paragraph paragraph) {
        return paragraph.sectionAnchor() == null ? null
                : statement.section(paragraph.sectionAnchor()).map(Section::title).orElse(null);
    }

    private static String roleLabel(ParagraphRole role) {
        return switch (role) {
            case PREAMBLE -> "preamble";
            case NUMBERED -> "numbered";
            case CONTINUATION -> "continuation";
            case CLOSING -> "closing";
            case BODY -> "body";
        };
    }
}
