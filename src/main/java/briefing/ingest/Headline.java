package briefing.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the headline among the lines that open a collected text, before its first real paragraph: the
 * first line that reads as a headline, past what pages put above it (site names, section labels, menus,
 * a lone name or place, captions, time stamps). Pure: it reads lines and returns where the headline is.
 */
final class Headline {

    /**
     * The chosen headline: the indices of its first and last line in the list (a headline wrapped onto a
     * second line spans two) and its text without a site label glued before or after it.
     */
    record Choice(int first, int last, String title) {
        Choice {
            if (first < 0 || last < first || title.isBlank()) {
                throw new IllegalArgumentException("not a headline: " + first + ".." + last + " '" + title + "'");
            }
        }
    }

    /** A headline has no more words than this (long official titles reach 22) and no sentence ending. */
    static final int MAX_WORDS = 26;
    /** A line shorter than this is a label ("English", "Making news"), not a headline. */
    private static final int MIN_WORDS = 3;
    /** A line with more words than this that ends a sentence is prose: the headline comes before it. */
    private static final int PROSE_WORDS = 8;
    /** A line with a date and no more words than this is a dateline ("Brussels, 14 December 2022"). */
    private static final int DATELINE_WORDS = 6;
    private static final int HARD_WRAP_WIDTH = 100;
    /** Hard-wrapped paragraphs fill their lines to about this width; a headline stops short. */
    private static final int WRAPPED_LINE = 60;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    /** Menu items, bullets and bylines. */
    private static final Pattern LIST_OR_BYLINE = Pattern.compile("^(?:[-•*·]\\s|By\\s)");
    /** A list item: a menu's, or a summary's set above the headline ("Cliff Notes", "Key points"). */
    private static final Pattern BULLET = Pattern.compile("^[-•*·]\\s");
    /**
     * A page or database that gives its fields by name sets its title so: "[Title] Chairman's Statement of
     * the Tenth ASEAN-Japan Summit", "Title: ...". The field's name is noise, the rest the headline.
     */
    static final Pattern TITLE_FIELD = Pattern.compile("^\\s*(\\[Title\\]|Title\\s*:)\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE);
    /** Captions and credits: they name their source, or who stands where in the picture ("(left)", "(R)"). */
    private static final Pattern CREDIT = Pattern.compile("(?i)\\b(?:photo|picture|image)\\s*(?::|by\\b)|\\(photo\\b"
            + "|\\((?:left|right|centre|center|second (?:left|right)|L|R|C)\\)");
    /**
     * A dateline or agency credit before a report's first words: "Jakarta (ANTARA) – ", "PUTRAJAYA, Dec 16 — ",
     * "(VOVWORLD) - ", "SEOUL-- ", "KUALA LUMPUR: ". Runs of spaces are taken possessively: a line of
     * thousands of spaces must not be tried every way (it took seconds).
     */
    private static final Pattern LEADING_DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}\\p{N} .,'’\\[\\]]{0,50}?\\s*+(?:\\([^)]{1,30}\\)\\s*+)?|\\([^)]{1,30}\\)\\s*+)"
                    + "(?:--|(?<=\\s)[-–—]|—)\\s*"
                    + "|^\\p{Lu}[\\p{Lu} ]{2,30}:\\s+");
    /** A fallback title longer than this is cut at a word boundary. */
    static final int TITLE_CHARS = 110;
    /** Words that end in a dot without ending a sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "jr", "sr", "st",
            "gen", "gov", "sen", "rep", "prof", "capt", "col", "lt", "no", "inc", "corp", "ltd", "vs", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?][\"”’)]*(?=\\s+[\"“‘(]?\\p{Lu}|\\s*$)");
    /** A line ending like this is cut or is a label before something else ("Hanoi (VNA) –", "Song Minh |"). */
    private static final Pattern OPEN_END = Pattern.compile("[,|:\\-–—/•]\\s*$");
    /** "FROM THE WHITE HOUSE Joint Statement of ...": an upper-case site label glued before the headline. */
    private static final Pattern GLUED_LABEL = Pattern.compile("^(?:\\p{Lu}{2,}\\s+){2,}(?=\\p{Lu}\\p{Ll})");
    /** "... in Southeast Asia – Xinhua", "... | Reuters": a site name after the headline, as page titles carry it. */
    private static final Pattern SITE_SUFFIX = Pattern.compile(
            "\\s+[–—|]\\s+\\p{Lu}[\\p{L}.&']*(?:\\s+\\p{Lu}[\\p{L}.&']*){0,2}$");

    private Headline() {
    }

    /** The headline among {@code lines} (each {lineNumber, text}; blank text is a blank line), if one reads as such. */
    static Optional<Choice> choose(List<String[]> lines) {
        Optional<Choice> repeated = repeated(lines);
        Optional<Choice> placed = placed(lines);
        // A repeated line wins over the first that reads as a headline unless that one is longer: page
        // furniture repeats too ("Print this page"), and a headline says more than a menu item.
        if (repeated.isPresent() && (placed.isEmpty() || words(placed.get().title()) <= words(repeated.get().title()))) {
            return repeated;
        }
        return placed;
    }

    /** The first line that reads as a headline where it stands: it opens a block, stands alone and text follows. */
    private static Optional<Choice> placed(List<String[]> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i)[1];
            if (line.isEmpty()) {
                continue;
            }
            if (BULLET.matcher(line).find()) {
                continue; // a list item, however long, is a menu's or a summary's: the headline may follow it
            }
            if (isProse(line) || wrapped(lines, i)) {
                return Optional.empty();
            }
            for (int last : continued(lines, i) ? List.of(i + 1, i) : List.of(i)) {
                if (readsAsHeadline(joined(lines, i, last)) && opensBlock(lines, i) && standsAlone(lines, last)
                        && followedByText(lines, last)) {
                    return Optional.of(choice(lines, i, last));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A line that reads as a headline and stands twice before the text's first prose: pages repeat their
     * headline (above the article and again in its heading block, or as a breadcrumb), and nothing else
     * of a page's furniture reads as a headline twice ("About KBS Go to KBS" stands once).
     */
    private static Optional<Choice> repeated(List<String[]> lines) {
        int prose = firstProse(lines);
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < prose; i++) {
            String text = lines.get(i)[1].strip();
            if (text.isEmpty() || !readsAsHeadline(text)) {
                continue;
            }
            Integer earlier = first.putIfAbsent(text, i);
            if (earlier != null) {
                return Optional.of(choice(lines, earlier, earlier));
            }
        }
        return Optional.empty();
    }

    /**
     * The page's labels before the first line of prose in a text with no headline: lines of a word or two
     * ("English", "Politics", "(Unofficial Translation)") and menu items. A short capitalised line stays: with
     * no headline found it may be one ("Vietnam-China Joint Statement") that the name rule passed over.
     * Headings in capitals and numbered lines are the statement's structure and stay too.
     */
    static List<Integer> labelsBeforeProse(List<String[]> lines) {
        List<Integer> labels = new java.util.ArrayList<>();
        int prose = firstProse(lines);
        for (int i = 0; i < prose; i++) {
            String text = lines.get(i)[1].strip();
            boolean structure = TextLayout.isHeading(text) || TextLayout.numbered(text).isPresent();
            boolean alone = i == 0 || lines.get(i - 1)[1].isEmpty() || labels.contains(i - 1);
            if (!text.isEmpty() && !structure && alone && !continued(lines, i)
                    && (words(text) < MIN_WORDS || LIST_OR_BYLINE.matcher(text).find())) {
                labels.add(i);
            }
        }
        return labels;
    }

    /** The index of the first line of prose, or 0 when the text has none (then nothing precedes it). */
    private static int firstProse(List<String[]> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!BULLET.matcher(lines.get(i)[1]).find() && (isProse(lines.get(i)[1]) || wrapped(lines, i))) {
                return i;
            }
        }
        return 0;
    }

    /** A line of prose: a long line, or a sentence of some length. */
    static boolean isProse(String line) {
        int words = words(line);
        return words > MAX_WORDS || words > PROSE_WORDS && TextLayout.endsSentence(line) && !CREDIT.matcher(line).find()
                && !asksOrExclaims(line);
    }

    /** A headline may ask or exclaim ("What next for Vietnam-US ties?"); prose that does so runs longer. */
    private static final int QUESTION_WORDS = 16;
    private static final Pattern QUESTION_END = Pattern.compile("[?!][\"”’)]*\\s*$");

    private static boolean asksOrExclaims(String line) {
        return words(line) <= QUESTION_WORDS && QUESTION_END.matcher(line).find();
    }

    /**
     * A headline in capitals ("VICE PRESIDENT HARRIS LAUNCHES NEW INITIATIVES ..."): five words or more and
     * no section number; fewer are a site's label ("THE WHITE HOUSE", "FROM THE WHITE HOUSE") or a section's.
     */
    private static final int CAPITALS_HEADLINE_WORDS = 5;

    private static boolean isSectionHeading(String text) {
        return TextLayout.isHeading(text)
                && (words(text) < CAPITALS_HEADLINE_WORDS || SECTION_NUMBER.matcher(text).lookingAt());
    }

    /** A section's number ("1.", "2.1", "II."); a letter and a dot open a capitals headline too ("S. KOREA, ..."). */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3})*[.)]?|[IVXLC]{1,6}[.)])\\s+");

    /**
     * Whether one line reads as a headline: a few words, not a sentence, not a heading in capitals (those
     * open numbered statements), not a list item, byline, caption or time stamp, not a dateline (a short
     * line with a date, or a place and a day without a year before the text), and not a bare name: up to
     * four words all capitalised are taken for a site, person or place ("Kuala Lumpur Convention Centre",
     * "Global Renewable News"). That passes over a short title-case headline too ("Vietnam-China Joint
     * Statement"); the fallback title keeps such a line, so it is not lost when nothing else reads better.
     */
    static boolean readsAsHeadline(String line) {
        String text = line.strip();
        int words = words(text);
        return words >= MIN_WORDS && words <= MAX_WORDS && (!TextLayout.endsSentence(text) || asksOrExclaims(text))
                && !isSectionHeading(text)
                && TextLayout.numbered(text).isEmpty() && !LIST_OR_BYLINE.matcher(text).find()
                && !CREDIT.matcher(text).find() && !OPEN_END.matcher(text).find()
                && !(TextLayout.dateIn(text).isPresent() && words <= DATELINE_WORDS) && !CLOCK.matcher(text).find()
                && TextLayout.datelineWithoutYear(text).isEmpty()
                && !(words <= 4 && allCapitalised(text)) && !isName(text);
    }

    /**
     * A headline does not continue the line above it (that line is blank, ends a sentence, or is a label or
     * caption) and does not start in lower case: else it is the middle of a hard-wrapped paragraph.
     */
    private static boolean opensBlock(List<String[]> lines, int i) {
        String above = i == 0 ? "" : lines.get(i - 1)[1].strip();
        boolean continues = !above.isEmpty() && !TextLayout.endsSentence(above) && !CREDIT.matcher(above).find()
                && words(above) >= MIN_WORDS && !TextLayout.isHeading(above) && !LIST_OR_BYLINE.matcher(above).find();
        return !continues && !Character.isLowerCase(lines.get(i)[1].codePointAt(0));
    }

    /**
     * A line directly followed by short lines may be the first line of a hard-wrapped paragraph: it is one
     * when it and the line after it both fill the width such paragraphs are wrapped at.
     */
    private static boolean standsAlone(List<String[]> lines, int i) {
        String next = i + 1 < lines.size() ? lines.get(i + 1)[1] : "";
        return next.isEmpty() || next.length() > HARD_WRAP_WIDTH || !wrapped(lines, i);
    }

    /** Whether line {@code i} and the one after it both fill the width hard-wrapped paragraphs have. */
    private static boolean wrapped(List<String[]> lines, int i) {
        String next = i + 1 < lines.size() ? lines.get(i + 1)[1] : "";
        int width = lines.get(i)[1].length();
        // A page that sets its title twice (the page's title, then the article's) repeats the line: no wrapping.
        return width >= WRAPPED_LINE && width <= HARD_WRAP_WIDTH && next.length() >= WRAPPED_LINE
                && next.length() <= HARD_WRAP_WIDTH && !key(next).equals(key(lines.get(i)[1]));
    }

    private static boolean followedByText(List<String[]> lines, int i) {
        return lines.stream().skip(i + 1L).anyMatch(l -> !l[1].isEmpty());
    }

    private static String joined(List<String[]> lines, int first, int last) {
        return String.join(" ", lines.subList(first, last + 1).stream().map(l -> l[1].strip()).toList());
    }

    /** Whether the line after {@code i} continues it: it follows directly and starts in lower case. */
    private static boolean continued(List<String[]> lines, int i) {
        String next = i + 1 < lines.size() ? lines.get(i + 1)[1].strip() : "";
        return !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
    }

    /**
     * The headline on lines {@code first} to {@code last}: a wrapped headline's second line starts in lower
     * case ("Joint Statement" / "on the New Partnership Between Japan and Cambodia").
     */
    private static Choice choice(List<String[]> lines, int first, int last) {
        String title = joined(lines, first, last);
        String bare = SITE_SUFFIX.matcher(GLUED_LABEL.matcher(title).replaceFirst("")).replaceFirst("").strip();
        return new Choice(first, last, words(bare) >= MIN_WORDS ? bare : title);
    }

    /** The small words an institution's name keeps in lower case ("Ministry of Foreign Affairs of Japan"). */
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("of", "the", "and", "for", "&");
    /** A document's title names the document ("Declaration of the Leaders of Japan and Vietnam"): no site's name. */
    private static final Pattern DOCUMENT = Pattern.compile(
            "(?i)\\b(?:statement|declaration|communiqu[eé]|readout|remarks|fact sheet|press release|joint)\\b");
    /** A name is written with no comma, colon or figure: a headline has its verb, its list or its number. */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[,:;\\d'‘’\"“”?!]");

    /**
     * A name longer than the bare-name rule's four words: at most four capitalised words joined by "of",
     * "the", "and" ("Ministry of Foreign Affairs of Japan", "Office of the Spokesperson"), as a site or
     * an institution sets its own above a headline. A headline with as few words names what happened.
     */
    private static boolean isName(String text) {
        if (NOT_IN_NAME.matcher(text).find() || DOCUMENT.matcher(text).find()) {
            return false;
        }
        int capitalised = 0;
        boolean joined = false;
        for (String word : SPACES.split(text)) {
            if (NAME_JOINERS.contains(word)) {
                joined = true;
            } else if (Character.isUpperCase(word.codePointAt(0))) {
                capitalised++;
            } else {
                return false;
            }
        }
        return joined && capitalised <= 4;
    }

    private static boolean allCapitalised(String text) {
        for (String word : SPACES.split(text)) {
            int first = word.codePoints().filter(Character::isLetter).findFirst().orElse('A');
            if (Character.isLowerCase(first)) {
                return false;
            }
        }
        return true;
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : SPACES.split(stripped).length;
    }

    /** The same line written with other case or spacing, as a repeat of the headline may be. */
    static String key(String line) {
        return SPACES.matcher(line.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Whether an opening heading in capitals can be the title: not a time stamp ("2:56 P.M. MYT") or date. */
    static boolean headingCanBeTitle(String heading) {
        return !CLOCK.matcher(heading).find() && TextLayout.dateIn(heading).isEmpty();
    }

    /**
     * The title of a text with no headline line: the first sentence of its first paragraph that is not a
     * caption, credit, date line, time or label, without a leading dateline, cut at a word boundary with "…"
     * when long. It is what the text itself says first; the real headline is not in the file, and a title
     * made of other words (a summary) would be invented.
     */
    static String fromOpening(List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            String text = LEADING_DATELINE.matcher(paragraph).replaceFirst("").strip();
            boolean dateOnly = (TextLayout.dateIn(text).isPresent() || CLOCK.matcher(text).find()) && words(text) <= PROSE_WORDS;
            // A short capitalised block may be a name ("Kuala Lumpur, Malaysia") or a short headline the name
            // rule passed over ("Vietnam-China Joint Statement"): it is kept, as a title that is the text's own.
            boolean label = words(text) < MIN_WORDS || OPEN_END.matcher(text).find() || LIST_OR_BYLINE.matcher(text).find();
            if (!label && !dateOnly && !CREDIT.matcher(text).find()) {
                return shortened(firstSentence(text));
            }
        }
        return paragraphs.isEmpty() ? "" : shortened(paragraphs.get(0));
    }

    /** The text up to its first sentence end; an initial ("Ferdinand R."), "U.S." or "Jr." ends none. */
    static String firstSentence(String text) {
        java.util.regex.Matcher m = SENTENCE_STOP.matcher(text);
        while (m.find()) {
            int wordStart = m.start();
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, m.start()).replaceAll("^[\"“‘(]+", "");
            boolean initial = word.length() <= 1 || word.contains(".");
            if (!initial && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
                return text.substring(0, m.start() + 1).strip();
            }
        }
        return text.strip();
    }

    private static String shortened(String sentence) {
        String s = sentence.strip();
        if (s.length() <= TITLE_CHARS) {
            return s.replaceAll("[.:;]$", "");
        }
        int cut = s.lastIndexOf(' ', TITLE_CHARS);
        return s.substring(0, cut > 0 ? cut : TITLE_CHARS).replaceAll("[,;:]$", "") + "…";
    }
}
