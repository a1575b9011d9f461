package briefing;

import briefing.diag.BuildFailure;
import briefing.diag.Diagnostic;
import briefing.pipeline.Build;
import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildReport;
import briefing.pipeline.Preview;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The command line: {@code build} bakes the site into {@code site-output/}, {@code check} runs every
 * stage but publishing. Takes its streams and returns an exit code, so it runs in-process in tests.
 * Exit codes: 0 success, 1 bad input (diagnostics printed), 2 bad usage, 3 internal error.
 */
@Command(name = "briefing", mixinStandardHelpOptions = true, version = "briefing 0.1",
        description = "Turns diplomatic statements into a cross-linked briefing website, baked by JBake.",
        subcommands = {Main.BuildCommand.class, Main.CheckCommand.class, Main.ServeCommand.class,
                Main.NewCommand.class, Main.EvaluateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int INTERNAL_ERROR = 3;

    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * Memory set aside so that, out of memory, the one-line message can still be made and printed: it is
     * let go first thing in {@link #internalError}.
     */
    private byte[] reserve = new byte[256 * 1024];

    public Main(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Always ends the process with the exit code, whatever was thrown or whichever threads still run. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        // A Throwable in another thread (a parallel stream's worker, JBake's or OrientDB's) is one short
        // line too, never a stack trace; the main thread's outcome still decides the exit code.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            err.println("briefing: internal error in thread " + thread.getName() + ": " + e.getClass().getName());
            err.flush();
        });
        int code = INTERNAL_ERROR;
        try {
            code = new Main(out, err).run(args);
        } finally {
            System.exit(code);
        }
    }

    public int run(String... args) {
        CommandLine cli = new CommandLine(this)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, commandLine, parsed) -> internalError(e));
        if (args.length == 0) {
            cli.usage(out);
            return CommandLine.ExitCode.USAGE;
        }
        int code;
        try {
            code = cli.execute(args);
        } catch (Throwable e) { // picocli hands on Errors (StackOverflowError, OutOfMemoryError) as thrown
            code = internalError(e);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Any Throwable that escapes a command: one short message, exit 3. */
    private int internalError(Throwable e) {
        reserve = null;
        if (outOfMemory(e)) { // wherever it struck: a class whose initialisation it broke fails later as NoClassDefFoundError
            err.println("briefing: internal error: java.lang.OutOfMemoryError: the build ran out of memory");
            err.println("  hint: nothing was published; give it more with BRIEFING_JAVA_OPTS=-Xmx2g (./briefing) or java -Xmx2g -jar ...");
            err.flush();
            return INTERNAL_ERROR;
        }
        StackTraceElement[] trace = e.getStackTrace();
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        err.println("briefing: internal error: " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + (message.length() > 300 ? message.substring(0, 300) + "…" : message))
                + (trace.length == 0 ? "" : " (at " + trace[0] + ")"));
        err.println("  hint: nothing was published; this is a bug in briefing, please report it with the input that caused it");
        err.flush();
        return INTERNAL_ERROR;
    }

    /** Whether running out of memory caused this, directly or through a class it left uninitialised. */
    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError || String.valueOf(t.getMessage()).contains("java.lang.OutOfMemoryError")) {
                return true;
            }
        }
        return false;
    }

    /** Folders a build reads and writes, shared by the commands. */
    static final class Folders {
        @Option(names = "--root", description = "project folder (default: the current folder)", defaultValue = ".")
        Path root;
        @Option(names = "--seeds", description = "statements folder (default: <root>/seeds)")
        Path seeds;
        @Option(names = "--content", description = "editors' content folder (default: <root>/content)")
        Path content;
        @Option(names = "--templates", description = "Freemarker templates folder (default: <root>/templates)")
        Path templates;
        @Option(names = "--output", description = "where the site is published (default: <root>/site-output)")
        Path output;
        @Option(names = "--base-url", description = "the public address the site is served from, e.g. "
                + "https://example.org/briefing/ (default: base_url in content/site.yaml)")
        String baseUrl;

        BuildOptions options() {
            return new BuildOptions(root, seeds, content, templates, output, false, baseUrl);
        }
    }

    abstract static class BuildingCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;
        @Mixin
        Folders folders;
        @Option(names = {"-v", "--verbose"}, description = "print the time each stage and its costliest parts took")
        boolean verbose;
        @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "1200",
                description = "stop with exit 3 when the build runs longer (default: ${DEFAULT-VALUE}; a build of 1,000 statements takes under a minute)")
        double timeLimit;

        abstract BuildReport execute(Build build);

        abstract String done(BuildReport report, BuildOptions options);

        @Override
        public Integer call() {
            BuildOptions options = folders.options();
            Build build = new Build(options, warning -> main.err.println(warning.format()));
            if (!(timeLimit > 0)) {
                main.err.println("briefing: --time-limit must be a positive number of seconds, not " + timeLimit);
                return CommandLine.ExitCode.USAGE;
            }
            Thread watchdog = TimeLimit.watch(Duration.ofMillis((long) (timeLimit * 1000)), build, main.err);
            try {
                BuildReport report = execute(build);
                main.out.println(done(report, options));
                if (verbose) {
                    main.out.println("stages: " + report.times().summary());
                    main.out.println("parts: " + report.parts());
                }
                return OK;
            } catch (BuildFailure failure) {
                for (Diagnostic d : failure.diagnostics()) {
                    if (d.isError()) {
                        main.err.println(d.format());
                    }
                }
                long errors = failure.diagnostics().stream().filter(Diagnostic::isError).count();
                main.err.printf(Locale.ROOT, "briefing: %d error%s in %s; nothing was published%n",
                        errors, errors == 1 ? "" : "s", failure.stage());
                return BAD_INPUT;
            } finally {
                watchdog.interrupt();
            }
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the site and publish it into the output folder (only if every check passes).")
    static final class BuildCommand extends BuildingCommand {
        @Override
        BuildReport execute(Build build) {
            return build.run();
        }

        @Override
        String done(BuildReport r, BuildOptions options) {
            return String.format(Locale.ROOT, "built %d pages from %d statements (%d paragraphs) into %s",
                    r.pages(), r.statements(), r.paragraphs(), options.root().relativize(options.output()));
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Preview: build with drafts, serve on 127.0.0.1, rebuild on every change and reload open pages.")
    static final class ServeCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;
        @Mixin
        Folders folders;
        @Option(names = "--port", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one)",
                defaultValue = "4000")
        int port;

        @Override
        public Integer call() throws InterruptedException {
            java.util.concurrent.CountDownLatch stop = new java.util.concurrent.CountDownLatch(1);
            try (Preview preview = new Preview(folders.options(), port, line -> {
                main.err.println(line);
                main.err.flush();
            })) {
                main.out.println("serving " + preview.address() + " (drafts included); watching seeds/, content/ and templates/; Ctrl-C stops");
                main.out.flush();
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
            }
            return OK;
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Scaffold a note: new note \"Title\" [--theme economy] [--cites <statement-id>#<anchor>].")
    static final class NewCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;
        @Mixin
        Folders folders;
        @CommandLine.Parameters(index = "0", description = "what to create: note")
        String kind;
        @CommandLine.Parameters(index = "1", description = "the note's title")
        String title;
        @Option(names = "--theme", description = "a theme slug (repeatable)")
        java.util.List<String> themes = new java.util.ArrayList<>();
        @Option(names = "--cites", description = "a paragraph, <statement-id>#<anchor> (repeatable)")
        java.util.List<String> cites = new java.util.ArrayList<>();
        @Option(names = "--author", description = "the author's name")
        String author;
        @Option(names = "--date", description = "the note's date, YYYY-MM-DD (default: today)")
        java.time.LocalDate date;

        @Override
        public Integer call() {
            if (!kind.equals("note")) {
                main.err.println("briefing: can only create a note, not '" + kind + "'");
                return CommandLine.ExitCode.USAGE;
            }
            briefing.diag.Diagnostics diagnostics = new briefing.diag.Diagnostics();
            BuildOptions options = folders.options();
            java.util.Optional<java.nio.file.Path> written = new briefing.pipeline.NewNote(options).write(title, themes, cites,
                    author, date == null ? java.time.LocalDate.now() : date, diagnostics);
            diagnostics.all().forEach(d -> main.err.println(d.format()));
            written.ifPresent(p -> main.out.println("wrote " + options.root().relativize(p)
                    + " (a draft: it shows in 'serve'; set draft: false to publish)"));
            return written.isPresent() ? OK : BAD_INPUT;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check inputs, templates and links as a build would, without publishing anything.")
    static final class CheckCommand extends BuildingCommand {
        @Override
        BuildReport execute(Build build) {
            return build.check();
        }

        @Override
        String done(BuildReport r, BuildOptions options) {
            StringBuilder out = new StringBuilder();
            // What the cleaning rules (content/cleaning.yaml) and the headline took out of each seed file.
            r.leftOutLines().forEach(line -> out.append(line).append('\n'));
            int leftOut = r.leftOutLines().size();
            return out + String.format(Locale.ROOT, "ok: %d statements, %d paragraphs, %d pages; %s; nothing published",
                    r.statements(), r.paragraphs(), r.pages(),
                    leftOut == 0 ? "no line left out as noise" : leftOut + (leftOut == 1 ? " line" : " lines") + " left out as noise (listed above)");
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Measure themes, figures, titles, dates, kinds and cleaning on the labelled corpus "
                    + "(corpus/) against its gold labels; exit 1 when a measure falls below its floor in corpus/floors.yaml.")
    static final class EvaluateCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;
        @Mixin
        Folders folders;
        @Option(names = "--corpus", description = "the labelled corpus (default: <root>/corpus)", defaultValue = "corpus")
        Path corpus;
        @Option(names = "--errors", description = "list every error of the split given by --split, with its cause")
        boolean errors;
        /** Whose errors --errors lists. */
        enum Split { train, test, all }

        @Option(names = "--split", description = "whose errors --errors lists: ${COMPLETION-CANDIDATES} (default: "
                + "${DEFAULT-VALUE}, the split tuning may look at)", defaultValue = "train")
        Split split;
        @Option(names = "--raise-floors", description = "raise each floor in corpus/floors.yaml to what is reached now "
                + "(never lowers one): run it after a change that gained")
        boolean raiseFloors;

        @Override
        public Integer call() {
            briefing.pipeline.Evaluate.Result result;
            briefing.pipeline.Evaluate evaluate = new briefing.pipeline.Evaluate(folders.options(), corpus);
            try {
                result = evaluate.run();
            } catch (BuildFailure failure) {
                failure.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> main.err.println(d.format()));
                main.err.println("briefing: the corpus could not be evaluated");
                return BAD_INPUT;
            }
            briefing.evaluate.EvaluationReport report = result.report();
            if (errors) {
                briefing.model.GoldLabel.Split which = switch (split) {
                    case train -> briefing.model.GoldLabel.Split.TRAIN;
                    case test -> briefing.model.GoldLabel.Split.TEST;
                    case all -> null;
                };
                report.errorsOf(which).forEach(e -> main.out.println(e.text() + ": " + e.format()));
                main.out.println();
            }
            main.out.print(report.table());
            if (raiseFloors) {
                // Floors only go up: a measure below its floor stays a failure, raised or not.
                main.out.println("raised the floors in " + folders.options().root().relativize(evaluate.raiseFloors(result)));
            }
            if (!result.shortfalls().isEmpty()) {
                result.shortfalls().forEach(s -> main.err.println("briefing: " + s.format()));
                main.err.println("  hint: a change made the analysis worse on the corpus; see 'briefing evaluate --errors'");
                return BAD_INPUT;
            }
            main.out.println("every measure is at or above its floor (" + folders.options().root().relativize(
                    folders.options().root().resolve(corpus).resolve("floors.yaml")) + ")");
            return OK;
        }
    }
}
