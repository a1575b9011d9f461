package briefing.ingest;

import briefing.model.Slugs;
import briefing.model.CleaningRule;
import briefing.model.LeftOut;
import briefing.model.Paragraph;
import briefing.model.ParagraphRole;
import briefing.model.Section;
import briefing.model.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Turns the raw text of one statement into sections and paragraphs with stable anchors, whatever its
 * layout: one paragraph per line or blank-line separated, hard-wrapped or not, numbered ({@code 4.},
 * {@code 2.1.1}) or not, with upper-case section headings or transcript speaker labels. Collection noise
 * (the {@code date} marker, {@code Source:} and {@code Comment (N)} lines, image stubs) is kept out of the
 * text and reported back as facts about the statement; so is what the editors' cleaning rules recognise
 * (captions, credits, bylines, time stamps, page menus) and the headline, each recorded as left out.
 *
 * <p>Anchors: numbered paragraphs are {@code p<number>} ({@code p4}, {@code p2-1-1}); when numbers restart
 * per section they are qualified by the section's position ({@code s2-p1}). Every other paragraph is named
 * by the slug of its own first words, so editing text elsewhere never moves it; a repeat gets {@code -2}.
 */
public final class StatementParser {

    private static final int HARD_WRAP_WIDTH = 100;
    private static final int ANCHOR_WORDS = 6;
    private static final int ANCHOR_CHARS = 48;

    private sealed interface Item permits Heading, Block {
        int line();
    }

    private record Heading(String title, int line) implements Item {
    }

    private record Block(String number, String speaker, StringBuilder text, int line) implements Item {
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final List<CleaningRule> rules;

    /** A parser that knows only the built-in noise (date marker, Source: and Comment lines, image stubs). */
    public StatementParser() {
        this(List.of());
    }

    /** A parser that also leaves out what the editors' cleaning rules recognise. */
    public StatementParser(List<CleaningRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Parses one statement's decoded text; {@code file} names it in every {@link SourceRef}. */
    public ParsedText parse(String text, SourceRef file) {
        Optional<LocalDate> markerDate = Optional.empty();
        Optional<String> sourceUrl = Optional.empty();
        List<String[]> lines = new ArrayList<>(); // {lineNumber, text}, noise removed
        List<LeftOut> leftOut = new ArrayList<>();
        List<String> removedLines = new ArrayList<>(); // the lines a whole-line rule took, their spaces made one
        String[] raw = text.split("\n", -1);
        boolean seenContent = false;
        int titleField = -1; // the index in lines of a line given as the title field, if any
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (!seenContent && !line.isBlank()) {
                seenContent = true;
                Matcher marker = TextLayout.DATE_MARKER.matcher(line);
                if (marker.matches()) {
                    markerDate = parseDate(marker.group(1));
                    line = marker.group(2);
                }
            }
            Matcher source = TextLayout.SOURCE_LINE.matcher(line);
            if (source.matches()) {
                Matcher url = TextLayout.URL.matcher(source.group(1));
                if (url.find() && sourceUrl.isEmpty()) {
                    sourceUrl = Optional.of(url.group());
                }
                line = "";
            } else if (TextLayout.COMMENT_LINE.matcher(line).matches()) {
                line = "";
            }
            line = TextLayout.IMAGE_STUB.matcher(line).replaceAll("").strip();
            Matcher field = Headline.TITLE_FIELD.matcher(line);
            if (titleField < 0 && field.matches()) {
                leftOut.add(new LeftOut(i + 1, field.group(1), "title field"));
                line = field.group(2).strip();
                titleField = lines.size();
            }
            line = clean(line, i + 1, leftOut, removedLines);
            lines.add(new String[] {Integer.toString(i + 1), line});
        }
        leaveOutRepeats(lines, removedLines, leftOut);
        // A title given as a field is the headline whatever stands above it (the database's own header).
        int field = titleField;
        Optional<Headline.Choice> choice = field >= 0 && !lines.get(field)[1].isEmpty()
                ? Optional.of(new Headline.Choice(field, field, lines.get(field)[1])) : Headline.choose(lines);
        Optional<String> headline = choice.map(c -> headline(lines, c, leftOut));
        if (choice.isEmpty()) {
            for (int i : Headline.labelsBeforeProse(lines)) {
                leftOut.add(new LeftOut(Integer.parseInt(lines.get(i)[0]), lines.get(i)[1], "label before the text"));
                lines.get(i)[1] = "";
            }
        }
        int headlineLine = choice.map(c -> Integer.parseInt(lines.get(c.first())[0])).orElse(0);

        boolean transcript = lines.stream().filter(l -> !l[1].isEmpty() && !TextLayout.isHeading(l[1]))
                .filter(l -> TextLayout.speakerTurn(l[1]).isPresent()).count() >= 2;
        boolean spoken = spokenTurns(lines);
        if (!transcript) {
            cleanOpening(lines, leftOut);
        }
        List<Item> items = items(lines, transcript);
        String title = headline.orElseGet(() -> titleCandidate(items));
        if (isTitleHeading(items)) {
            items.remove(0);
        }
        List<Section> sections = new ArrayList<>();
        List<Paragraph> paragraphs = paragraphs(items, file, sections);

        Optional<OpeningDate.Found> textDate = OpeningDate.of(opening(paragraphs, leftOut, headlineLine), markerDate,
                latestFullYear(paragraphs));
        leftOut.sort(java.util.Comparator.comparingInt(LeftOut::line));
        return new ParsedText(sections, paragraphs, markerDate, textDate, sourceUrl, title, transcript, leftOut,
                TextKind.of(title, paragraphs, spoken, above(paragraphs, leftOut), leftOut.stream().map(LeftOut::text).toList()));
    }

    /**
     * The opening, where a text says when its event was: its first three paragraphs and what was left out
     * before the third (a time stamp, a dateline), in reading order, but the lines after the headline before
     * those above it (above a headline stand the page's own things, such as a republisher's date).
     */
    /** The latest year of a full date the paragraphs write (not after "since", not a time stamp). */
    private static Optional<Integer> latestFullYear(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(p -> TextLayout.datedIn(p.text())
                        .filter(d -> !TextLayout.isTimeStamp(p.text(), d) && !TextLayout.afterHistoryWord(p.text(), d.start())))
                .flatMap(Optional::stream).map(d -> d.date().getYear()).max(Integer::compare);
    }

    private static List<OpeningDate.Line> opening(List<Paragraph> paragraphs, List<LeftOut> leftOut, int headlineLine) {
        int openingEnds = paragraphs.size() > 2 ? paragraphs.get(2).source().line() : Integer.MAX_VALUE;
        List<OpeningDate.Line> opening = new ArrayList<>();
        leftOut.stream().filter(l -> l.line() <= openingEnds)
                .forEach(l -> opening.add(new OpeningDate.Line(l.line(), l.text())));
        paragraphs.stream().limit(3).forEach(p -> opening.add(new OpeningDate.Line(p.source().line(), p.text())));
        opening.sort(java.util.Comparator.comparing((OpeningDate.Line l) -> l.number() < headlineLine)
                .thenComparingInt(OpeningDate.Line::number));
        return opening;
    }

    /** The lines left out above the first paragraph (a page's labels, menus and stamps), in order. */
    private static List<String> above(List<Paragraph> paragraphs, List<LeftOut> leftOut) {
        int first = paragraphs.isEmpty() ? Integer.MAX_VALUE : paragraphs.get(0).source().line();
        return leftOut.stream().filter(l -> l.line() < first).map(LeftOut::text).toList();
    }

    /** A turn says something: a few words, or a sentence ("Thank you."); "Category: News" is a page's label. */
    private static final int TURN_WORDS = 4;

    /**
     * Whether the text is set as speaker turns, for its kind: two turns that say something, or one whose
     * speaker is named by a role ("PRESIDENT OBAMA:", "JAPANESE PRIME MINISTER FUMIO KISHIDA:"), as a
     * transcript cut after its first speaker still is; a place before a colon ("KUALA LUMPUR:") names no
     * role and is a dateline. (How paragraphs are split keeps to the plain two-turn test: a label file marks
     * a lone turn's speaker as part of its paragraph.)
     */
    private static boolean spokenTurns(List<String[]> lines) {
        List<String[]> turns = lines.stream().filter(l -> !l[1].isEmpty() && !TextLayout.isHeading(l[1]))
                .map(l -> TextLayout.speakerTurn(l[1])).flatMap(Optional::stream)
                .filter(turn -> SPACES.split(turn[1]).length >= TURN_WORDS || TextLayout.endsSentence(turn[1])).toList();
        return turns.size() >= 2 || turns.stream().anyMatch(turn -> ROLE.matcher(turn[0]).find());
    }

    /** Words that make "X:" a speaker, not a place: "PRESIDENT MARCOS:", "Q:", "MODERATOR:". */
    private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile("(?i)\\b(?:president|minister|secretary"
            + "|moderator|chancellor|ambassador|spokes(?:person|man|woman)|mr|ms|mrs|dr|q|question|answer|chair(?:man|woman)?"
            + "|governor|senator|king|queen|emir|sultan|premier|pm|host|reporter|journalist|participant|official|general"
            + "|admiral|director|deputy|vice|foreign|defen[cs]e|commissioner|leader|speaker|mayor)\\b");
    /**
     * The line less what the cleaning rules recognise in it; each removal is recorded. A whole-line rule
     * is tried on the line with its runs of spaces made one; a rule that reads more of a line than its
     * budget allows ({@link BoundedText}) is taken as not matching that line.
     */
    private String clean(String line, int lineNo, List<LeftOut> leftOut, List<String> removedLines) {
        String rest = line;
        String spaced = null; // the rest with its runs of spaces made one, made once per change of the rest
        for (CleaningRule rule : rules) {
            if (rest.isEmpty()) {
                break;
            }
            if (rule.removes() == CleaningRule.Removes.OPENING) {
                continue; // only on the text's first line, once its headline is known (cleanOpening)
            }
            try {
                if (rule.removes() == CleaningRule.Removes.LINE) {
                    spaced = spaced != null ? spaced : SPACES.matcher(rest).replaceAll(" ");
                    if (rule.pattern().matcher(new BoundedText(spaced)).matches()) {
                        leftOut.add(new LeftOut(lineNo, rest, rule.name()));
                        removedLines.add(spaced.strip());
                        rest = "";
                    }
                } else {
                    Matcher m = rule.pattern().matcher(new BoundedText(rest));
                    StringBuilder kept = new StringBuilder();
                    List<LeftOut> parts = new ArrayList<>();
                    while (m.find()) {
                        if (!m.group().isBlank()) {
                            parts.add(new LeftOut(lineNo, m.group().strip(), rule.name()));
                        }
                        m.appendReplacement(kept, " ");
                    }
                    m.appendTail(kept);
                    leftOut.addAll(parts);
                    String next = kept.toString().strip();
                    if (!next.equals(rest)) {
                        rest = next;
                        spaced = null;
                    }
                }
            } catch (BoundedText.TooSlow e) {
                // The rule gave up on this line: the line stays as it is.
            }
        }
        return rest;
    }

    /** Words a line needs to be taken for a repeat: a name or "Photo" alone repeats nothing. */
    private static final int REPEAT_WORDS = 5;

    /**
     * Leaves out a line that a line left out by a whole-line rule begins with: a page sets a caption twice,
     * as the picture's text and again under it with its credit ("... New Delhi, Saturday, Jan. 25, 2025." and
     * "... New Delhi, Saturday, Jan. 25, 2025. (Photo| PTI)"). Only a sentence of a few words: a headline
     * (no full stop) that a caption happens to begin with stays.
     */
    private static void leaveOutRepeats(List<String[]> lines, List<String> removedLines, List<LeftOut> leftOut) {
        if (removedLines.isEmpty()) {
            return;
        }
        for (String[] line : lines) {
            String spaced = SPACES.matcher(line[1]).replaceAll(" ").strip();
            if (spaced.isEmpty() || SPACES.split(spaced).length < REPEAT_WORDS || !TextLayout.endsSentence(spaced)) {
                continue;
            }
            if (removedLines.stream().anyMatch(removed -> removed.startsWith(spaced))) {
                leftOut.add(new LeftOut(Integer.parseInt(line[0]), line[1], "repeat of a line left out"));
                line[1] = "";
            }
        }
    }

    /** A match in small letters ending in a colon: a label ("Maritime Security:"), or a dateline only on the first line. */
    private static final java.util.regex.Pattern LABEL_COLON = java.util.regex.Pattern.compile(".*\\p{Ll}.*:\\s*", java.util.regex.Pattern.DOTALL);

    /** How many of the text's first lines after its headline may hold its dateline. */
    private static final int OPENING_REACH = 4;

    /**
     * The dateline a report is filed under ("NEW DELHI:", "TOKYO (Jiji Press) —", "PUTRAJAYA, Dec 16 —"),
     * taken from the start of the first line that opens with one among the text's first lines after its
     * headline: a page may set a lead, a caption or its credit above the line the report starts on. The
     * first rule that matches takes its match; the rest of the line stays. A speaker's turn ("SECRETARY
     * BLINKEN: Well, ...") is no dateline, and the search stops at it.
     */
    private void cleanOpening(List<String[]> lines, List<LeftOut> leftOut) {
        List<String[]> firstLines = lines.stream().filter(l -> !l[1].isEmpty()).limit(OPENING_REACH).toList();
        for (int i = 0; i < firstLines.size(); i++) {
            String[] line = firstLines.get(i);
            if (TextLayout.speakerTurn(line[1]).filter(turn -> ROLE.matcher(turn[0]).find()).isPresent()) {
                return;
            }
            if (cleanOpening(line, leftOut, i == 0)) {
                return;
            }
        }
    }

    /**
     * Whether an opening rule took the start of this line. Below the first line, words in small letters before
     * a colon are a label of the text ("Maritime Security: The United States will ..."), not a dateline:
     * there a dateline before a colon is in capitals ("NEW DELHI:").
     */
    private boolean cleanOpening(String[] line, List<LeftOut> leftOut, boolean firstLine) {
        for (CleaningRule rule : rules) {
            if (rule.removes() != CleaningRule.Removes.OPENING) {
                continue;
            }
            try {
                Matcher m = rule.pattern().matcher(new BoundedText(line[1]));
                if (m.lookingAt() && m.end() > 0 && m.end() < line[1].length()
                        && (firstLine || !LABEL_COLON.matcher(m.group()).matches())) {
                    leftOut.add(new LeftOut(Integer.parseInt(line[0]), m.group().strip(), rule.name()));
                    line[1] = line[1].substring(m.end()).strip();
                    return true;
                }
            } catch (BoundedText.TooSlow e) {
                // The rule gave up on this line: the line stays as it is.
            }
        }
        return false;
    }

    /**
     * The headline ({@link Headline}) is the title and not a paragraph: its line (two when it is wrapped)
     * and any later line that repeats it are left out, and so is what stands above it: no prose comes
     * before a headline (the choice stops at the first), only the page's labels, menus, names and stamps.
     * Short or numbered lines in capitals are left to the heading rules (a heading may open a numbered
     * statement); a line in capitals of five words or more before any prose is a headline.
     */
    private static String headline(List<String[]> lines, Headline.Choice choice, List<LeftOut> leftOut) {
        for (String[] line : lines.subList(0, choice.first())) {
            if (!line[1].isEmpty()) {
                leftOut.add(new LeftOut(Integer.parseInt(line[0]), line[1], "above the headline"));
                line[1] = "";
            }
        }
        Set<String> keys = new HashSet<>();
        for (int i = choice.first(); i <= choice.last(); i++) {
            keys.add(Headline.key(lines.get(i)[1]));
        }
        for (String[] line : lines) {
            if (!line[1].isEmpty() && keys.contains(Headline.key(line[1]))) {
                leftOut.add(new LeftOut(Integer.parseInt(line[0]), line[1], "headline"));
                line[1] = "";
            }
        }
        return choice.title();
    }

    /** Groups lines into headings and paragraph blocks. */
    private static List<Item> items(List<String[]> lines, boolean transcript) {
        List<Item> items = new ArrayList<>();
        List<String[]> block = new ArrayList<>();
        for (String[] line : lines) {
            if (line[1].isEmpty()) {
                addBlock(items, block, transcript);
                block.clear();
            } else {
                block.add(line);
            }
        }
        addBlock(items, block, transcript);
        return items;
    }

    /** Adds one blank-line-separated block; in a transcript an unlabelled paragraph keeps the last speaker. */
    private static void addBlock(List<Item> items, List<String[]> block, boolean transcript) {
        if (block.isEmpty()) {
            return;
        }
        String lastSpeaker = null;
        for (int i = items.size() - 1; i >= 0 && transcript; i--) {
            if (items.get(i) instanceof Heading) {
                break;
            }
            if (items.get(i) instanceof Block b && b.speaker() != null) {
                lastSpeaker = b.speaker();
                break;
            }
        }
        boolean hardWrapped = block.size() > 1
                && block.subList(0, block.size() - 1).stream().allMatch(l -> l[1].length() <= HARD_WRAP_WIDTH);
        Block current = null;
        for (String[] line : block) {
            int lineNo = Integer.parseInt(line[0]);
            String text = line[1];
            if (TextLayout.isHeading(text)) {
                items.add(new Heading(text, lineNo));
                current = null;
                lastSpeaker = null;
                continue;
            }
            Optional<String[]> numbered = TextLayout.numbered(text);
            Optional<String[]> turn = transcript ? TextLayout.speakerTurn(text) : Optional.empty();
            if (numbered.isPresent()) {
                current = new Block(numbered.get()[0], null, new StringBuilder(numbered.get()[1]), lineNo);
                items.add(current);
            } else if (turn.isPresent()) {
                current = new Block(null, turn.get()[0], new StringBuilder(turn.get()[1]), lineNo);
                items.add(current);
                lastSpeaker = current.speaker();
            } else if (current == null || !hardWrapped && TextLayout.endsSentence(current.text().toString())) {
                String speaker = current == null ? lastSpeaker : current.speaker();
                current = new Block(null, speaker, new StringBuilder(text), lineNo);
                items.add(current);
            } else {
                current.text().append(' ').append(text);
            }
        }
    }

    /** Assigns roles, sections and anchors, in reading order. */
    private static List<Paragraph> paragraphs(List<Item> items, SourceRef file, List<Section> sections) {
        boolean structured = items.stream().anyMatch(i -> i instanceof Heading || i instanceof Block b && b.number() != null);
        int lastNumbered = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Block b && b.number() != null) {
                lastNumbered = i;
            }
        }
        Set<String> numbers = new HashSet<>();
        boolean numbersRepeat = false;
        for (Item item : items) {
            if (item instanceof Block b && b.number() != null && !numbers.add(b.number())) {
                numbersRepeat = true;
            }
        }

        Set<String> used = new HashSet<>();
        // Numbered anchors first, so a slug can never take a number's anchor.
        Map<Item, String> anchors = new IdentityHashMap<>();
                int sectionCount = 0;
        for (Item item : items) {
            if (item instanceof Heading) {
                sectionCount++;
            }
            if (item instanceof Block b && b.number() != null) {
                String anchor = "p" + b.number().replace('.', '-');
                if (numbersRepeat) {
                    anchor = "s" + sectionCount + "-" + anchor;
                }
                anchors.put(item, unique(anchor, used));
            }
        }

        List<Paragraph> out = new ArrayList<>();
        Section section = null;
        boolean seenStructure = false;
        boolean previousNumberedInSection = false;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item instanceof Heading h) {
                String slug = Slugs.ofWords(h.title(), ANCHOR_WORDS, ANCHOR_CHARS);
                String anchor = unique("s-" + (slug.isEmpty() ? Slugs.hash(h.title()) : slug), used);
                section = new Section(anchor, h.title(), file.atLine(h.line()));
                sections.add(section);
                seenStructure = true;
                previousNumberedInSection = false;
                continue;
            }
            Block b = (Block) item;
            String text = b.text().toString().strip();
            ParagraphRole role;
            if (b.number() != null) {
                role = ParagraphRole.NUMBERED;
                seenStructure = true;
                previousNumberedInSection = true;
            } else if (!structured) {
                role = ParagraphRole.BODY;
            } else if (!seenStructure) {
                role = ParagraphRole.PREAMBLE;
            } else if (lastNumbered >= 0 && i > lastNumbered) {
                role = ParagraphRole.CLOSING;
            } else if (previousNumberedInSection) {
                role = ParagraphRole.CONTINUATION;
            } else {
                role = ParagraphRole.BODY;
            }
            String anchor = anchors.get(item);
            if (anchor == null) {
                String slug = Slugs.ofWords(text, ANCHOR_WORDS, ANCHOR_CHARS);
                anchor = unique(slug.isEmpty() ? "t-" + Slugs.hash(text) : slug, used);
            }
            String sectionAnchor = role == ParagraphRole.CLOSING || role == ParagraphRole.PREAMBLE || section == null
                    ? null : section.anchor();
            out.add(new Paragraph(anchor, b.number(), sectionAnchor, b.speaker(), text, role, file.atLine(b.line())));
        }
        return out;
    }

    /**
     * An unnumbered heading that opens the text, followed by prose or another heading rather than by a
     * numbered paragraph, is the document's title, not a section.
     */
    private static boolean isTitleHeading(List<Item> items) {
        if (items.isEmpty() || !(items.get(0) instanceof Heading h) || TextLayout.hasHeadingPrefix(h.title())) {
            return false;
        }
        return items.size() == 1 || !(items.get(1) instanceof Block b && b.number() != null);
    }

    private static String unique(String anchor, Set<String> used) {
        String candidate = anchor;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = anchor + "-" + n;
        }
        return candidate;
    }

    /**
     * The title when the text has no headline line: a heading that opens it as its title, else the
     * opening's first sentence ({@link Headline#fromOpening}).
     */
    private static String titleCandidate(List<Item> items) {
        if (isTitleHeading(items) && Headline.headingCanBeTitle(((Heading) items.get(0)).title())) {
            return ((Heading) items.get(0)).title();
        }
        return Headline.fromOpening(items.stream().filter(Block.class::isInstance)
                .map(i -> ((Block) i).text().toString().strip()).toList());
    }

    private static Optional<LocalDate> parseDate(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
