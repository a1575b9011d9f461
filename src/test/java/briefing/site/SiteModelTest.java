package briefing.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestProject;
import briefing.model.FigureTime;
import briefing.model.Figure;
import briefing.analyze.CorpusAnalyzer;
import briefing.diag.Diagnostics;
import briefing.ingest.ChartDefinitionReader;
import briefing.ingest.CleaningRulesReader;
import briefing.ingest.CommitmentRulesReader;
import briefing.ingest.FigureDataReader;
import briefing.ingest.FigureRulesReader;
import briefing.ingest.GlossaryReader;
import briefing.ingest.NoteReader;
import briefing.ingest.PartyReader;
import briefing.ingest.ProjectPaths;
import briefing.ingest.SeedReader;
import briefing.ingest.SiteSettingsReader;
import briefing.ingest.ThemeReader;
import briefing.memo.Memo;
import briefing.model.Briefing;
import briefing.model.ChartDefinition;
import briefing.model.ChartSettings;
import briefing.model.ExchangeRates;
import briefing.model.Note;
import briefing.model.Paragraph;
import briefing.model.ParagraphRole;
import briefing.model.SiteSettings;
import briefing.model.Statement;
import briefing.model.Theme;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site model of the real seeds and content, read and analysed as a build does, without a bake: the
 * public URL layout, the data files and determinism.
 */
class SiteModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Briefing briefing;
    private static SiteSettings settings;
    private static List<ChartDefinition> charts;
    private static SiteModel model;
    private static List<Page> pages;
    private static Map<String, Page> byPath;
    private static Map<String, byte[]> files;

    @BeforeAll
    static void modelTheRealSite() {
        Path repo = TestProject.REPO;
        Path content = repo.resolve("content");
        ProjectPaths paths = new ProjectPaths(repo);
        Diagnostics diagnostics = new Diagnostics();
        settings = new SiteSettingsReader(paths).read(content.resolve("site.yaml"), diagnostics).orElseThrow();
        charts = new ChartDefinitionReader(paths).read(content.resolve("charts.yaml"), diagnostics);
        ThemeReader themeReader = new ThemeReader(paths);
        List<Theme> themes = themeReader.readThemes(content.resolve("themes"), diagnostics);
        List<Statement> statements = new SeedReader(paths, new CleaningRulesReader(paths).read(content.resolve("cleaning.yaml"), diagnostics))
                .read(repo.resolve("seeds"), diagnostics);
        List<Note> notes = new NoteReader(paths).read(content.resolve("notes"), themeReader.slugsPresent(content.resolve("themes")),
                statements, diagnostics);
        briefing = CorpusAnalyzer.analyze(statements, new PartyReader(paths).read(content.resolve("parties.yaml"), diagnostics),
                settings.partnerships(), themes, themeReader.readSettings(content.resolve("classification.yaml"), diagnostics).orElseThrow(),
                new FigureRulesReader(paths).read(content.resolve("figure-rules.yaml"), diagnostics).orElseThrow(),
                new FigureDataReader(paths).read(content.resolve("figure-data.yaml"), diagnostics),
                new CommitmentRulesReader(paths).read(content.resolve("commitments.yaml"), diagnostics), notes,
                new GlossaryReader(paths).read(content.resolve("glossary.yaml"), diagnostics), diagnostics, Memo.none());
        assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());

        model = new SiteModel(briefing, settings, new ChartSettings(charts, ExchangeRates.NONE), Memo.none());
        pages = model.pages();
        byPath = pages.stream().collect(Collectors.toMap(Page::path, Function.identity(), (a, b) -> a));
        files = model.files(pages);
    }

    private static Page page(String path) {
        Page page = byPath.get(path);
        assertNotNull(page, "no page at '" + path + "'");
        return page;
    }

    @Test
    void aPeriodChartDrawsEachProgrammeOnceAndOnlyTheLatestWhenThereAreMany() {
        // The seeds' EDCF pledge, restated by 40 more statements with other amounts and periods, and 5 more
        // times exactly as it is: 41 programmes, drawn as the 30 latest; the same programme is one bar.
        Figure edcf = briefing.figures().stream().filter(f -> "EDCF".equals(f.holder()) && f.time().kind() != FigureTime.Kind.NONE)
                .findFirst().orElseThrow();
        List<Figure> more = new java.util.ArrayList<>(briefing.figures());
        for (int i = 0; i < 40; i++) {
            more.add(new Figure(edcf.id() + "-x" + i, edcf.source(), edcf.sentence(), edcf.start(), edcf.end(), edcf.text(),
                    1e9 + i * 1e6, edcf.unit(), edcf.noun(), edcf.qualifier(), edcf.holder(), edcf.topic(), edcf.status(),
                    new FigureTime(FigureTime.Kind.PERIOD, 1980 + i, 1985 + i, "from " + (1980 + i) + " to " + (1985 + i), false),
                    edcf.baseYear(), edcf.label(), edcf.outsideUrl(), edcf.origin(), edcf.parties()));
        }
        for (int i = 0; i < 5; i++) {
            more.add(new Figure(edcf.id() + "-same" + i, edcf.source(), edcf.sentence(), edcf.start(), edcf.end(), edcf.text(),
                    edcf.value(), edcf.unit(), edcf.noun(), edcf.qualifier(), edcf.holder(), edcf.topic(), edcf.status(), edcf.time(),
                    edcf.baseYear(), edcf.label(), edcf.outsideUrl(), edcf.origin(), edcf.parties()));
        }
        Briefing many = new Briefing(briefing.statements(), briefing.themes(), briefing.themesByParagraph(), more,
                briefing.figureRules(), briefing.notes(), briefing.glossary(), briefing.related(), briefing.timeline(),
                briefing.changes(), briefing.events(), briefing.commitments(), briefing.lineage(), briefing.judgements());
        SiteModel manyModel = new SiteModel(many, settings, new ChartSettings(charts, ExchangeRates.NONE), Memo.none());
        String csv = new String(manyModel.files(manyModel.pages()).get("figures/development-finance.csv"), java.nio.charset.StandardCharsets.UTF_8);
        List<String> rows = csv.lines().skip(1).toList();

        assertEquals(FigureViews.MAX_BARS, rows.size(), csv);
        assertEquals(1, rows.stream().filter(r -> r.contains("," + edcf.id() + ",")).count(), "a restated programme is one bar");
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("EDCF,1980,")), "the earliest programmes are left to the ledger");
    }

    @Test
    void aLongTextIsCutAtASpaceOrWithoutOneWhenItHasNone() {
        assertEquals("short", SiteModel.shortened("short", 220));
        assertEquals("one two…", SiteModel.shortened("one two three", 8));
        assertEquals("x".repeat(220) + "…", SiteModel.shortened("x".repeat(300), 220), "no space: cut at the limit");
        assertEquals("日本と".repeat(3).substring(0, 5) + "…", SiteModel.shortened("日本と".repeat(3), 5));
    }

    @Test
    void theRealInputsHaveStatementsThemesNotesAndCharts() {
        assertEquals(2, briefing.statements().size(), "the seeds");
        assertEquals(7, briefing.themes().size());
        assertFalse(briefing.notes().isEmpty());
        assertFalse(charts.isEmpty());
    }

    @Test
    void everyPagePathIsUniqueAndEndsInASlash() {
        List<String> paths = pages.stream().map(Page::path).toList();

        assertEquals(paths.size(), new HashSet<>(paths).size(), "duplicate paths: " + paths);
        for (String path : paths) {
            assertTrue(path.isEmpty() || path.endsWith("/") && !path.startsWith("/"), path);
        }
        assertEquals("", pages.get(0).path(), "the home page comes first");
        assertEquals("home", pages.get(0).type());
    }

    @Test
    void theFixedPagesOfThePublicLayoutExist() {
        Map<String, String> types = Map.of("themes/", "themes", "statements/", "statements", "figures/", "figures",
                "search/", "search", "notes/", "notes", "timeline/", "timeline", "glossary/", "glossary", "commitments/", "commitments");
        types.forEach((path, type) -> assertEquals(type, page(path).type(), path));
    }

    @Test
    void eachStatementHasItsPageAtStatementsId() {
        for (Statement statement : briefing.statements()) {
            Page page = page("statements/" + statement.id() + "/");

            assertEquals("statement", page.type());
            assertEquals(statement.title(), page.title());
            assertEquals(statement.date(), page.date());
            assertEquals(statement.id(), page.model().get("id"));
        }
    }

    @Test
    void aStatementPageHasEveryParagraphOnceInTextOrderByItsAnchor() {
        for (Statement statement : briefing.statements()) {
            List<?> blocks = (List<?>) page(Urls.statement(statement)).model().get("blocks");
            List<Object> anchors = blocks.stream().map(b -> (Map<?, ?>) b).filter(b -> "paragraph".equals(b.get("kind")))
                    .map(b -> b.get("anchor")).collect(Collectors.toList());

            assertEquals(statement.paragraphs().stream().map(Paragraph::anchor).toList(), anchors, statement.id());
        }
    }

    @Test
    void everyThemeHasItsPageAndItsParagraphsAreSpreadOverItsPages() {
        for (Theme theme : briefing.themes()) {
            Page first = page("themes/" + theme.slug() + "/");
            assertEquals("theme", first.type());
            assertEquals(theme.title(), first.title());
            assertEquals("md", first.extension(), "the first page carries the Markdown introduction");
            assertEquals(theme.introMarkdown(), first.body());

            long count = ((Number) first.model().get("count")).longValue();
            int total = ((Number) ((Map<?, ?>) first.model().get("pagination")).get("total")).intValue();
            long shown = 0;
            for (int n = 1; n <= total; n++) {
                Page page = page(Pagination.path(Urls.theme(theme.slug()), n));
                assertEquals(theme.slug(), page.model().get("slug"));
                for (Object group : (List<?>) page.model().get("groups")) {
                    int size = ((List<?>) ((Map<?, ?>) group).get("paragraphs")).size();
                    assertTrue(size > 0, "a group shows at least one paragraph");
                    shown += size;
                }
            }
            assertEquals(count, shown, theme.slug() + ": every paragraph on the theme, once");
            assertFalse(byPath.containsKey(Pagination.path(Urls.theme(theme.slug()), total + 1)));
            assertEquals(Math.max(1, (count + settings.pageSize() - 1) / settings.pageSize()), total, theme.slug());
        }
    }

    @Test
    void eachNoteHasItsMarkdownPage() {
        for (Note note : briefing.notes()) {
            Page page = page("notes/" + note.slug() + "/");

            assertEquals("note", page.type());
            assertEquals("md", page.extension());
            assertEquals(note.markdown(), page.body());
            assertEquals(note.date(), page.date());
        }
    }

    /** Every {@code path} a template links to leads to a page or file of the site. */
    @Test
    void everyPathInAPageModelLeadsToAPageOrAFile() {
        Set<String> targets = new HashSet<>(byPath.keySet());
        targets.addAll(files.keySet());
        List<String> broken = new ArrayList<>();
        for (Page page : pages) {
            collectPaths(page.model(), path -> {
                String target = path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
                if (!targets.contains(target)) {
                    broken.add(page.path() + " -> " + path);
                }
            });
        }
        assertEquals(List.of(), broken);
    }

    private static void collectPaths(Object value, java.util.function.Consumer<String> sink) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (("path".equals(k) || "previous".equals(k) || "next".equals(k)) && v instanceof String s) {
                    sink.accept(s);
                } else {
                    collectPaths(v, sink);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectPaths(v, sink));
        }
    }

    @Test
    void dataFilesAreThereAndEveryJsonFileParses() throws IOException {
        for (String file : List.of("data/statements.json", "data/figures.json", "data/commitments.json", "data/search.json",
                "data/figures.csv", "data/commitments.csv", "feed.xml")) {
            assertTrue(files.containsKey(file), file + " in " + files.keySet());
        }
        int json = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().endsWith(".json")) {
                assertNotNull(JSON.readTree(file.getValue()), file.getKey());
                json++;
            }
        }
        assertTrue(json >= 4, "json files: " + json);
    }

    @Test
    void statementsJsonListsEveryStatementAndParagraphWithTheirPageUrls() throws IOException {
        JsonNode root = JSON.readTree(files.get("data/statements.json"));

        List<String> themeUrls = new ArrayList<>();
        root.get("themes").forEach(t -> themeUrls.add(t.get("url").asText()));
        assertEquals(briefing.themes().stream().map(t -> "themes/" + t.slug() + "/").toList(), themeUrls);
        assertEquals(briefing.statements().size(), root.get("statements").size());
        for (JsonNode statement : root.get("statements")) {
            String url = statement.get("url").asText();
            assertEquals("statements/" + statement.get("id").asText() + "/", url);
            assertTrue(byPath.containsKey(url), url);
            Statement real = briefing.statements().stream().filter(s -> s.id().equals(statement.get("id").asText())).findFirst().orElseThrow();
            assertEquals(real.paragraphs().size(), statement.get("paragraphs").size());
            for (JsonNode paragraph : statement.get("paragraphs")) {
                assertEquals(url + "#" + paragraph.get("anchor").asText(), paragraph.get("url").asText());
            }
        }
    }

    @Test
    void eachChartHasItsSvgPngAndCsv() {
        for (ChartDefinition chart : charts) {
            for (String extension : List.of(".svg", ".png", ".csv")) {
                byte[] bytes = files.get("figures/" + chart.id() + extension);
                assertNotNull(bytes, chart.id() + extension);
                assertTrue(bytes.length > 0, chart.id() + extension);
            }
            assertTrue(new String(files.get("figures/" + chart.id() + ".svg"), StandardCharsets.UTF_8).contains("<svg"));
        }
    }

    @Test
    void aSitemapIsWrittenOnlyWhenTheBaseUrlIsKnownAndThenUrlsAreAbsolute() throws IOException {
        assertFalse(files.containsKey("sitemap.xml"), "no base URL: no sitemap");

        SiteModel published = new SiteModel(briefing, settings.withBaseUrl("https://example.org/briefing"), new ChartSettings(charts, ExchangeRates.NONE), Memo.none());
        Map<String, byte[]> publishedFiles = published.files(published.pages());

        String sitemap = new String(publishedFiles.get("sitemap.xml"), StandardCharsets.UTF_8);
        for (Statement statement : briefing.statements()) {
            assertTrue(sitemap.contains("<loc>https://example.org/briefing/statements/" + statement.id() + "/</loc>"), sitemap);
        }
        JsonNode first = JSON.readTree(publishedFiles.get("data/statements.json")).get("statements").get(0);
        assertEquals("https://example.org/briefing/statements/" + first.get("id").asText() + "/", first.get("url").asText());
    }

    @Test
    void twoModelsOfEqualInputsGiveEqualPagesAndFiles() {
        SiteModel again = new SiteModel(briefing, settings, new ChartSettings(charts, ExchangeRates.NONE), Memo.none());
        List<Page> againPages = again.pages();
        Map<String, byte[]> againFiles = again.files(againPages);

        assertEquals(pages, againPages);
        assertEquals(new TreeSet<>(files.keySet()), new TreeSet<>(againFiles.keySet()));
        files.forEach((path, bytes) -> assertArrayEquals(bytes, againFiles.get(path), path));
    }

    @Test
    void theSiteModelCountsStatementsAndParagraphs() {
        Map<String, Object> site = model.site();

        assertEquals(settings.title(), site.get("title"));
        assertEquals(2, site.get("statementCount"));
        assertEquals(briefing.statements().stream().mapToInt(s -> s.paragraphs().size()).sum(), site.get("paragraphCount"));
        assertEquals(1, site.get("partnershipCount"));
    }

    @Test
    void theChartsDrawTheFirstPartnershipTheSiteNamesElseTheMostCommon() {
        assertEquals(List.of("Vietnam", "South Korea"), SiteModel.mainPartnership(briefing, settings), "site.yaml's order");
        SiteSettings open = new SiteSettings(settings.title(), settings.description(), settings.language(), "", settings.pageSize(),
                List.of(), null, settings.source());
        assertEquals(List.of("South Korea", "Vietnam"), SiteModel.mainPartnership(briefing, open), "the statements' partnership");
    }

    @Test
    void openingWordsAreTheFirstSixWords() {
        Paragraph p = briefing.statements().get(0).paragraphs().get(0);
        String[] words = p.text().strip().split("\\s+");
        String expected = words.length <= 6 ? String.join(" ", words) : String.join(" ", List.of(words).subList(0, 6)) + "…";

        assertEquals(expected, SiteModel.openingWords(p));
        assertEquals("South Korea will further support Vietnam…", SiteModel.openingWords(new Paragraph("x", null, null, null,
                "South Korea  will further support Vietnam in science.", ParagraphRole.BODY, p.source())));
        assertEquals("We agree.", SiteModel.openingWords(new Paragraph("y", null, null, null, " We agree. ",
                ParagraphRole.BODY, p.source())));
    }
}
