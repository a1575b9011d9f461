package briefing.evaluate;

import briefing.model.Commitment;
import briefing.model.Figure;
import briefing.model.GoldLabel;
import briefing.model.GoldLabel.GoldFigure;
import briefing.model.GoldLabel.GoldParagraph;
import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.Statement;
import briefing.model.ThemeMatch;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Compares the analysis of the corpus's texts with their gold labels: themes per paragraph (required
 * themes missed, themes given that are neither required nor acceptable), which lines became paragraphs,
 * the statement's title, date and kind, and every figure. Pure: the analysis comes in as values.
 */
public final class Evaluation {

    /**
     * What the analysis said of the corpus.
     *
     * @param themesOf  the themes given to a paragraph, best first
     * @param whyNot    why a paragraph did not get a theme (its score and terms), for the error list
     * @param partyName a party's short name for any of its names ("EU" → "European Union"), so labels and
     *                  analysis compare alike; a name it does not know comes back as it is
     * @param eventOf   the slug of the event a statement (by id) was grouped into
     * @param commitments every commitment found, in every statement
     */
    public record Analysis(List<Statement> statements, Function<ParagraphRef, List<ThemeMatch>> themesOf,
                           List<Figure> figures, BiFunction<ParagraphRef, String, String> whyNot,
                           Function<String, String> partyName, Function<String, String> eventOf,
                           List<Commitment> commitments) {
    }

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final List<String> themes;
    private final Map<GoldLabel.Split, Counts> counts = new LinkedHashMap<>();
    private final List<EvaluationError> errors = new ArrayList<>();

    private Evaluation(List<String> themes) {
        this.themes = List.copyOf(themes);
    }

    /** The report of every label against the analysis; a label whose text was not read counts as all missed. */
    public static EvaluationReport evaluate(List<GoldLabel> labels, Analysis analysis, List<String> themes) {
        Evaluation evaluation = new Evaluation(themes);
        Map<String, Statement> byId = new HashMap<>();
        analysis.statements().forEach(s -> byId.put(s.id(), s));
        Map<String, List<Figure>> figuresByStatement = new HashMap<>();
        for (Figure f : analysis.figures()) {
            if (f.source() != null) {
                figuresByStatement.computeIfAbsent(f.source().statementId(), k -> new ArrayList<>()).add(f);
            }
        }
        for (GoldLabel label : labels) {
            evaluation.counts.computeIfAbsent(label.split(), s -> new Counts());
            evaluation.one(label, byId.get(label.id()), figuresByStatement.getOrDefault(label.id(), List.of()), analysis);
        }
        evaluation.events(labels, analysis.eventOf());
        Map<GoldLabel.Split, Map<String, Double>> measures = new LinkedHashMap<>();
        Map<GoldLabel.Split, Integer> texts = new LinkedHashMap<>();
        for (GoldLabel.Split split : GoldLabel.Split.values()) {
            Counts c = evaluation.counts.get(split);
            if (c != null) {
                measures.put(split, c.measures(evaluation.themes));
                texts.put(split, c.texts);
            }
        }
        return new EvaluationReport(measures, texts, evaluation.errors);
    }

    private void one(GoldLabel label, Statement statement, List<Figure> figures, Analysis analysis) {
        Counts c = counts.get(label.split());
        c.texts++;
        String file = label.source().path();
        if (statement == null) {
            error(label, "texts", file, "the text read", "nothing", "the text was not read (see the build's errors)");
            for (GoldParagraph p : label.paragraphs()) {
                c.paragraphs.add(new Tally(0, 0, 1));
                for (String theme : p.themes()) {
                    c.themes.merge(theme, new Tally(0, 0, 1), Tally::plus);
                }
            }
            return;
        }
        Map<GoldParagraph, Paragraph> matched = match(label.paragraphs(), statement.paragraphs());
        Set<Paragraph> used = new HashSet<>(matched.values());
        for (GoldParagraph gold : label.paragraphs()) {
            Paragraph found = matched.get(gold);
            String where = gold.source() + " \"" + shorten(gold.starts()) + "\"";
            if (found == null) {
                c.paragraphs.add(new Tally(0, 0, 1));
                error(label, "paragraphs", where, "a paragraph", "none", "no paragraph of the statement holds these words: "
                        + "left out as noise, or split inside them");
            } else {
                c.paragraphs.add(new Tally(1, 0, 0));
            }
            ParagraphRef ref = found == null ? null : new ParagraphRef(statement.id(), found.anchor());
            List<ThemeMatch> given = ref == null ? List.of() : analysis.themesOf().apply(ref);
            Set<String> givenSlugs = new TreeSet<>();
            given.forEach(m -> givenSlugs.add(m.theme()));
            for (String theme : themes) {
                boolean required = gold.themes().contains(theme);
                boolean acceptable = gold.also().contains(theme);
                boolean gave = givenSlugs.contains(theme);
                if (required && gave) {
                    c.themes.merge(theme, new Tally(1, 0, 0), Tally::plus);
                } else if (required) {
                    c.themes.merge(theme, new Tally(0, 0, 1), Tally::plus);
                    error(label, "themes." + theme, where, theme, themesText(givenSlugs),
                            ref == null ? "paragraph not found" : analysis.whyNot().apply(ref, theme));
                } else if (gave && !acceptable) {
                    c.themes.merge(theme, new Tally(0, 1, 0), Tally::plus);
                    ThemeMatch m = given.stream().filter(g -> g.theme().equals(theme)).findFirst().orElseThrow();
                    error(label, "themes." + theme, where, "not " + theme + " (" + themesText(gold.themes()) + ")",
                            themesText(givenSlugs), "score " + m.score() + " from " + because(m));
                }
            }
        }
        for (Paragraph p : statement.paragraphs()) {
            if (!used.contains(p)) {
                c.extraParagraphs++;
                error(label, "paragraphs.clean", file + " \"" + shorten(p.text()) + "\"", "not a paragraph (noise, headline "
                        + "or heading)", "a paragraph", "line " + p.source().line() + " of the text");
            }
            c.systemParagraphs++;
        }
        noise(label, statement, c);
        metadata(label, statement, c);
        parties(label, statement, c, analysis.partyName());
        commitments(label, matched, analysis.commitments().stream()
                .filter(k -> k.source().statementId().equals(statement.id())).toList(), c);
        figures(label, statement, matched, figures, c, analysis.partyName());
    }

    private void noise(GoldLabel label, Statement statement, Counts c) {
        List<String> noise = new ArrayList<>(label.noise());
        if (label.titleLine() != null) {
            noise.add(label.titleLine());
        }
        for (String line : noise) {
            String wanted = SPACE.matcher(line).replaceAll(" ").strip();
            if (wanted.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
                continue;
            }
            Pattern within = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(wanted) + "(?![\\p{L}\\p{N}])");
            Paragraph holder = statement.paragraphs().stream()
                    .filter(p -> within.matcher(SPACE.matcher(p.text()).replaceAll(" ")).find()).findFirst().orElse(null);
            if (holder == null) {
                c.noise.add(new Tally(1, 0, 0));
            } else {
                c.noise.add(new Tally(0, 0, 1));
                error(label, "noise.removed", label.source().path() + " \"" + shorten(wanted) + "\"", "left out",
                        "kept in paragraph '" + holder.anchor() + "'", "no cleaning rule recognised the line");
            }
        }
    }

    private void metadata(GoldLabel label, Statement statement, Counts c) {
        String file = label.source().path();
        titles(label, statement, c);
        if (label.date() != null && label.dateStated()) {
            boolean right = label.date().equals(statement.date());
            c.dates.add(right ? new Tally(1, 0, 0) : new Tally(0, 0, 1));
            if (!right) {
                error(label, "dates", file, label.date().toString(), String.valueOf(statement.date()), "");
            }
        } else {
            // The text states no date (the label's, if any, is the page's): giving none is right, giving
            // another than the page's is invented.
            c.undated++;
            if (statement.date() != null && !statement.date().equals(label.date())) {
                c.inventedDates++;
                error(label, "dates.not_invented", file, "no date (the text states none)", statement.date().toString(), "");
            }
        }
        boolean kindRight = kindOf(statement.kind()).equals(label.kind());
        c.kinds.add(kindRight ? new Tally(1, 0, 0) : new Tally(0, 0, 1));
        if (!kindRight) {
            error(label, "kinds", file, label.kind(), statement.kind(), "");
        }
    }

    /**
     * Events, as pairs of texts: two reports of one occasion grouped as one event are right, left apart
     * are missed (recall: "grouped"), two of different occasions grouped are a wrong merge (precision).
     */
    private void events(List<GoldLabel> labels, Function<String, String> eventOf) {
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                GoldLabel a = labels.get(i);
                GoldLabel b = labels.get(j);
                if (a.split() != b.split()) {
                    continue;
                }
                boolean same = java.util.Objects.equals(a.event(), b.event());
                boolean grouped = java.util.Objects.equals(eventOf.apply(a.id()), eventOf.apply(b.id()));
                Counts c = counts.get(a.split());
                if (same && grouped) {
                    c.eventPairs.add(new Tally(1, 0, 0));
                } else if (grouped) {
                    c.eventPairs.add(new Tally(0, 1, 0));
                    error(a, "events.precision", a.source().path(), "another event than " + b.id(), "one event: " + eventOf.apply(a.id()), "");
                } else if (same) {
                    c.eventPairs.add(new Tally(0, 0, 1));
                    error(a, "events.grouped", a.source().path(), "one event with " + b.id(),
                            eventOf.apply(a.id()) + " and " + eventOf.apply(b.id()), "");
                }
            }
        }
    }

    /**
     * Commitments, sentence by sentence: a labelled one is found when a commitment of its paragraph starts
     * with its words; a commitment found where none is labelled is a false one. Of those found, the step
     * of the scale is right or not ({@code commitments.strength}).
     */
    private void commitments(GoldLabel label, Map<GoldParagraph, Paragraph> matched, List<Commitment> found, Counts c) {
        Map<String, GoldParagraph> byStarts = new HashMap<>();
        label.paragraphs().forEach(p -> byStarts.put(p.starts(), p));
        Set<Commitment> used = new HashSet<>();
        for (GoldLabel.GoldCommitment gold : label.commitments()) {
            Paragraph paragraph = matched.get(byStarts.get(gold.paragraph()));
            String wanted = normal(gold.text());
            Commitment hit = paragraph == null ? null : found.stream()
                    .filter(k -> !used.contains(k) && k.source().anchor().equals(paragraph.anchor()))
                    // A sentence cut at an abbreviation ("the U.S.") holds only the start of the labelled words.
                    .filter(k -> normal(k.sentence()).contains(wanted) || wanted.startsWith(normal(k.sentence())))
                    .findFirst().orElse(null);
            String where = gold.source() + " \"" + shorten(gold.text()) + "\"";
            if (hit == null) {
                c.commitments.add(new Tally(0, 0, 1));
                error(label, "commitments.recall", where, gold.strength(), "nothing", "no word of the scale after an actor");
                continue;
            }
            used.add(hit);
            c.commitments.add(new Tally(1, 0, 0));
            boolean strengthRight = hit.strength().label().equals(gold.strength());
            c.commitmentStrengths.add(strengthRight ? new Tally(1, 0, 0) : new Tally(0, 0, 1));
            if (!strengthRight) {
                error(label, "commitments.strength", where, gold.strength(), hit.strength().label() + " ('" + hit.verb() + "')", "");
            }
        }
        for (Commitment k : found) {
            if (!used.contains(k)) {
                c.commitments.add(new Tally(0, 1, 0));
                error(label, "commitments.precision", label.source().path() + " \"" + shorten(k.sentence()) + "\"", "no commitment",
                        k.strength().label() + " ('" + k.verb() + "')", "");
            }
        }
    }

    /** The statement's parties, compared as a set of short names. */
    private void parties(GoldLabel label, Statement statement, Counts c, Function<String, String> partyName) {
        Set<String> expected = names(label.parties(), partyName);
        Set<String> given = names(statement.parties().names(), partyName);
        boolean right = expected.equals(given);
        c.parties.add(right ? new Tally(1, 0, 0) : new Tally(0, 0, 1));
        if (!right) {
            error(label, "parties", label.source().path(), String.join(", ", expected), String.join(", ", given),
                    "content/parties.yaml names, or the headline and opening name others most");
        }
    }

    private static Set<String> names(List<String> parties, Function<String, String> partyName) {
        return new TreeSet<>(parties.stream().map(partyName).toList());
    }

    /**
     * {@code titles}: over the texts whose file holds their headline (the label has {@code lines.title}; the
     * others' headline is only on the web page, and no reading of the file can give it), the title given is
     * the real headline, compared with spacing, quote styles and case made alike. {@code titles.not_junk}:
     * over all texts, the title given is no noise line or heading of the label and no cut fragment.
     */
    private void titles(GoldLabel label, Statement statement, Counts c) {
        String file = label.source().path();
        if (label.titleLine() != null) {
            boolean right = normal(String.valueOf(statement.title())).equals(normal(label.title()));
            c.titles.add(right ? new Tally(1, 0, 0) : new Tally(0, 0, 1));
            if (!right) {
                error(label, "titles", file, "\"" + label.title() + "\"", "\"" + statement.title() + "\"", "");
            }
        }
        String junk = junk(statement.title(), label);
        c.titlesNotJunk.add(junk == null ? new Tally(1, 0, 0) : new Tally(0, 0, 1));
        if (junk != null) {
            error(label, "titles.not_junk", file, "a readable title", "\"" + statement.title() + "\"", junk);
        }
    }

    /** A title ending at an initial or a joining mark was cut: "President Ferdinand R", "U.S", "Hanoi (VNA) –". */
    private static final Pattern CUT_TITLE = Pattern.compile("(?:^|[\\s.\\-])\\p{L}$|[-–—:,|/(]$");

    /** Why a title is junk, or null when it is not. */
    static String junk(String title, GoldLabel label) {
        String given = normal(title == null ? "" : title);
        if (given.isEmpty()) {
            return "no title";
        }
        if (given.equals(normal(label.title()))) {
            return null; // the headline itself, though a repeat of its line may be listed as noise
        }
        if (label.noise().stream().anyMatch(n -> normal(n).equals(given))) {
            return "a noise line of the text";
        }
        if (label.headings().stream().anyMatch(h -> normal(h).equals(given))) {
            return "a section heading of the text";
        }
        return CUT_TITLE.matcher(given).find() ? "cut off" : null;
    }

    private void figures(GoldLabel label, Statement statement, Map<GoldParagraph, Paragraph> matched, List<Figure> figures,
                         Counts c, Function<String, String> partyName) {
        Set<Figure> used = new HashSet<>();
        Map<String, GoldParagraph> byStarts = new HashMap<>();
        label.paragraphs().forEach(p -> byStarts.put(p.starts(), p));
        for (GoldFigure gold : label.figures()) {
            Paragraph paragraph = matched.get(byStarts.get(gold.paragraph()));
            String where = gold.source() + " \"" + gold.text() + "\"";
            Figure found = paragraph == null ? null : figures.stream()
                    .filter(f -> !used.contains(f) && f.source().anchor().equals(paragraph.anchor()) && sameValue(f, gold))
                    .findFirst().orElse(null);
            if (found == null) {
                c.figures.add(new Tally(0, 0, 1));
                c.figuresRight.add(new Tally(0, 0, 1));
                error(label, "figures.found", where, describe(gold), "nothing", "no figure rule read it");
                continue;
            }
            used.add(found);
            c.figures.add(new Tally(1, 0, 0));
            List<String> wrong = new ArrayList<>();
            String currency = currencyOf(found);
            if (gold.unit().equals("money")) {
                boolean right = String.valueOf(gold.currency()).equals(currency);
                c.currencies.add(right ? new Tally(1, 0, 0) : new Tally(0, 0, 1));
                if (!right) {
                    wrong.add("currency " + currency);
                }
            }
            boolean partiesRight = names(gold.parties(), partyName).equals(names(found.parties(), partyName));
            c.figureParties.add(partiesRight ? new Tally(1, 0, 0) : new Tally(0, 0, 1));
            if (!partiesRight) {
                error(label, "figures.parties", where, String.join(", ", names(gold.parties(), partyName)),
                        String.join(", ", names(found.parties(), partyName)), "in \"" + shorten(found.sentence()) + "\"");
            }
            if (!gold.topic().equals(found.topic())) {
                wrong.add("topic " + found.topic());
            }
            String status = found.status().name().equals("REPORTED") ? "reported" : "target or commitment";
            if (!(gold.status().equals("reported") ? status.equals("reported") : !status.equals("reported"))) {
                wrong.add("status " + status);
            }
            Integer year = found.time().end();
            if (!java.util.Objects.equals(gold.year(), year)) {
                wrong.add("year " + year + " (" + found.time().describe() + ")");
            }
            c.figuresRight.add(wrong.isEmpty() ? new Tally(1, 0, 0) : new Tally(0, 0, 1));
            if (!wrong.isEmpty()) {
                error(label, "figures.right", where, describe(gold), String.join(", ", wrong), "figure rules and time expressions");
            }
        }
        for (Figure f : figures) {
            if (!used.contains(f)) {
                c.figures.add(new Tally(0, 1, 0));
                error(label, "figures.precision", label.source().path() + " \"" + f.text() + "\"", "no figure",
                        f.text() + " (" + f.topic() + ")", "in \"" + shorten(f.sentence()) + "\"");
            }
        }
    }

    /**
     * Each gold paragraph to the statement paragraph holding its first words, searching on after the last
     * match (reading order; a repeated paragraph finds its second copy), then from the start; null when
     * none holds them.
     */
    static Map<GoldParagraph, Paragraph> match(List<GoldParagraph> gold, List<Paragraph> paragraphs) {
        // A numbered paragraph's number is part of what the reader sees ("3. We recalled ...").
        List<String> texts = paragraphs.stream()
                .map(p -> normal((p.number() == null ? "" : p.number() + ". ") + p.text())).toList();
        Map<GoldParagraph, Paragraph> matched = new LinkedHashMap<>();
        int from = 0;
        for (GoldParagraph g : gold) {
            String starts = normal(g.starts());
            int at = -1;
            for (int i = 0; i < texts.size() && at < 0; i++) {
                int k = (from + i) % texts.size();
                if (texts.get(k).contains(starts)) {
                    at = k;
                }
            }
            if (at >= 0) {
                matched.put(g, paragraphs.get(at));
                from = at + 1;
            }
        }
        return matched;
    }

    /** Text compared loosely: Unicode-normalised, quotes and dashes unified, spaces collapsed, lower case. */
    static String normal(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-");
        return SPACE.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static String kindOf(String systemKind) {
        String k = systemKind.toLowerCase(Locale.ROOT);
        if (k.contains("joint statement") || k.contains("joint declaration") || k.contains("joint vision")) {
            return "joint statement";
        }
        if (k.contains("report") || k.contains("article") || k.contains("news")) {
            return "news report";
        }
        return k;
    }

    private static boolean sameValue(Figure f, GoldFigure gold) {
        boolean unit = switch (gold.unit()) {
            case "percent" -> f.unit().name().equals("PERCENT");
            case "count" -> f.unit().name().equals("COUNT");
            default -> f.unit().isMoney();
        };
        double tolerance = Math.max(Math.abs(gold.value()) * 0.005, 1e-9);
        return unit && Math.abs(f.value() - gold.value()) <= tolerance;
    }

    private static String currencyOf(Figure f) {
        return f.unit().isMoney() ? f.unit().code() : "none";
    }

    private static String describe(GoldFigure gold) {
        return gold.text() + " (" + gold.unit() + (gold.currency() == null ? "" : " " + gold.currency()) + ", " + gold.topic()
                + ", " + gold.status() + (gold.year() == null ? "" : ", " + gold.year()) + ")";
    }

    private static String because(ThemeMatch m) {
        List<String> parts = new ArrayList<>(m.textTerms());
        m.headingTerms().forEach(t -> parts.add("heading: " + t));
        return String.join(", ", parts);
    }

    private static String themesText(Set<String> slugs) {
        return slugs.isEmpty() ? "no theme" : String.join(", ", new TreeSet<>(slugs));
    }

    private static String shorten(String text) {
        String s = SPACE.matcher(text).replaceAll(" ").strip();
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }

    private void error(GoldLabel label, String measure, String where, String expected, String given, String cause) {
        errors.add(new EvaluationError(label.split(), label.id(), measure, where, expected, given, cause));
    }

    /** Running counts of one split. */
    private static final class Counts {
        int texts;
        final Map<String, Tally> themes = new LinkedHashMap<>();
        final List<Tally> paragraphs = new ArrayList<>();
        final List<Tally> noise = new ArrayList<>();
        final List<Tally> titles = new ArrayList<>();
        final List<Tally> titlesNotJunk = new ArrayList<>();
        final List<Tally> dates = new ArrayList<>();
        final List<Tally> kinds = new ArrayList<>();
        final List<Tally> figures = new ArrayList<>();
        final List<Tally> figuresRight = new ArrayList<>();
        final List<Tally> currencies = new ArrayList<>();
        final List<Tally> parties = new ArrayList<>();
        final List<Tally> figureParties = new ArrayList<>();
        final List<Tally> eventPairs = new ArrayList<>();
        final List<Tally> commitments = new ArrayList<>();
        final List<Tally> commitmentStrengths = new ArrayList<>();
        int systemParagraphs;
        int extraParagraphs;
        int undated;
        int inventedDates;

        Map<String, Double> measures(List<String> slugs) {
            Map<String, Double> m = new LinkedHashMap<>();
            Tally all = Tally.ZERO;
            for (String slug : slugs) {
                all = all.plus(themes.getOrDefault(slug, Tally.ZERO));
            }
            m.put("themes.micro_f1", all.f1());
            m.put("themes.precision", all.precision());
            m.put("themes.recall", all.recall());
            for (String slug : slugs) {
                Tally t = themes.getOrDefault(slug, Tally.ZERO);
                m.put("themes." + slug + ".precision", t.precision());
                m.put("themes." + slug + ".recall", t.recall());
                m.put("themes." + slug + ".f1", t.f1());
            }
            m.put("paragraphs.kept", sum(paragraphs).recall());
            m.put("paragraphs.clean", systemParagraphs == 0 ? 1 : 1 - (double) extraParagraphs / systemParagraphs);
            m.put("noise.removed", sum(noise).recall());
            m.put("titles", sum(titles).recall());
            m.put("titles.not_junk", sum(titlesNotJunk).recall());
            m.put("dates", sum(dates).recall());
            m.put("dates.not_invented", undated == 0 ? 1 : 1 - (double) inventedDates / undated);
            m.put("kinds", sum(kinds).recall());
            m.put("figures.found", sum(figures).recall());
            m.put("figures.precision", sum(figures).precision());
            m.put("figures.right", sum(figuresRight).recall());
            m.put("figures.currency", sum(currencies).recall());
            m.put("figures.parties", sum(figureParties).recall());
            m.put("parties", sum(parties).recall());
            m.put("events.grouped", sum(eventPairs).recall());
            m.put("events.precision", sum(eventPairs).precision());
            m.put("commitments.precision", sum(commitments).precision());
            m.put("commitments.recall", sum(commitments).recall());
            m.put("commitments.f1", sum(commitments).f1());
            m.put("commitments.strength", sum(commitmentStrengths).recall());
            return m;
        }

        private static Tally sum(List<Tally> tallies) {
            return tallies.stream().reduce(Tally.ZERO, Tally::plus);
        }
    }
}
