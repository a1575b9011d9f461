package briefing.ingest;

import briefing.model.Paragraph;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The kind of a text, read from its form as any publisher's page shows it, not from who published it: a
 * transcript is spoken (speaker turns, or a body that opens by addressing its audience); a fact sheet or
 * press release names itself so (in its title, or in a line that cites the document); a joint statement is
 * the statement's own text (titled as the document, handed over to by "the following is the full text",
 * or numbered), not a report that quotes it; anything else is a news report. Pure.
 */
final class TextKind {

    private static final Pattern FACT_SHEET = Pattern.compile("(?i)\\bfact ?sheet\\b");
    private static final Pattern RELEASE = Pattern.compile(
            "(?i)^(?:readout\\b|.*\\b(?:press|media) (?:release|statement)\\b|.*\\breadout of\\b)");
    /**
     * A line that names the document it belongs to, as a citation or label does ("Barack Obama, Readout of
     * President Obama's Meeting with ... Online by ..."): the author's name and a comma, then the document's
     * kind. Prose never opens so.
     */
    private static final Pattern CITES_RELEASE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}(?:,\\s+[JS]r\\.?)?,\\s+)?(?:Readout of|Press Release:|Media Release:)\\s");
    /** A declaration named for its place or parties: "French-German Declaration of Toulouse", "Hanoi Declaration". */
    private static final Pattern NAMED_DECLARATION = Pattern.compile(
            "^(?:The\\s+)?(?:\\p{Lu}[\\p{L}.'’–-]*\\s+){1,4}Declaration\\b");
    /**
     * An opening that hands over to the document itself: "... issued the following joint statement", "The
     * following is the full text of the document:", "The following is a translation of the document:".
     */
    private static final Pattern FOLLOWING_TEXT = Pattern.compile(
            "(?i)\\b(?:issued|released|adopted|made) the following joint (?:statement|declaration|communiqu[eé])\\b"
                    + "|\\b(?:the )?following is (?:the |an? )?(?:full |official |unofficial |complete )?(?:text|translation)\\b"
                    + "|\\bfull text of the (?:joint )?(?:statement|declaration|communiqu[eé]|document)\\b");
    private static final Pattern JOINT = Pattern.compile(
            "(?i)^(?:full text of (?:the )?)?(?:[\\w.–-]+\\s+){0,4}?(?:joint|chairman's|chair's|leaders'?)\\s+"
                    + "(?:statement|declaration|vision|communiqu[eé]|press statement)\\b");
    /** A headline that reports the document's issue ("Vietnam and Indonesia Issue Joint Statement") names a report. */
    private static final Pattern ISSUE_VERB = Pattern.compile(
            "(?i)\\b(?:issues?|issued|releases?|released|adopts?|adopted|signs?|signed|unveils?|unveiled)\\s+(?:an?\\s+|the\\s+)?"
                    + "(?:[\\w.–-]+\\s+){0,2}?(?:joint|chairman's|chair's|leaders'?)\\b");
    /** How a report cites the statement it is about; the statement's own text never speaks of itself so. */
    private static final Pattern CITES_STATEMENT = Pattern.compile(
            "(?i)\\baccording to (?:the|a|their) (?:joint )?(?:statement|declaration|communiqu[eé])\\b"
                    + "|\\bin (?:a|their) joint (?:statement|declaration|communiqu[eé])\\b"
                    + "|\\bthe (?:joint )?(?:statement|declaration|communiqu[eé]) (?:said|says|noted|notes|stated|states|read|reads|added)\\b");
    /**
     * A body that opens by addressing its audience is spoken: a greeting or a vocative ("Good afternoon
     * everyone.", "Prime Minister Morrison, I am deeply grateful", "Mr. President, welcome."; a name and a
     * comma alone are a caption's "Prime Minister Fumio Kishida, right, and ..."), after the
     * speaker's name when the page sets it before the words ("President Biden. Mr. President, welcome.",
     * "The President. Thank you.", a question's "Q. Mr. President, ...").
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "^(?:(?:The\\s+)?(?:Vice\\s+)?(?:President|Prime Minister|Chancellor|Secretary|Minister|Premier)"
                    + "(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}\\.\\s+|Q\\.\\s+)?"
                    + "(?:Good (?:morning|afternoon|evening)\\b|Thank you\\b|Thanks\\b(?! to\\b)|Ladies and gentlemen\\b"
                    + "|(?:Your |Their )?(?:Excellenc(?:y|ies)|Majesty|Majesties|Highness)\\b|Distinguished guests\\b"
                    + "|Dear (?:friends|colleagues|guests)\\b|(?:Mr\\.?|Madam|Madame) (?:President|Prime Minister|Chancellor"
                    + "|Secretary|Chairman|Chair|Minister|Speaker)\\b"
                    + "|(?:President|Prime Minister|Chancellor|Secretary|Premier)(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2},\\s+"
                    + "(?:I|I'm|I’m|we|let me|allow me|thank you|welcome)\\b)");
    /** The paragraphs where a body's form shows: its first ones (a date line or a label may come first). */
    private static final int OPENING_PARAGRAPHS = 3;

    private TextKind() {
    }

    /**
     * A page's own label for the kind of what it carries, set above the text ("Press Releases", "Media
     * release", "Fact Sheets", "Transcript"): a line of its own, one or two words.
     */
    private static final Pattern KIND_LABEL = Pattern.compile(
            "(?i)^(?:(?:press|media|news) releases?|fact ?sheets?|transcripts?|readouts?)\\s*[:|]?$");

    /**
     * The kind of a text with this title and these paragraphs ({@code transcript}: it has speaker turns),
     * also from the lines left out above the text's first paragraph ({@code above}): a page's
     * label for its kind counts after the text's own form (a joint statement a ministry files under "Press
     * Releases" is still the statement); and a citation line the cleaning left out anywhere ({@code
     * leftOut}: an archive's "Barack Obama, Readout of ... Online by ... The American Presidency Project")
     * still names the document's kind.
     */
    static String of(String title, List<Paragraph> paragraphs, boolean transcript, List<String> above, List<String> leftOut) {
        String kind = ofForm(title, paragraphs, transcript);
        if (kind.equals("news report") && leftOut.stream().anyMatch(line -> CITES_RELEASE.matcher(line.strip()).lookingAt())) {
            return "press release";
        }
        if (!kind.equals("news report")) {
            return kind;
        }
        for (String line : above) {
            java.util.regex.Matcher m = KIND_LABEL.matcher(line.strip());
            if (m.matches()) {
                String word = line.strip().toLowerCase(java.util.Locale.ROOT);
                return word.startsWith("fact") ? "fact sheet" : word.startsWith("transcript") ? "transcript" : "press release";
            }
        }
        return kind;
    }

    private static String ofForm(String title, List<Paragraph> paragraphs, boolean transcript) {
        List<String> opening = paragraphs.stream().limit(OPENING_PARAGRAPHS).map(Paragraph::text).toList();
        if (transcript || opening.stream().anyMatch(p -> ADDRESS.matcher(p).lookingAt())) {
            return "transcript";
        }
        if (FACT_SHEET.matcher(title).find()) {
            return "fact sheet";
        }
        if (RELEASE.matcher(title).find() || paragraphs.stream().anyMatch(p -> CITES_RELEASE.matcher(p.text()).lookingAt())) {
            return "press release";
        }
        long numbered = paragraphs.stream().filter(p -> p.number() != null).count();
        boolean handsOver = opening.stream().anyMatch(p -> FOLLOWING_TEXT.matcher(p).find());
        boolean cited = paragraphs.stream().anyMatch(p -> CITES_STATEMENT.matcher(p.text()).find());
        boolean titledAsDocument = (JOINT.matcher(title).find() || NAMED_DECLARATION.matcher(title).find())
                && !ISSUE_VERB.matcher(title).find() && !cited;
        if (titledAsDocument || handsOver || numbered >= 3) {
            return "joint statement";
        }
        return "news report";
    }
}
