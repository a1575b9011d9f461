package briefing.site;

import briefing.model.Briefing;
import briefing.model.Commitment;
import briefing.model.CommitmentLink;
import briefing.model.FigureTime;
import briefing.model.Judgement;
import briefing.model.Paragraph;
import briefing.model.Statement;
import briefing.model.ThemeMatch;
import briefing.model.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The commitments tracker's pages and data: the index of every commitment with its status, a page per
 * commitment that has a lineage (its wordings from the first to the last, each with the words that
 * changed), and {@code data/commitments.json}/{@code .csv}.
 *
 * <p>Status: an editor's score when one is recorded (met, partly, not met: the G7 Research Group's +1, 0,
 * −1, with who judged it, when and on what evidence); else, as of the newest statement, <em>restated</em>
 * when a later statement continues it (restated, strengthened, raised …), <em>overdue</em> when its
 * deadline year has passed and nothing continues it, else <em>open</em>. Nothing else is scored
 * automatically.
 */
final class CommitmentViews {

    private final Briefing briefing;
    private final int pageSize;
    private final LocalDate asOf;
    private final Map<String, Statement> statements = new HashMap<>();
    private final Map<String, Commitment> byId = new HashMap<>();
    private final Map<String, CommitmentLink> earlierOf = new HashMap<>();
    private final Map<String, List<CommitmentLink>> laterOf = new HashMap<>();
    /** Newest event first, then in reading order. */
    private final List<Commitment> ordered;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, Judgement> judgementOf = new HashMap<>();
    private final Map<String, List<Commitment>> byStatement = new HashMap<>();
    /** A figure's place in the ledger, by figure id. */
    private final java.util.function.Function<String, String> figurePath;

    CommitmentViews(Briefing briefing, int pageSize, LocalDate asOf, java.util.function.Function<String, String> figurePath) {
        this.briefing = briefing;
        this.pageSize = pageSize;
        this.asOf = asOf;
        this.figurePath = figurePath;
        // The latest judgement of each commitment stands; earlier ones are history the editors keep.
        for (Judgement j : briefing.judgements()) {
            judgementOf.merge(j.commitment(), j, (a, b) -> b.judgedOn().isBefore(a.judgedOn()) ? a : b);
        }
        briefing.statements().forEach(s -> statements.put(s.id(), s));
        briefing.commitments().forEach(c -> byId.put(c.id(), c));
        for (CommitmentLink link : briefing.lineage()) {
            earlierOf.put(link.later(), link);
            laterOf.computeIfAbsent(link.earlier(), k -> new ArrayList<>()).add(link);
        }
        Map<String, Integer> statementOrder = new HashMap<>();
        for (int i = 0; i < briefing.statements().size(); i++) {
            statementOrder.put(briefing.statements().get(i).id(), i);
        }
        Map<String, Integer> reading = new HashMap<>();
        for (int i = 0; i < briefing.commitments().size(); i++) {
            reading.put(briefing.commitments().get(i).id(), i);
        }
        this.ordered = briefing.commitments().stream()
                .sorted(Comparator.comparing((Commitment c) -> statementOrder.get(c.source().statementId()))
                        .thenComparing(c -> reading.get(c.id())))
                .toList();
        for (int i = 0; i < ordered.size(); i++) {
            position.put(ordered.get(i).id(), i);
            byStatement.computeIfAbsent(ordered.get(i).source().statementId(), k -> new ArrayList<>()).add(ordered.get(i));
        }
    }

    static String slug(Commitment c) {
        return c.id().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    static String pagePath(Commitment c) {
        return Urls.commitment(slug(c));
    }

    /** How many commitments a statement holds, and where the first of them is shown; null when none. */
    Map<String, Object> ofStatement(String statementId) {
        List<Commitment> held = byStatement.getOrDefault(statementId, List.of());
        if (held.isEmpty()) {
            return null;
        }
        Map<String, Long> counts = new java.util.TreeMap<>();
        held.forEach(c -> counts.merge(status(c), 1L, Long::sum));
        return Views.of().put("count", held.size()).put("path", path(held.get(0))).put("counts", counts).map();
    }

    /** Whether a commitment is on a lineage page: it has a lineage to show, or an editor's judgement. */
    private boolean hasLineage(Commitment c) {
        return earlierOf.containsKey(c.id()) || laterOf.containsKey(c.id()) || judgementOf.containsKey(c.id());
    }

    /** The first wording of the lineage a commitment belongs to (itself when it continues none). */
    private Commitment first(Commitment c) {
        Commitment first = c;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (earlierOf.containsKey(first.id()) && seen.add(first.id())) {
            first = byId.get(earlierOf.get(first.id()).earlier());
        }
        return first;
    }

    String status(Commitment c) {
        Judgement judged = judgementOf.get(c.id());
        if (judged != null) {
            return judged.score().label();
        }
        if (laterOf.containsKey(c.id())) {
            return "restated";
        }
        Integer due = c.deadline().end();
        return due != null && due < asOf.getYear() ? "overdue" : "open";
    }

    /** Where a commitment is shown: its place on its lineage's page when it has one, else in the index. */
    private String path(Commitment c) {
        if (hasLineage(c)) {
            return pagePath(first(c)) + "#" + slug(c);
        }
        return Pagination.path(Urls.COMMITMENTS, position.get(c.id()) / pageSize + 1) + "#" + slug(c);
    }

    Map<String, Object> view(Commitment c) {
        Statement statement = statements.get(c.source().statementId());
        Paragraph paragraph = statement.paragraph(c.source().anchor()).orElseThrow();
        Views view = Views.of()
                .put("id", c.id())
                .put("anchor", slug(c))
                .put("sentence", c.sentence())
                .put("strength", c.strength().label())
                .put("verb", c.verb())
                .put("deadline", c.deadline().kind() == FigureTime.Kind.NONE ? null : c.deadline().describe())
                .put("status", status(c))
                .put("page", hasLineage(c) ? path(c) : null)
                .put("source", Urls.paragraph(statement, paragraph))
                .put("where", statement.title() + " (" + Dates.display(statement.date()) + ")")
                .put("parties", String.join("–", statement.parties().names()));
        Judgement judged = judgementOf.get(c.id());
        if (judged != null) {
            view.put("judgement", Views.of().put("score", judged.score().label()).put("points", judged.score().points())
                    .put("by", judged.judgedBy()).put("on", Dates.display(judged.judgedOn())).put("note", judged.note())
                    .put("evidence", judged.evidence().stream().map(this::evidence).toList()).map());
        }
        CommitmentLink earlier = earlierOf.get(c.id());
        if (earlier != null) {
            view.put("continues", Views.of().put("kind", earlier.kind().label()).put("path", path(byId.get(earlier.earlier())))
                    .put("where", where(byId.get(earlier.earlier()))).map());
        }
        List<CommitmentLink> later = laterOf.getOrDefault(c.id(), List.of());
        if (!later.isEmpty()) {
            view.put("continuedBy", later.stream().map(l -> Views.of().put("kind", l.kind().label())
                    .put("path", path(byId.get(l.later()))).put("where", where(byId.get(l.later()))).map()).toList());
        }
        return view.map();
    }

    private Map<String, Object> evidence(Judgement.Evidence e) {
        return switch (e.kind()) {
            case PARAGRAPH -> {
                String[] ref = e.ref().split("#", 2);
                Statement s = statements.get(ref[0]);
                yield Views.of().put("label", s.title() + " (" + Dates.display(s.date()) + ")")
                        .put("path", Urls.statement(s) + "#" + ref[1]).map();
            }
            case FIGURE -> Views.of().put("label", "figure " + e.ref()).put("path", figurePath.apply(e.ref())).map();
            case URL -> Views.of().put("label", e.ref()).put("url", e.ref()).put("date", Dates.display(e.date())).map();
        };
    }

    private String where(Commitment c) {
        Statement s = statements.get(c.source().statementId());
        return s.title() + " (" + Dates.display(s.date()) + ")";
    }

    /** The index in pages, and a page per commitment with a lineage. */
    /** A listing of commitments: all of them, or one status's, one theme's, or those with a deadline. */
    private record Listing(String base, String title, String scope, List<Commitment> commitments) {
    }

    List<Page> pages(LocalDate siteDate) {
        List<Page> pages = new ArrayList<>();
        Map<String, Long> counts = new java.util.TreeMap<>();
        ordered.forEach(c -> counts.merge(status(c), 1L, Long::sum));
        List<Listing> listings = new ArrayList<>();
        listings.add(new Listing(Urls.COMMITMENTS, "Commitments", "all", ordered));
        for (String status : counts.keySet()) {
            listings.add(new Listing(Urls.commitmentsWithStatus(status), "Commitments: " + status, "status " + status,
                    ordered.stream().filter(c -> status(c).equals(status)).toList()));
        }
        for (Theme theme : briefing.themes()) {
            List<Commitment> onTheme = ordered.stream().filter(c -> themesOf(c).contains(theme.slug())).toList();
            if (!onTheme.isEmpty()) {
                listings.add(new Listing(Urls.commitmentsOnTheme(theme.slug()), "Commitments: " + theme.title(), "theme " + theme.slug(), onTheme));
            }
        }
        // With a deadline, the soonest first: what falls due next.
        listings.add(new Listing(Urls.COMMITMENTS_BY_DEADLINE, "Commitments by deadline", "deadline", ordered.stream()
                .filter(c -> c.deadline().end() != null)
                .sorted(Comparator.comparing((Commitment c) -> c.deadline().end()).thenComparing(c -> position.get(c.id())))
                .toList()));
        List<Object> filters = filters(listings);
        for (Listing listing : listings) {
            List<List<Commitment>> chunks = Pagination.chunks(listing.commitments(), pageSize);
            for (int n = 1; n <= Math.max(1, chunks.size()); n++) {
                Pagination pagination = new Pagination(listing.base(), n, Math.max(1, chunks.size()));
                pages.add(new Page(pagination.path(), "commitments", n == 1 ? listing.title() : listing.title() + ", page " + n, siteDate,
                        "html", "", Views.of()
                        .put("heading", listing.title())
                        .put("commitments", chunks.isEmpty() ? List.of() : chunks.get(n - 1).stream().map(this::view).toList())
                        .put("total", listing.commitments().size())
                        .put("all", ordered.size())
                        .put("counts", counts)
                        .put("filters", filters)
                        .put("current", listing.base())
                        .put("scope", listing.scope())
                        .put("asOf", Dates.display(asOf))
                        .put("pagination", pagination.view())
                        .map()));
            }
        }
        // One page per lineage, at its first wording: each wording is on exactly one page (a page per
        // wording would repeat the whole chain on each: 19,000 pages and 270 MB at 1,000 statements).
        Map<String, List<Commitment>> lineages = new java.util.LinkedHashMap<>();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            Commitment c = ordered.get(i);
            if (hasLineage(c)) {
                lineages.computeIfAbsent(first(c).id(), k -> new ArrayList<>()).add(c);
            }
        }
        // Each lineage's page is made on every core (word diffs are most of the work), kept in this order.
        pages.addAll(new ArrayList<>(lineages.entrySet()).parallelStream().map(lineage -> {
            Commitment first = byId.get(lineage.getKey());
            return new Page(pagePath(first), "commitment", "Commitment: " + shortText(first.sentence()), siteDate, "html", "",
                    Views.of().putAll(view(first)).put("lineage", lineage(lineage.getValue())).map());
        }).toList());
        return pages;
    }

    /** A change of a commitment's status on a day, for the feed of status changes. */
    record StatusChange(String id, String title, LocalDate date, String path, String summary) {
    }

    /**
     * Every change of status the site can date: a later statement continuing a commitment (on that
     * statement's date), an editor's judgement (on its day), a deadline passing with nothing continuing
     * it (on the first day of the next year, up to this site's date). Newest first.
     */
    List<StatusChange> statusChanges() {
        List<StatusChange> out = new ArrayList<>();
        for (CommitmentLink link : briefing.lineage()) {
            Commitment earlier = byId.get(link.earlier());
            Commitment later = byId.get(link.later());
            LocalDate on = statements.get(later.source().statementId()).date();
            if (on != null) {
                out.add(new StatusChange(Urls.COMMITMENTS + slug(earlier) + "/" + link.kind().label().replace(' ', '-') + "/" + slug(later),
                        link.kind().label().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + link.kind().label().substring(1) + ": "
                                + shortText(earlier.sentence()), on, path(later),
                        "“" + shortText(later.sentence()) + "” (" + where(later) + ") continues “" + shortText(earlier.sentence())
                                + "” (" + where(earlier) + ")."));
            }
        }
        for (Judgement j : briefing.judgements()) {
            Commitment c = byId.get(j.commitment());
            if (c != null) {
                out.add(new StatusChange(Urls.COMMITMENTS + slug(c) + "/judged/" + j.judgedOn(), "Judged " + j.score().label() + ": "
                        + shortText(c.sentence()), j.judgedOn(), path(c), "Judged " + j.score().label() + " (" + j.score().points() + ") by "
                        + j.judgedBy() + (j.note() == null ? "." : ": " + j.note())));
            }
        }
        for (Commitment c : ordered) {
            if (status(c).equals("overdue")) {
                LocalDate due = LocalDate.of(c.deadline().end() + 1, 1, 1);
                out.add(new StatusChange(Urls.COMMITMENTS + slug(c) + "/overdue", "Overdue: " + shortText(c.sentence()), due, path(c),
                        "Its deadline (" + c.deadline().describe() + ") has passed and no later statement continues it (" + where(c) + ")."));
            }
        }
        out.sort(Comparator.comparing(StatusChange::date).reversed().thenComparing(StatusChange::id));
        return out;
    }

    /** The themes of a commitment: its paragraph's. */
    private java.util.Set<String> themesOf(Commitment c) {
        return briefing.themesByParagraph().getOrDefault(c.source(), List.of()).stream().map(ThemeMatch::theme)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The ways to narrow the list, each with its count: by status, by theme, by deadline. */
    private static List<Object> filters(List<Listing> listings) {
        List<Object> groups = new ArrayList<>();
        for (String kind : List.of("status", "theme", "deadline")) {
            List<Object> links = listings.stream().filter(l -> l.scope().startsWith(kind) || (kind.equals("status") && l.scope().equals("all")))
                    .<Object>map(l -> Views.of().put("path", l.base()).put("label", l.scope().equals("all") ? "all"
                            : l.scope().equals("deadline") ? "with a deadline, soonest first" : l.title().substring("Commitments: ".length()))
                            .put("count", l.commitments().size()).map()).toList();
            if (!links.isEmpty()) {
                groups.add(Views.of().put("name", kind.equals("deadline") ? "Sort" : kind.equals("status") ? "Status" : "Theme")
                        .put("links", links).map());
            }
        }
        return groups;
    }

    /** A lineage's wordings, oldest statement first, each with how it moved and the words that changed. */
    private List<Object> lineage(List<Commitment> wordings) {
        List<Object> chain = new ArrayList<>();
        for (Commitment step : wordings) {
            Views view = Views.of().putAll(view(step));
            CommitmentLink earlier = earlierOf.get(step.id());
            if (earlier != null) {
                view.put("diff", WordDiff.of(byId.get(earlier.earlier()).sentence(), step.sentence()))
                        .put("moved", earlier.kind().label());
            }
            chain.add(view.map());
        }
        return chain;
    }

    private static String shortText(String sentence) {
        String[] words = sentence.split("\\s+");
        return words.length <= 10 ? sentence : String.join(" ", java.util.Arrays.copyOf(words, 10)) + "…";
    }

    byte[] json(String baseUrl) {
        List<Object> out = new ArrayList<>();
        for (Commitment c : ordered) {
            CommitmentLink earlier = earlierOf.get(c.id());
            out.add(Views.of()
                    .put("id", c.id())
                    .put("statement", c.source().statementId())
                    .put("anchor", c.source().anchor())
                    .put("sentence", c.sentence())
                    .put("strength", c.strength().label())
                    .put("verb", c.verb())
                    .put("deadline", c.deadline().end())
                    .put("deadline_text", c.deadline().kind() == FigureTime.Kind.NONE ? null : c.deadline().describe())
                    .put("figures", c.figures())
                    .put("status", status(c))
                    .put("judged_by", judgementOf.containsKey(c.id()) ? judgementOf.get(c.id()).judgedBy() : null)
                    .put("judged_on", judgementOf.containsKey(c.id()) ? judgementOf.get(c.id()).judgedOn().toString() : null)
                    .put("continues", earlier == null ? null : earlier.earlier())
                    .put("change", earlier == null ? null : earlier.kind().label())
                    .put("url", baseUrl + path(c))
                    .map());
        }
        return Json.bytes(Views.of().put("as_of", asOf.toString()).put("commitments", out).map());
    }

    byte[] csv(String baseUrl) {
        List<List<Object>> rows = new ArrayList<>();
        for (Commitment c : ordered) {
            CommitmentLink earlier = earlierOf.get(c.id());
            rows.add(java.util.Arrays.asList(c.id(), c.source().statementId(), c.source().anchor(), c.strength().label(),
                    c.deadline().end() == null ? "" : c.deadline().end(), status(c), earlier == null ? "" : earlier.earlier(),
                    earlier == null ? "" : earlier.kind().label(), c.sentence(), baseUrl + path(c)));
        }
        return Csv.of(List.of("id", "statement", "anchor", "strength", "deadline", "status", "continues", "change",
                "sentence", "url"), rows);
    }
}
