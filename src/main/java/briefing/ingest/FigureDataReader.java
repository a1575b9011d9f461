package briefing.ingest;

import briefing.model.Slugs;
import briefing.diag.Diagnostics;
import briefing.diag.Suggestions;
import briefing.model.FigureEdits;
import briefing.model.FigureStatus;
import briefing.model.FigureTime;
import briefing.model.ParagraphRef;
import briefing.model.SourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code content/figure-data.yaml}, the editors' additions, corrections and omissions of figures.
 * Checks the shape of each entry here; whether cited paragraphs and figure ids exist, and whether a
 * cited paragraph states the number, is checked against the corpus when the figures are assembled.
 */
public final class FigureDataReader {

    private static final List<String> FIELDS = List.of("add", "correct", "omit");
    private static final List<String> ADD_FIELDS = List.of("id", "topic", "status", "amount", "year", "by", "period",
            "as_of", "label", "source", "cites");
    private static final List<String> CORRECT_FIELDS = List.of("figure", "topic", "status", "year", "by", "period", "holder", "label");
    private static final List<String> OMIT_FIELDS = List.of("figure", "reason");
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})");
    private static final Pattern CITE = Pattern.compile("([a-z0-9][a-z0-9-]*)#([a-z0-9][a-z0-9-]*)");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final ProjectPaths paths;

    public FigureDataReader(ProjectPaths paths) {
        this.paths = paths;
    }

    /** An absent file means no edits. */
    public FigureEdits read(Path file, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            return FigureEdits.NONE;
        }
        SourceRef ref = SourceRef.file(paths.display(file));
        Optional<YamlMap> yaml = YamlMap.readFile(file, ref, diagnostics);
        if (yaml.isEmpty()) {
            return FigureEdits.NONE;
        }
        YamlMap map = yaml.get();
        map.checkKeys(FIELDS, List.of());
        List<FigureEdits.Addition> additions = new ArrayList<>();
        for (YamlMap entry : map.maps("add")) {
            addition(entry, diagnostics).ifPresent(additions::add);
        }
        List<FigureEdits.Correction> corrections = new ArrayList<>();
        for (YamlMap entry : map.maps("correct")) {
            entry.checkKeys(CORRECT_FIELDS, List.of("figure"));
            Optional<FigureTime> time = time(entry, diagnostics);
            entry.string("figure").ifPresent(figure -> corrections.add(new FigureEdits.Correction(figure,
                    entry.string("topic").orElse(null), status(entry, diagnostics).orElse(null), time.orElse(null),
                    entry.string("holder").orElse(null), entry.string("label").orElse(null), entry.refOf("figure"))));
        }
        List<FigureEdits.Omission> omissions = new ArrayList<>();
        for (YamlMap entry : map.maps("omit")) {
            entry.checkKeys(OMIT_FIELDS, OMIT_FIELDS);
            Optional<String> reason = entry.string("reason").filter(r -> !r.isEmpty());
            entry.string("figure").filter(f -> reason.isPresent()).ifPresent(figure ->
                    omissions.add(new FigureEdits.Omission(figure, reason.get(), entry.refOf("figure"))));
        }
        return new FigureEdits(additions, corrections, omissions);
    }

    private Optional<FigureEdits.Addition> addition(YamlMap entry, Diagnostics diagnostics) {
        entry.checkKeys(ADD_FIELDS, List.of("id", "topic", "amount"));
        Optional<String> id = entry.string("id").filter(i -> {
            if (ID.matcher(i).matches()) {
                return true;
            }
            diagnostics.error(entry.refOf("id"), "id '" + i + "' is not usable in a URL",
                    "use lower-case letters, digits and '-', e.g. '" + Slugs.of(i) + "'");
            return false;
        });
        Optional<ParagraphRef> cites = entry.string("cites").flatMap(c -> {
            Matcher m = CITE.matcher(c);
            if (m.matches()) {
                return Optional.of(new ParagraphRef(m.group(1), m.group(2)));
            }
            diagnostics.error(entry.refOf("cites"), "cites '" + c + "' is not a paragraph reference",
                    "write <statement-id>#<anchor>, e.g. 2025-08-11-seoul-joint-statement#p4");
            return Optional.empty();
        });
        Optional<YamlMap> source = entry.map("source");
        source.ifPresent(s -> s.checkKeys(List.of("name", "url"), List.of("url")));
        Optional<String> url = source.flatMap(s -> s.string("url")).filter(u -> {
            if (u.toLowerCase(Locale.ROOT).matches("https?://\\S+")) {
                return true;
            }
            diagnostics.error(source.get().refOf("url"), "source url '" + u + "' is not a web address", "write the full https:// address");
            return false;
        });
        if (cites.isEmpty() && url.isEmpty() && !entry.has("cites")) {
            diagnostics.error(entry.refOf("id"), "an added figure needs a source",
                    "give 'source: {name: ..., url: https://...}' for outside data, or 'cites: <statement-id>#<anchor>'");
        }
        Optional<FigureTime> time = time(entry, diagnostics);
        Optional<FigureStatus> status = status(entry, diagnostics);
        Optional<String> topic = entry.string("topic");
        Optional<String> amount = entry.string("amount");
        if (id.isEmpty() || topic.isEmpty() || amount.isEmpty() || cites.isEmpty() && url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FigureEdits.Addition(id.get(), topic.get(), status.orElse(FigureStatus.REPORTED),
                time.orElse(FigureTime.NONE), amount.get(), entry.string("label").orElse(null),
                source.flatMap(s -> s.string("name")).orElse(null), url.orElse(null), cites.orElse(null), entry.refOf("id"),
                entry.valueRefOf("amount"), entry.valueRefOf("cites")));
    }

    private static Optional<FigureStatus> status(YamlMap entry, Diagnostics diagnostics) {
        return entry.string("status").flatMap(s -> switch (s) {
            case "reported" -> Optional.of(FigureStatus.REPORTED);
            case "target", "commitment" -> Optional.of(FigureStatus.TARGET);
            default -> {
                diagnostics.error(entry.refOf("status"), "status must be reported, target or commitment, not '" + s + "'",
                        Suggestions.hint(s, List.of("reported", "target", "commitment")));
                yield Optional.empty();
            }
        });
    }

    /** One of {@code year: 2022}, {@code by: 2030}, {@code period: 2016-2020}, {@code as_of: 2023}. */
    private static Optional<FigureTime> time(YamlMap entry, Diagnostics diagnostics) {
        List<String> given = List.of("year", "by", "period", "as_of").stream().filter(entry::has).toList();
        if (given.size() > 1) {
            diagnostics.error(entry.refOf(given.get(1)), "give one of year, by, period or as_of, not " + String.join(" and ", given), "");
            return Optional.empty();
        }
        if (given.isEmpty()) {
            return Optional.empty();
        }
        String key = given.get(0);
        if (key.equals("period")) {
            return entry.string("period").flatMap(p -> {
                Matcher m = PERIOD.matcher(p);
                if (m.matches() && Integer.parseInt(m.group(2)) >= Integer.parseInt(m.group(1))) {
                    return Optional.of(new FigureTime(FigureTime.Kind.PERIOD, Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)), p, false));
                }
                diagnostics.error(entry.refOf("period"), "period '" + p + "' is not two years", "write it as 2016-2020");
                return Optional.empty();
            });
        }
        return entry.integer(key).filter(y -> {
            if (y >= 1900 && y <= 2100) {
                return true;
            }
            diagnostics.error(entry.refOf(key), "'" + key + "' must be a year, not " + y, "write a four-digit year");
            return false;
        }).map(y -> switch (key) {
            case "by" -> new FigureTime(FigureTime.Kind.HORIZON, y, y, "by " + y, false);
            case "as_of" -> new FigureTime(FigureTime.Kind.AS_OF, y, y, "As of " + y, false);
            default -> FigureTime.year(y, String.valueOf(y));
        });
    }
}
