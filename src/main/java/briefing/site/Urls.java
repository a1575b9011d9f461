package briefing.site;

import briefing.model.Event;
import briefing.model.GlossaryEntry;
import briefing.model.Note;
import briefing.model.Paragraph;
import briefing.model.Statement;

/**
 * The site's public URL contract, in one place: every page family's path (relative to the site's root,
 * ending in '/'), the anchors of paragraphs, and the data files analysts download. Readers bookmark and
 * cite these, and other sites link to them: a change here breaks links in the wild (the README's "URLs"
 * table lists the same, {@code UrlsTest} holds them).
 */
public final class Urls {

    public static final String HOME = "";
    public static final String STATEMENTS = "statements/";
    public static final String THEMES = "themes/";
    public static final String FIGURES = "figures/";
    public static final String COMMITMENTS = "commitments/";
    public static final String NOTES = "notes/";
    public static final String GLOSSARY = "glossary/";
    public static final String TIMELINE = "timeline/";
    public static final String PARTNERSHIPS = "partnerships/";
    public static final String EVENTS = "events/";
    public static final String SEARCH = "search/";
    public static final String METHODOLOGY = "about/";

    public static final String STATEMENTS_JSON = "data/statements.json";
    public static final String FIGURES_JSON = "data/figures.json";
    public static final String FIGURES_CSV = "data/figures.csv";
    public static final String COMMITMENTS_JSON = "data/commitments.json";
    public static final String COMMITMENTS_CSV = "data/commitments.csv";

    private Urls() {
    }

    public static String statement(Statement statement) {
        return STATEMENTS + statement.id() + "/";
    }

    /** A paragraph of a statement: its page and the paragraph's anchor ({@code id} on the page). */
    public static String paragraph(Statement statement, Paragraph paragraph) {
        return statement(statement) + "#" + paragraph.anchor();
    }

    public static String theme(String slug) {
        return THEMES + slug + "/";
    }

    /** A theme's partnerships side by side (only on a site of several partnerships). */
    public static String themeCompared(String slug) {
        return theme(slug) + "compare/";
    }

    public static String note(Note note) {
        return NOTES + note.slug() + "/";
    }

    public static String glossaryEntry(GlossaryEntry entry) {
        return GLOSSARY + entry.slug() + "/";
    }

    public static String event(Event event) {
        return EVENTS + event.slug() + "/";
    }

    /** A commitment's lineage page, by the slug of its first wording. */
    public static String commitment(String slug) {
        return COMMITMENTS + slug + "/";
    }

    /** The commitments of one status ({@code open}, {@code overdue} …), one theme, or those with a deadline, soonest first. */
    public static String commitmentsWithStatus(String status) {
        return COMMITMENTS + "status/" + status.replace(' ', '-') + "/";
    }

    public static String commitmentsOnTheme(String slug) {
        return COMMITMENTS + "theme/" + slug + "/";
    }

    public static final String COMMITMENTS_BY_DEADLINE = COMMITMENTS + "deadline/";

    /** A chart's files: {@code figures/<id>.svg}, {@code .png}, {@code .csv} (exactly its plotted values). */
    public static String chart(String id, String extension) {
        return FIGURES + id + "." + extension;
    }
}
