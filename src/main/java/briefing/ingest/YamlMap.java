package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.diag.Suggestions;
import briefing.model.SourceRef;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML mapping read for an editor's file: composed to nodes only (YAML never constructs objects here,
 * so {@code !!java...} tags are rejected, not executed), every key with its line, and typed getters that
 * report a wrong type, an unknown or missing key or a key given twice as a diagnostic at that line.
 */
public final class YamlMap {

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final SourceRef file;
    private final int lineOffset;
    private final Diagnostics diagnostics;
    private final int line;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(SourceRef file, int lineOffset, Diagnostics diagnostics, MappingNode node) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.diagnostics = diagnostics;
        this.line = lineOf(node);
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                error(key, "a key must be a plain name", "write 'name: value'");
                continue;
            }
            if (entries.containsKey(scalar.getValue())) {
                error(key, "'" + scalar.getValue() + "' is given twice (first at line "
                        + lineOf(entries.get(scalar.getValue()).getKeyNode()) + ")", "keep one of them");
                continue;
            }
            entries.put(scalar.getValue(), tuple);
        }
    }

    /**
     * Parses YAML text that must be a mapping. {@code lineOffset} is the file line the text starts after
     * (for front matter, the {@code ---} line). Empty text gives an empty map.
     */
    public static Optional<YamlMap> parse(String text, SourceRef file, int lineOffset, Diagnostics diagnostics) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.path())
                .setAllowDuplicateKeys(true) // we report duplicates ourselves, with both lines
                .setMaxAliasesForCollections(20)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(1_000_000)
                .build();
        Optional<Node> root;
        try {
            root = new Composer(settings, new DepthLimit(new ParserImpl(settings, new StreamReader(settings, text))))
                    .getSingleNode();
        } catch (DepthLimit.TooDeep e) {
            diagnostics.error(file.at(e.mark.getLine() + 1 + lineOffset, e.mark.getColumn() + 1),
                    "YAML nested more than " + DepthLimit.MAX_DEPTH + " levels deep",
                    "a field holds a value, a list or a group of 'name: value' lines; check the indentation and brackets");
            return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            int at = e.getProblemMark().map(Mark::getLine).orElse(0) + 1 + lineOffset;
            int column = e.getProblemMark().map(Mark::getColumn).orElse(0) + 1;
            Optional<Mark> context = e.getContextMark().filter(m -> m.getLine() + 1 + lineOffset < at && e.getContext() != null
                    && e.getContext().matches(".*(?:flow|quoted).*")); // a block's start is no better a place: the document's
            if (context.isPresent()) {
                // Where the parser gave up is after the mistake ("[en" on line 7 is found out on line 8):
                // the error stands where the unfinished construct began, and says where it was found out.
                diagnostics.error(file.at(context.get().getLine() + 1 + lineOffset, context.get().getColumn() + 1),
                        "YAML does not parse: " + e.getContext().replaceFirst("^while ", "") + " that starts here is not finished: "
                                + e.getProblem() + " at line " + at + ", column " + column,
                        "close what was opened here ([ with ], { with }, a quote with its quote), or quote the value");
            } else {
                diagnostics.error(file.at(at, column), "YAML does not parse: " + e.getProblem(),
                        "check indentation and quote values that contain ':' or '#'");
            }
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error(file.atLine(lineOffset + 1), "YAML does not parse: " + e.getMessage(), "");
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(new YamlMap(file, lineOffset, diagnostics,
                    new MappingNode(Tag.MAP, List.of(), org.snakeyaml.engine.v2.common.FlowStyle.BLOCK)));
        }
        if (!rejectForeignTags(root.get(), file, lineOffset, diagnostics)) {
            return Optional.empty();
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            diagnostics.error(file.atLine(lineOf(root.get(), lineOffset)), "expected 'key: value' lines",
                    "start each line with a field name and a colon");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(file, lineOffset, diagnostics, mapping));
    }

    /** Reads a whole YAML file (strict UTF-8) that must be a mapping; problems go to {@code diagnostics}. */
    public static Optional<YamlMap> readFile(java.nio.file.Path file, SourceRef ref, Diagnostics diagnostics) {
        return read(SeedReader.readBytes(file), ref, diagnostics);
    }

    /** {@link #readFile} of bytes already read. */
    static Optional<YamlMap> read(byte[] bytes, SourceRef ref, Diagnostics diagnostics) {
        return SourceText.decode(bytes, ref, diagnostics).flatMap(text -> parse(text, ref, 0, diagnostics));
    }

    private static boolean rejectForeignTags(Node node, SourceRef file, int lineOffset, Diagnostics diagnostics) {
        boolean ok = true;
        if (!PLAIN_TAGS.contains(node.getTag())) {
            diagnostics.error(file.at(lineOf(node, lineOffset), node.getStartMark().map(Mark::getColumn).orElse(0) + 1),
                    "YAML tag '" + node.getTag().getValue() + "' is not allowed",
                    "remove the '!' tag: only plain text, numbers, lists and maps are read");
            ok = false;
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                ok &= rejectForeignTags(tuple.getKeyNode(), file, lineOffset, diagnostics);
                ok &= rejectForeignTags(tuple.getValueNode(), file, lineOffset, diagnostics);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                ok &= rejectForeignTags(item, file, lineOffset, diagnostics);
            }
        }
        return ok;
    }

    /** Reports every key not in {@code allowed} (with the closest allowed one) and every missing required key. */
    public void checkKeys(Collection<String> allowed, Collection<String> required) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                error(entry.getValue().getKeyNode(), "unknown field '" + entry.getKey() + "'",
                        Suggestions.hint(entry.getKey(), allowed));
            }
        }
        for (String key : required) {
            if (!entries.containsKey(key)) {
                diagnostics.error(file.atLine(line), "missing required field '" + key + "'",
                        "add a line '" + key + ": ...'");
            }
        }
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    /** The file line of the key, or of the map itself when the key is absent. */
    public int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line : lineOf(tuple.getKeyNode());
    }

    /** Where the key stands ({@code path:line:col}), or the map itself when the key is absent. */
    public SourceRef refOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? file.atLine(line) : refOf(tuple.getKeyNode());
    }

    /** Where the key's value stands. */
    public SourceRef valueRefOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? file.atLine(line) : refOf(tuple.getValueNode());
    }

    public Optional<String> string(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().strip());
        }
        error(tuple.getValueNode(), "'" + key + "' must be a single value", "write '" + key + ": some text'");
        return Optional.empty();
    }

    /** Two words for {@link #choice}, in the order messages name them. */
    static <T> Map<String, T> twoWords(String first, T a, String second, T b) {
        Map<String, T> map = new LinkedHashMap<>();
        map.put(first, a);
        map.put(second, b);
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * One of a fixed set of words, as the value it stands for; another word is reported at its line
     * ("removes 'lines' is neither line nor part") with {@code hint}. Empty when absent or wrong.
     */
    public <T> Optional<T> choice(String key, Map<String, T> choices, String hint) {
        return string(key).flatMap(value -> {
            T chosen = choices.get(value);
            if (chosen == null) {
                List<String> words = List.copyOf(choices.keySet());
                String allowed = words.size() == 2 ? "neither " + words.get(0) + " nor " + words.get(1)
                        : "not one of " + String.join(", ", words);
                error(entries.get(key).getValueNode(), key + " '" + value + "' is " + allowed, hint);
            }
            return Optional.ofNullable(chosen);
        });
    }

    public Optional<LocalDate> date(String key) {
        return string(key).flatMap(value -> {
            if (!ISO_DATE.matcher(value).matches()) {
                error(entries.get(key).getValueNode(), "'" + key + "' is not a date: '" + value + "'",
                        "write the date as YYYY-MM-DD, e.g. 2025-08-11");
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                error(entries.get(key).getValueNode(), "'" + key + "' is not a real date: '" + value + "'",
                        "check month (01-12) and day of the month");
                return Optional.empty();
            }
        });
    }

    public Optional<Integer> integer(String key) {
        return string(key).flatMap(value -> {
            try {
                return Optional.of(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                error(entries.get(key).getValueNode(), "'" + key + "' must be a whole number, not '" + value + "'", "");
                return Optional.empty();
            }
        });
    }

    /** A web address ({@code http://} or {@code https://}); anything else is reported with {@code hint}. */
    public Optional<String> webAddress(String key, String hint) {
        return string(key).filter(u -> {
            if (u.matches("https?://\\S+")) {
                return true;
            }
            error(entries.get(key).getValueNode(), "'" + u + "' is not a web address", hint);
            return false;
        });
    }

    /** A currency by its ISO 4217 code ({@code USD}, {@code JPY}); anything else is reported with {@code hint}. */
    public Optional<briefing.model.FigureUnit> currency(String key, String hint) {
        return string(key).flatMap(code -> {
            if (code.matches("[A-Z]{3}")) {
                return Optional.of(briefing.model.FigureUnit.money(code));
            }
            error(entries.get(key).getValueNode(), "'" + code + "' is not a currency code", hint);
            return Optional.empty();
        });
    }

    public Optional<Double> number(String key) {
        return string(key).flatMap(value -> parseNumber(key, value, entries.get(key).getValueNode()));
    }

    /** A list of single values; a lone value is taken as a list of one. */
    public List<String> strings(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return List.of();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar) {
            return List.of(scalar.getValue().strip());
        }
        List<String> out = new ArrayList<>();
        if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    out.add(scalar.getValue().strip());
                } else {
                    error(item, "each item of '" + key + "' must be a single value", "write '- some text'");
                }
            }
        } else {
            error(value, "'" + key + "' must be a list", "write one '- item' line per value");
        }
        return out;
    }

    /** A nested mapping; empty when absent or of the wrong type (the latter reported). */
    public Optional<YamlMap> map(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(file, lineOffset, diagnostics, mapping));
        }
        error(tuple.getValueNode(), "'" + key + "' must be a group of 'name: value' lines", "indent them under '" + key + ":'");
        return Optional.empty();
    }

    /** A list of single values, each with where it stands, for messages about one item. */
    public List<Map.Entry<String, SourceRef>> stringsWithPlaces(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return List.of();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar) {
            return List.of(Map.entry(scalar.getValue().strip(), refOf(scalar)));
        }
        List<Map.Entry<String, SourceRef>> out = new ArrayList<>();
        if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    out.add(Map.entry(scalar.getValue().strip(), refOf(scalar)));
                } else {
                    error(item, "each item of '" + key + "' must be a single value", "write '- some text'");
                }
            }
        } else {
            error(value, "'" + key + "' must be a list", "write one '- item' line per value");
        }
        return out;
    }

    /** A yes/no value: {@code true} or {@code false}. */
    public Optional<Boolean> bool(String key) {
        return string(key).flatMap(value -> switch (value) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                error(entries.get(key).getValueNode(), "'" + key + "' must be true or false, not '" + value + "'", "write '" + key + ": true' or '" + key + ": false'");
                yield Optional.empty();
            }
        });
    }

    /** A list of mappings ({@code - key: value} items); each item that is not a mapping is reported. */
    public List<YamlMap> maps(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            error(tuple.getValueNode(), "'" + key + "' must be a list of entries", "start each entry with '- '");
            return List.of();
        }
        List<YamlMap> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                out.add(new YamlMap(file, lineOffset, diagnostics, mapping));
            } else {
                error(item, "each entry of '" + key + "' must be a group of 'name: value' lines", "");
            }
        }
        return out;
    }

    /** Every entry of this map as name → number, each bad number reported at its line. */
    public Map<String, Double> numbersByKey() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            Node value = entry.getValue().getValueNode();
            if (value instanceof ScalarNode scalar) {
                parseNumber(entry.getKey(), scalar.getValue(), value).ifPresent(n -> out.put(entry.getKey(), n));
            } else {
                error(value, "the weight of '" + entry.getKey() + "' must be a number", "write '" + entry.getKey() + ": 2'");
            }
        }
        return out;
    }

    private Optional<Double> parseNumber(String key, String value, Node node) {
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isFinite(d)) {
                return Optional.of(d);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(node, "'" + key + "' must be a number, not '" + value + "'", "write a number such as 2 or 0.5");
        return Optional.empty();
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    private void error(Node node, String message, String hint) {
        diagnostics.error(refOf(node), message, hint);
    }

    private SourceRef refOf(Node node) {
        return file.at(lineOf(node), node.getStartMark().map(Mark::getColumn).orElse(0) + 1);
    }

    private int lineOf(Node node) {
        return lineOf(node, lineOffset);
    }

    private static int lineOf(Node node, int lineOffset) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + 1 + lineOffset;
    }
}
