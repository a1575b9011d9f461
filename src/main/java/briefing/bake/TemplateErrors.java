package briefing.bake;

import java.util.ArrayList;
import java.util.List;

/**
 * Template failures of one bake, as structured records rather than JBake's multi-line strings, so the
 * baker can report each failing template position once, with the pages it broke.
 */
final class TemplateErrors {

    record Failure(String template, int line, int column, String message, String page) {
    }

    private final List<Failure> failures = new ArrayList<>();

    synchronized void add(Failure failure) {
        failures.add(failure);
    }

    synchronized List<Failure> all() {
        return List.copyOf(failures);
    }
}
