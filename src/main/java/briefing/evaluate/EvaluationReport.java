package briefing.evaluate;

import briefing.model.GoldLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code briefing evaluate} found: every measure per split (0..1, higher is better), how many texts
 * each split has, and every error. Prints as a table and checks the measures against their floors.
 */
public record EvaluationReport(Map<GoldLabel.Split, Map<String, Double>> measures, Map<GoldLabel.Split, Integer> texts,
                               List<EvaluationError> errors) {

    public EvaluationReport {
        measures = Map.copyOf(measures);
        texts = Map.copyOf(texts);
        errors = List.copyOf(errors);
    }

    /** One measure below its floor. */
    public record Shortfall(String split, String measure, double floor, double measured) {
        public String format() {
            return String.format(Locale.ROOT, "%s %s: %.3f is below its floor %.3f", split, measure, measured, floor);
        }
    }

    /** The table: one row per measure, one column per split. */
    public String table() {
        List<GoldLabel.Split> splits = new ArrayList<>();
        for (GoldLabel.Split s : GoldLabel.Split.values()) {
            if (measures.containsKey(s)) {
                splits.add(s);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-28s", "measure"));
        for (GoldLabel.Split s : splits) {
            out.append(String.format(Locale.ROOT, " %12s", s.name().toLowerCase(Locale.ROOT) + " (" + texts.get(s) + ")"));
        }
        out.append('\n');
        Set<String> names = new java.util.LinkedHashSet<>();
        splits.forEach(s -> names.addAll(measures.get(s).keySet()));
        for (String name : names) {
            out.append(String.format(Locale.ROOT, "%-28s", name));
            for (GoldLabel.Split s : splits) {
                Double v = measures.get(s).get(name);
                out.append(v == null ? String.format(Locale.ROOT, " %12s", "-") : String.format(Locale.ROOT, " %12.3f", v));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The errors of one split (null: all), in label order. */
    public List<EvaluationError> errorsOf(GoldLabel.Split split) {
        return errors.stream().filter(e -> split == null || e.split() == split).toList();
    }

    /**
     * Every measure below its floor ({@code floors}: split name → measure → lowest accepted value); a
     * floor naming a measure that does not exist is reported too, so a typo never disables a gate.
     */
    public List<Shortfall> shortfalls(Map<String, Map<String, Double>> floors) {
        List<Shortfall> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> split : floors.entrySet()) {
            Map<String, Double> measured = measures.get(GoldLabel.Split.valueOf(split.getKey().toUpperCase(Locale.ROOT)));
            for (Map.Entry<String, Double> floor : new java.util.TreeMap<>(split.getValue()).entrySet()) {
                Double value = measured == null ? null : measured.get(floor.getKey());
                if (value == null || value + 1e-9 < floor.getValue()) {
                    out.add(new Shortfall(split.getKey(), floor.getKey(), floor.getValue(), value == null ? Double.NaN : value));
                }
            }
        }
        return out;
    }

    /** The measures' names, for a hint when a floor names none of them. */
    public Set<String> measureNames() {
        Set<String> names = new TreeSet<>();
        measures.values().forEach(m -> names.addAll(m.keySet()));
        return names;
    }
}
