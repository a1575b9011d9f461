package briefing.ingest;

import briefing.memo.Memo;
import briefing.model.Slugs;
import briefing.diag.Diagnostic;
import briefing.diag.Diagnostics;
import briefing.model.CleaningRule;
import briefing.model.SourceRef;
import briefing.model.Statement;
import briefing.model.StatementParties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads every statement in the seeds folder: each {@code *.txt} file with, optionally, a YAML metadata
 * file of the same name beside it ({@code .yaml} or {@code .yml}). What the metadata leaves out is
 * inferred from the text (with a warning), and every problem is reported with its file and line.
 */
public final class SeedReader {

    static final List<String> METADATA_FIELDS = List.of("id", "title", "date", "kind", "place", "leaders", "parties", "event", "source");
    private static final List<String> SOURCE_FIELDS = List.of("name", "url");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> METADATA_EXTENSIONS = Set.of("yaml", "yml");

    /**
     * What reading a file's bytes gave, and what reading them said: the preview reads every seed on each
     * rebuild, and decoding and parsing (not reading) are what cost. Reading is pure, so a kept result
     * ({@link Memo}) is reused while the bytes are unchanged, its diagnostics said again.
     */
    private record Remembered<T>(T value, List<Diagnostic> diagnostics) {
    }

    private record Read(Optional<Statement> statement, Diagnostics diagnostics) {
    }

    private final ProjectPaths paths;
    private final StatementParser parser;
    /** What else a parse depends on: the cleaning rules, by their text (a Pattern has no equality). */
    private final List<String> parseContext;
    private final Memo memo;

    public SeedReader(ProjectPaths paths) {
        this(paths, List.of(), Memo.none());
    }

    /** A reader that leaves out of every statement what the editors' cleaning rules recognise. */
    public SeedReader(ProjectPaths paths, List<CleaningRule> rules) {
        this(paths, rules, Memo.none());
    }

    /** As above, reusing the parses {@code memo} kept of files whose bytes are unchanged. */
    public SeedReader(ProjectPaths paths, List<CleaningRule> rules, Memo memo) {
        this.paths = paths;
        this.memo = memo;
        this.parser = new StatementParser(rules);
        this.parseContext = rules.stream()
                .map(r -> r.name() + "\u0000" + r.pattern().pattern() + "\u0000" + r.pattern().flags() + "\u0000" + r.removes())
                .toList();
    }

    public List<Statement> read(Path seedsDir, Diagnostics diagnostics) {
        SourceRef dirRef = SourceRef.file(paths.display(seedsDir));
        if (!Files.isDirectory(seedsDir)) {
            diagnostics.error(dirRef, "the seeds folder does not exist", "create it and put statement .txt files in it");
            return List.of();
        }
        List<Path> files = InputFiles.in(seedsDir, "");
        List<Statement> statements = new ArrayList<>();
        Map<String, SourceRef> ids = new HashMap<>();
        // Statements are read and parsed on every core; their diagnostics and ids are taken in file order.
        Map<Path, Read> read = files.parallelStream().filter(f -> extension(f.getFileName().toString()).equals("txt"))
                .collect(Collectors.toConcurrentMap(f -> f, f -> {
                    Diagnostics found = new Diagnostics();
                    return new Read(readStatement(f, SourceRef.file(paths.display(f)), found), found);
                }));
        for (Path file : files) {
            String name = file.getFileName().toString();
            String extension = extension(name);
            SourceRef ref = SourceRef.file(paths.display(file));
            if (extension.equals("txt")) {
                diagnostics.addAll(read.get(file).diagnostics());
                read.get(file).statement().ifPresent(statement -> {
                    SourceRef first = ids.putIfAbsent(statement.id(), statement.source());
                    if (first != null) {
                        diagnostics.error(statement.source(), "statement id '" + statement.id()
                                + "' is already used by " + first, "give one of them another 'id' in its metadata file");
                    } else {
                        statements.add(statement);
                    }
                });
            } else if (METADATA_EXTENSIONS.contains(extension)) {
                if (!Files.exists(file.resolveSibling(stem(name) + ".txt"))) {
                    diagnostics.error(ref, "metadata file without a statement: no " + stem(name) + ".txt beside it",
                            "rename it to match its statement's .txt file, or remove it");
                }
            } else {
                diagnostics.warning(ref, "ignored: not a statement (.txt) or its metadata (.yaml)",
                        "statements are plain-text .txt files");
            }
        }
        return statements;
    }

    private Optional<Statement> readStatement(Path file, SourceRef ref, Diagnostics diagnostics) {
        byte[] bytes = readBytes(file);
        Optional<ParsedText> read = reuse("parse:" + ref.path(), bytes, parseContext, diagnostics,
                found -> SourceText.decode(bytes, ref, found)
                        .filter(text -> InputBudget.DEFAULT.checkLines(text, ref, found))
                        .map(text -> parser.parse(text, ref))
                        .filter(parsed -> InputBudget.DEFAULT.checkParagraphs(parsed.paragraphs(), ref, found)));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        ParsedText parsed = read.get();
        if (parsed.paragraphs().isEmpty()) {
            diagnostics.error(ref, "the statement has no text", "put the statement's paragraphs in the file, or remove it");
            return Optional.empty();
        }
        Optional<Path> metadataFile = Stream.of("yaml", "yml")
                .map(ext -> file.resolveSibling(stem(file.getFileName().toString()) + "." + ext))
                .filter(Files::exists).findFirst();
        Metadata metadata = metadataFile
                .map(m -> readMetadata(m, diagnostics))
                .orElseGet(Metadata::none);
        return Optional.of(merge(file, ref, parsed, metadata, metadataFile.isPresent(), diagnostics));
    }

    private Statement merge(Path file, SourceRef ref, ParsedText parsed, Metadata metadata, boolean hasMetadataFile,
                            Diagnostics diagnostics) {
        List<String> inferred = new ArrayList<>();
        String id = metadata.id.orElseGet(() -> {
            String slug = Slugs.of(stem(file.getFileName().toString()));
            inferred.add("id '" + slug + "' (from the file name)");
            return slug.isEmpty() ? "statement-" + Slugs.hash(file.getFileName().toString()) : slug;
        });
        String title = metadata.title.orElseGet(() -> {
            inferred.add("title (from the first heading or sentence)");
            return parsed.titleCandidate();
        });
        warnIfMarkerDisagrees(ref, parsed, diagnostics);
        LocalDate date = metadata.date.orElse(null);
        if (date == null) {
            date = inferredDate(file, parsed, inferred);
        } else if (parsed.markerDate().isPresent() && !parsed.markerDate().get().equals(date)) {
            diagnostics.warning(metadata.dateRef, "metadata date " + date + " differs from the text's date marker "
                    + parsed.markerDate().get(), "check which one is right");
        }
        String kind = metadata.kind.orElseGet(() -> {
            String guess = parsed.kindCandidate();
            inferred.add("kind '" + guess + "'");
            return guess;
        });
        String sourceUrl = metadata.sourceUrl.or(parsed::sourceUrl).orElse(null);
        String sourceName = metadata.sourceName.orElseGet(() -> sourceUrl == null ? null : hostOf(sourceUrl));
        if (!hasMetadataFile) {
            diagnostics.warning(ref, "no metadata file; inferred " + String.join(", ", inferred),
                    "add " + stem(file.getFileName().toString()) + ".yaml beside it with "
                            + String.join(", ", METADATA_FIELDS) + " (source: name, url)");
        }
        return new Statement(id, title, date, kind, metadata.place.orElse(null), metadata.leaders,
                sourceName, sourceUrl, ref, parsed.sections(), parsed.paragraphs(), parsed.leftOut(),
                metadata.parties.isEmpty() ? StatementParties.UNKNOWN : StatementParties.declared(metadata.parties, metadata.partiesRef),
                metadata.event.orElse(null));
    }

    private Metadata readMetadata(Path file, Diagnostics diagnostics) {
        SourceRef ref = SourceRef.file(paths.display(file));
        byte[] bytes = readBytes(file);
        return reuse("metadata:" + ref.path(), bytes, List.of(), diagnostics, found -> parseMetadata(bytes, ref, found));
    }

    /**
     * What {@code read} gives for these bytes, or its last result while the file's bytes and what else the
     * reading depends on ({@code context}) are unchanged.
     */
    private <T> T reuse(String part, byte[] bytes, Object context, Diagnostics diagnostics, Function<Diagnostics, T> read) {
        Remembered<T> remembered = memo.of(part, () -> {
            Diagnostics found = new Diagnostics();
            return new Remembered<>(read.apply(found), found.all());
        }, bytes, context);
        remembered.diagnostics().forEach(diagnostics::add);
        return remembered.value();
    }

    /** The metadata in a file's bytes; the result is never changed afterwards (it may be reused). */
    private static Metadata parseMetadata(byte[] bytes, SourceRef ref, Diagnostics diagnostics) {
        Optional<YamlMap> yaml = YamlMap.read(bytes, ref, diagnostics);
        if (yaml.isEmpty()) {
            return Metadata.none();
        }
        YamlMap map = yaml.get();
        if (map.keys().isEmpty()) {
            diagnostics.warning(ref, "the metadata file is empty: everything about the statement is inferred from its text",
                    "give its fields (" + String.join(", ", METADATA_FIELDS) + "), or remove the file");
        }
        map.checkKeys(METADATA_FIELDS, List.of());
        Metadata m = new Metadata();
        m.id = map.string("id").filter(id -> {
            if (ID.matcher(id).matches()) {
                return true;
            }
            diagnostics.error(map.refOf("id"), "id '" + id + "' is not usable in a URL",
                    "use lower-case letters, digits and '-', e.g. '" + Slugs.of(id) + "'");
            return false;
        });
        m.title = map.string("title").filter(t -> !t.isEmpty());
        m.date = map.date("date");
        m.dateRef = map.refOf("date");
        m.kind = map.string("kind").filter(k -> !k.isEmpty());
        m.place = map.string("place").filter(p -> !p.isEmpty());
        m.leaders = map.strings("leaders");
        m.parties = map.strings("parties");
        m.event = map.string("event").filter(e -> {
            if (ID.matcher(e).matches()) {
                return true;
            }
            diagnostics.error(map.refOf("event"), "event '" + e + "' is not usable in a URL",
                    "use lower-case letters, digits and '-', e.g. '" + Slugs.of(e) + "'; statements naming the same event are one");
            return false;
        });
        m.partiesRef = map.refOf("parties");
        map.map("source").ifPresent(source -> {
            source.checkKeys(SOURCE_FIELDS, List.of());
            m.sourceName = source.string("name").filter(n -> !n.isEmpty());
            m.sourceUrl = source.string("url").filter(url -> {
                if (url.toLowerCase(Locale.ROOT).matches("https?://\\S+")) {
                    return true;
                }
                diagnostics.error(source.refOf("url"), "source url '" + url + "' is not a web address",
                        "write the full address, starting with https://");
                return false;
            });
        });
        return m;
    }

    /** What a metadata file says; each field empty when the file does not say it. */
    private static final class Metadata {
        Optional<String> id = Optional.empty();
        Optional<String> title = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        SourceRef dateRef = SourceRef.file("");
        Optional<String> kind = Optional.empty();
        Optional<String> place = Optional.empty();
        List<String> leaders = List.of();
        // Checked against content/parties.yaml by the analysis, which knows every party's names.
        List<String> parties = List.of();
        SourceRef partiesRef = SourceRef.file("");
        Optional<String> event = Optional.empty();
        Optional<String> sourceName = Optional.empty();
        Optional<String> sourceUrl = Optional.empty();

        static Metadata none() {
            return new Metadata();
        }
    }

    /** The marker (when the page was published) and a full date in the opening may differ by this much. */
    private static final int MARKER_SLACK_DAYS = 3;

    /**
     * The statement's date when no metadata gives one, first found of: the file name ({@code 2024-03-14-...},
     * an editor's choice); the date the text's opening gives for its event ({@link OpeningDate}: a full date,
     * a dateline, "on Monday" read against the marker) when there is no marker or it lies within a few days
     * of it; the collection marker. The marker is when the page was published, often the day after the
     * event, so the text refines it; a text date further from it is likely another occasion the opening
     * names (a visit's last day, an earlier meeting), and the marker is kept (a full one is warned of). On
     * the corpus's train split, the text before the marker gets 3 dates right that the marker had wrong
     * (the event the day before publication) and none wrong.
     */
    private static LocalDate inferredDate(Path file, ParsedText parsed, List<String> inferred) {
        Optional<LocalDate> fromName = dateInName(file.getFileName().toString());
        Optional<OpeningDate.Found> text = parsed.textDate()
                .filter(t -> parsed.markerDate().isEmpty() || daysApart(t.date(), parsed.markerDate().get()) <= MARKER_SLACK_DAYS);
        String how = fromName.isPresent() ? " (from the file name)"
                : text.isPresent() ? " (from the text, line " + text.get().line() + ")"
                : " (from the date marker)";
        LocalDate date = fromName.or(() -> text.map(OpeningDate.Found::date)).or(parsed::markerDate).orElse(null);
        inferred.add(date == null ? "no date (none in the text or the file name either; listed last)" : "date " + date + how);
        return date;
    }

    private static long daysApart(LocalDate a, LocalDate b) {
        return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a, b));
    }

    /** A full date in the opening far from the marker: one of them is not this statement's. */
    private static void warnIfMarkerDisagrees(SourceRef ref, ParsedText parsed, Diagnostics diagnostics) {
        Optional<OpeningDate.Found> text = parsed.textDate().filter(OpeningDate.Found::full);
        if (text.isEmpty() || parsed.markerDate().isEmpty()) {
            return;
        }
        long days = daysApart(parsed.markerDate().get(), text.get().date());
        if (days > MARKER_SLACK_DAYS) {
            diagnostics.warning(ref.atLine(text.get().line()), "the text dates its event " + text.get().date()
                    + ", " + days + " days from its date marker " + parsed.markerDate().get(),
                    "check the marker, or give the date in the metadata file");
        }
    }

    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    /** A file named {@code 2024-03-14-...} says its date, when no marker in the text does. */
    private static Optional<LocalDate> dateInName(String name) {
        java.util.regex.Matcher m = DATE_PREFIX.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String hostOf(String url) {
        return url.replaceFirst("^https?://", "").replaceFirst("[/?#].*$", "").replaceFirst("^www\\.", "");
    }


    /** The bytes of an input file, never read through a symbolic link. */
    static byte[] readBytes(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
