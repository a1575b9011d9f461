package briefing.site;

import briefing.model.Briefing;
import briefing.model.Paragraph;
import briefing.model.SiteSettings;
import briefing.model.Statement;
import briefing.model.Theme;
import briefing.model.ThemeMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /data/statements.json}: every statement with its paragraphs, their themes and their URLs, for
 * readers and other tools. Field names and order are a public contract; add fields, never rename.
 */
public final class StatementsJson {

    private StatementsJson() {
    }

    public static byte[] render(Briefing briefing, SiteSettings settings) {
        List<Object> statements = new ArrayList<>();
        for (Statement statement : briefing.statements()) {
            List<Object> paragraphs = new ArrayList<>();
            for (Paragraph paragraph : statement.paragraphs()) {
                List<ThemeMatch> matches = briefing.themesOf(statement, paragraph);
                paragraphs.add(Views.of()
                        .put("anchor", paragraph.anchor())
                        .put("number", paragraph.number())
                        .put("section", paragraph.sectionAnchor() == null ? null
                                : statement.section(paragraph.sectionAnchor()).orElseThrow().title())
                        .put("role", paragraph.role().name().toLowerCase(java.util.Locale.ROOT))
                        .put("speaker", paragraph.speaker())
                        .put("text", paragraph.text())
                        .put("themes", matches.stream().map(ThemeMatch::theme).toList())
                        .put("url", url(settings, Urls.paragraph(statement, paragraph)))
                        .map());
            }
            statements.add(Views.of()
                    .put("id", statement.id())
                    .put("title", statement.title())
                    .put("date", statement.date() == null ? null : statement.date().toString())
                    .put("kind", statement.kind())
                    .put("place", statement.place())
                    .put("leaders", statement.leaders())
                    .put("parties", statement.parties().names())
                    .put("source", Views.of().put("name", statement.sourceName()).put("url", statement.sourceUrl()).map())
                    .put("url", url(settings, Urls.statement(statement)))
                    .put("paragraphs", paragraphs)
                    .map());
        }
        List<Object> themes = new ArrayList<>();
        for (Theme theme : briefing.themes()) {
            themes.add(Views.of().put("slug", theme.slug()).put("title", theme.title())
                    .put("url", url(settings, Urls.theme(theme.slug()))).map());
        }
        Map<String, Object> root = Views.of().put("themes", themes).put("statements", statements).map();
        return Json.bytes(root);
    }

    /** Absolute when the site's base URL is set, else relative to the site root. */
    static String url(SiteSettings settings, String path) {
        return settings.baseUrl() + path;
    }
}
