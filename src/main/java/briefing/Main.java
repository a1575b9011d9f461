package briefing;

import briefing.diag.BuildFailure;
import briefing.diag.Diagnostic;
import briefing.pipeline.Build;
import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildReport;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        subcommands = {Main.BuildCommand.class, Main.CheckCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int INTERNAL_ERROR = 3;

    private final PrintWriter out;
    private final PrintWriter err;

    public Main(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(new Main(out, err).run(args));
    }

    public int run(String... args) {
        CommandLine cli = new CommandLine(this)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    err.println("briefing: internal error: " + e);
                    e.printStackTrace(err);
                    return INTERNAL_ERROR;
                });
        if (args.length == 0) {
            cli.usage(out);
            return CommandLine.ExitCode.USAGE;
        }
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
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

        BuildOptions options() {
            return new BuildOptions(root, seeds, content, templates, output);
        }
    }

    abstract static class BuildingCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;
        @Mixin
        Folders folders;
        @Option(names = {"-v", "--verbose"}, description = "print the time each stage took")
        boolean verbose;

        abstract BuildReport execute(Build build);

        abstract String done(BuildReport report, BuildOptions options);

        @Override
        public Integer call() {
            BuildOptions options = folders.options();
            Build build = new Build(options, warning -> main.err.println(warning.format()));
            try {
                BuildReport report = execute(build);
                main.out.println(done(report, options));
                if (verbose) {
                    main.out.println("stages: " + report.times().summary());
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

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check inputs, templates and links as a build would, without publishing anything.")
    static final class CheckCommand extends BuildingCommand {
        @Override
        BuildReport execute(Build build) {
            return build.check();
        }

        @Override
        String done(BuildReport r, BuildOptions options) {
            return String.format(Locale.ROOT, "ok: %d statements, %d paragraphs, %d pages; nothing published",
                    r.statements(), r.paragraphs(), r.pages());
        }
    }
}
