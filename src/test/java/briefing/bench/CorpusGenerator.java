package briefing.bench;

import briefing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates a project of N statements shaped like the real ones, for the benchmark: the real seeds and
 * the test layouts (numbered joint statement with headings, prose report, transcript, 2.1.1 action
 * plan, dateline report) cycled, each with its years shifted, its amounts varied and its own date, half
 * of them with a metadata file. Deterministic for a given N.
 */
public final class CorpusGenerator {

    private static final Pattern YEAR = Pattern.compile("\\b(19[89]\\d|20[0-4]\\d)\\b");
    private static final Pattern AMOUNT = Pattern.compile("(\\$|US\\$)(\\d+(?:\\.\\d+)?)");

    private CorpusGenerator() {
    }

    /** Writes seeds/, content/ and templates/ for {@code n} statements under {@code root}. */
    public static void generate(Path repo, Path root, int n) throws IOException {
        TestProject.copyTree(repo.resolve("content"), root.resolve("content"));
        // The editors' real notes cite the real seeds, which a generated corpus does not have.
        try (Stream<Path> notes = Files.list(root.resolve("content/notes"))) {
            for (Path note : notes.toList()) {
                Files.delete(note);
            }
        }
        TestProject.copyTree(repo.resolve("templates"), root.resolve("templates"));
        Path seeds = Files.createDirectories(root.resolve("seeds"));
        List<String> templates = List.of(
                Files.readString(repo.resolve("seeds/2025-08-11-seoul-joint-statement.txt")),
                Files.readString(repo.resolve("seeds/2023-06-23-hanoi-summit-press-meeting.txt")),
                Files.readString(repo.resolve("src/test/resources/layouts/press-conference-transcript.txt")),
                Files.readString(repo.resolve("src/test/resources/layouts/action-plan-multilevel.txt")),
                Files.readString(repo.resolve("src/test/resources/layouts/seoul-dateline-report.txt")));
        Random random = new Random(n);
        LocalDate start = LocalDate.of(1993, 1, 15);
        for (int i = 0; i < n; i++) {
            int shift = -10 + random.nextInt(8);
            LocalDate date = start.plusDays((long) i * 11_000 / Math.max(1, n) + random.nextInt(5));
            String text = vary(templates.get(i % templates.size()), shift, random);
            String id = String.format("%s-gen-%05d", date, i);
            Files.writeString(seeds.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
            if (i % 2 == 0) {
                Files.writeString(seeds.resolve(id + ".yaml"), "id: " + id + "\ntitle: \"Generated statement " + i
                        + "\"\ndate: " + date + "\nkind: joint statement\nplace: Hanoi\nleaders: [A, B]\n"
                        + "source: {name: Generator, url: https://example.org/" + i + "}\n", StandardCharsets.UTF_8);
            }
        }
        Path notes = Files.createDirectories(root.resolve("content/notes"));
        Files.writeString(notes.resolve("bench-note.md"), "---\ntitle: Benchmark note\ndate: 2025-01-01\n"
                + "themes: [economy]\n---\nA note the benchmark edits.\n", StandardCharsets.UTF_8);
    }

    /**
     * Interchangeable wordings, so that paragraphs differ from statement to statement as real ones do (the
     * five templates alone would repeat each paragraph hundreds of times, word for word).
     */
    private static final List<List<String>> WORDINGS = List.of(
            List.of("cooperation", "collaboration", "partnership", "joint work", "engagement"),
            List.of("strengthen", "enhance", "deepen", "expand", "reinforce", "step up"),
            List.of("agreed", "decided", "resolved", "committed", "pledged"),
            List.of("promote", "foster", "advance", "encourage", "facilitate"),
            List.of("welcomed", "appreciated", "praised", "acknowledged", "noted with satisfaction"),
            List.of("important", "significant", "vital", "key", "essential"),
            List.of("development", "growth", "progress", "advancement"),
            List.of("sides", "parties", "countries", "governments"),
            List.of("continue", "keep", "further", "sustain"),
            List.of("areas", "fields", "sectors", "domains"));
    private static final Pattern WORDING = Pattern.compile("\\b(" + String.join("|",
            WORDINGS.stream().flatMap(List::stream).sorted((a, b) -> b.length() - a.length()).toList()) + ")\\b");

    private static String vary(String text, int shift, Random random) {
        Matcher words = WORDING.matcher(text);
        StringBuilder reworded = new StringBuilder();
        while (words.find()) {
            List<String> group = WORDINGS.stream().filter(g -> g.contains(words.group(1))).findFirst().orElseThrow();
            words.appendReplacement(reworded, group.get(random.nextInt(group.size())));
        }
        words.appendTail(reworded);
        text = reworded.toString();
        Matcher years = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (years.find()) {
            years.appendReplacement(out, String.valueOf(Integer.parseInt(years.group(1)) + shift));
        }
        years.appendTail(out);
        Matcher amounts = AMOUNT.matcher(out.toString());
        StringBuilder varied = new StringBuilder();
        while (amounts.find()) {
            double value = Double.parseDouble(amounts.group(2)) * (0.6 + random.nextDouble() * 0.8);
            amounts.appendReplacement(varied, Matcher.quoteReplacement(amounts.group(1) + String.format(java.util.Locale.ROOT, "%.1f", value)));
        }
        amounts.appendTail(varied);
        return varied.toString();
    }


    public static void main(String[] args) throws IOException {
        generate(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
    }
}
