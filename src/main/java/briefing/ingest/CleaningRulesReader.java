package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.model.CleaningRule;
import briefing.model.SourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code content/cleaning.yaml}: the editors' rules for collection noise, each named, with a Java
 * regular expression, what it removes (the whole {@code line} or the matched {@code part}) and an
 * example it must recognise. A pattern that does not compile, or that misses its own example, is an error
 * at its line. An absent file means no rules beyond the built-in noise.
 */
public final class CleaningRulesReader {

    private static final java.util.Map<String, CleaningRule.Removes> REMOVES = removesWords();

    private static java.util.Map<String, CleaningRule.Removes> removesWords() {
        java.util.Map<String, CleaningRule.Removes> words = new java.util.LinkedHashMap<>();
        words.put("line", CleaningRule.Removes.LINE);
        words.put("part", CleaningRule.Removes.PART);
        words.put("opening", CleaningRule.Removes.OPENING);
        return java.util.Collections.unmodifiableMap(words);
    }
    private static final List<String> FIELDS = List.of("pattern", "removes", "example", "case_sensitive");

    private final ProjectPaths paths;

    public CleaningRulesReader(ProjectPaths paths) {
        this.paths = paths;
    }

    public List<CleaningRule> read(Path file, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        SourceRef ref = SourceRef.file(paths.display(file));
        List<CleaningRule> rules = new ArrayList<>();
        YamlMap.readFile(file, ref, diagnostics).ifPresent(root -> {
            root.checkKeys(List.of("rules"), List.of("rules"));
            root.map("rules").ifPresent(all -> {
                for (String name : all.keys()) {
                    all.map(name).flatMap(rule -> rule(name, rule, all.refOf(name), diagnostics)).ifPresent(rules::add);
                }
            });
        });
        return rules;
    }

    private static Optional<CleaningRule> rule(String name, YamlMap rule, SourceRef at, Diagnostics diagnostics) {
        rule.checkKeys(FIELDS, List.of("pattern", "removes", "example"));
        Optional<String> text = rule.string("pattern");
        Optional<CleaningRule.Removes> removes = rule.choice("removes", REMOVES,
                "write 'removes: line' (the whole line must match), 'removes: part' (only the match goes) or 'removes: opening'"
                        + " (what matches at the start of the text's first line goes)");
        Optional<String> example = rule.string("example");
        if (text.isEmpty() || removes.isEmpty() || example.isEmpty()) {
            return Optional.empty();
        }
        Pattern pattern;
        try {
            int flags = rule.bool("case_sensitive").orElse(true) ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            pattern = Pattern.compile(text.get(), flags | Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            diagnostics.error(rule.valueRefOf("pattern"), "the pattern of '" + name + "' is not a regular expression: "
                    + e.getDescription(), "check brackets and escape . ( ) [ ] | with a backslash, written \\\\ inside quotes");
            return Optional.empty();
        }
        CleaningRule made = new CleaningRule(name, pattern, removes.get(), example.get(), at);
        if (!made.recognises(example.get())) {
            diagnostics.error(rule.valueRefOf("example"), "the pattern of '" + name + "' does not recognise its own example",
                    "fix the pattern or the example: with 'removes: line' the pattern must match the whole line");
            return Optional.empty();
        }
        return Optional.of(made);
    }
}
