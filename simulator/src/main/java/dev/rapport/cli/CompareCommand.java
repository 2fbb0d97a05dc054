package dev.rapport.cli;

import dev.rapport.experiment.ComparisonFiles;
import dev.rapport.experiment.MemoryPlan;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.PrecisionComparison;
import dev.rapport.experiment.points.Sweep;
import dev.rapport.scenario.LoadedScenario;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rapport compare}: adds paired replications in batches until every pairwise difference
 * in the objective is known to a stated precision, or a cap; prints the differences with their
 * intervals and tests, and writes them beside an ordinary result folder. Ctrl-C keeps the finished
 * replications, and {@code --resume} goes on from them.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare a scenario's strategies with as many paired replications as a stated precision needs.")
final class CompareCommand implements Callable<Integer> {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);
    /** The overrides compare sets itself, one per batch: the user may not. */
    private static final Predicate<String> OWN = o -> o.startsWith("replications=");

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--precision", paramLabel = "X", required = true,
            description = "Stop once the interval of every pairwise difference is narrower (full width) than X, "
                    + "in the objective's unit (e.g. 50000 for cumulative profit).")
    double precision;

    @Option(names = "--objective", paramLabel = "METRIC",
            description = "The outcome compared, for the focal brand at the horizon (default: outputs.objective, "
                    + "cumulative_profit unless the scenario says otherwise).")
    String objective;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "10",
            description = "Replications to start with and to add each time (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "200",
            description = "Stop here even if the precision is not reached (default: ${DEFAULT-VALUE}).")
    int maxReplications;

    @Mixin
    OutputOptions output;

    @Mixin
    ThreadsOption threads;

    @Mixin
    EngineOption engine;

    @Option(names = "--resume", description = "Go on from the finished replications of an interrupted compare in --out "
            + "(same scenario file); the results are identical to an uninterrupted compare's.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (scenario.replications != null || scenario.overrides.stream().anyMatch(OWN)) {
            throw new UserException("compare chooses the number of replications itself; use --batch and "
                    + "--max-replications instead of --replications");
        }
        if (resume && output.force) {
            throw new UserException("--resume continues the results in --out and --force replaces them: choose one");
        }
        PrecisionComparison.Settings settings;
        try {
            settings = new PrecisionComparison.Settings(objective, precision, batch, maxReplications);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        Path target = output.target(scenario.file, "compare");
        Resume earlier = resume ? Resume.of(target, scenario, OWN) : null;
        if (earlier != null && Sweep.isSweep(earlier.folder())) {
            throw new UserException(earlier.folder() + " holds a sweep, not a comparison; finish it with rapport sweep "
                    + scenario.file + " (the same options) --out " + target + " --resume");
        }
        IntFunction<LoadedScenario> withReplications = n -> earlier != null
                ? earlier.load(scenario, OWN, List.of("replications=" + n))
                : scenario.load(withOwn(scenario.allOverrides(), n));
        LoadedScenario atCap = withReplications.apply(settings.maxReplications());
        ErrorHandler.printWarnings(stderr, atCap.warnings());
        long maxHeap = Runtime.getRuntime().maxMemory();
        MemoryPlan.check(atCap, maxHeap);
        int requested = threads.requested();
        int usable = MemoryPlan.threadsThatFit(atCap, requested, maxHeap);
        try {
            // Checks the strategies and the objective before any engine starts.
            new PrecisionComparison(withReplications, settings, usable);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        try (EngineOption.Opened opened = engine.open(usable)) {
            PrecisionComparison comparison = new PrecisionComparison(withReplications, settings, usable,
                    opened.local() ? null : opened.executor());
            OutputFolder folder = OutputFolder.prepare(target, output.force || resume, RunOutput.inputs(atCap));
            if (earlier != null) {
                try {
                    earlier.copyInto(folder, stderr);
                } catch (RuntimeException e) {
                    folder.abandon();
                    throw e;
                }
            }
            InterruptHook hook = InterruptHook.install("rapport-interrupt", SHUTDOWN_GRACE);
            try {
                PrecisionComparison.Progress progress = quiet ? PrecisionComparison.Progress.NONE
                        : new CompareProgress(stderr);
                PrecisionComparison.Result result;
                try {
                    result = comparison.run(folder, VersionProvider.version(), progress, hook.signal());
                } catch (RuntimeException | Error e) {
                    // Even the result files could not be written: the saved replications stay in the work folder.
                    folder.keep();
                    stderr.println("error: the compare stopped unexpectedly: " + e);
                    stderr.println("    its finished replications are kept in " + folder.work());
                    stderr.println("    go on with: " + resumeCommand(folder.target()));
                    if (debug()) {
                        e.printStackTrace(stderr);
                    }
                    stderr.flush();
                    return ExitCodes.RUN_FAILURE;
                }
                if (result.stop() == PrecisionComparison.Stop.CUT_SHORT) {
                    return cutShort(result, folder, earlier, stderr);
                }
                folder.commitThen(() -> {
                    if (earlier != null) {
                        earlier.cleanUp(true);
                    }
                });
                new CompareTable(atCap.scenario(), result).print(stdout);
                stdout.println();
                stdout.println("Results in " + folder.target() + " (" + ComparisonFiles.CSV + ", " + ComparisonFiles.JSON
                        + ", series.csv, summary.csv, summary.json, manifest.json)");
                stdout.flush();
                return ExitCodes.OK;
            } finally {
                folder.abandon();
                hook.release();
            }
        }
    }

    /** Keeps what finished, where --resume finds it, and says how to go on. */
    private int cutShort(PrecisionComparison.Result result, OutputFolder folder, Resume earlier, PrintWriter err) {
        var outcome = result.outcome();
        Path kept;
        if (earlier == null && Files.exists(folder.target())) {
            // A --force compare that did not finish leaves the earlier results as they were.
            folder.keep();
            kept = folder.work();
        } else {
            folder.commitThen(() -> {
                if (earlier != null) {
                    earlier.cleanUp(false);
                }
            });
            kept = folder.target();
        }
        String why = outcome.interrupted() ? "interrupted"
                : outcome.aborted() != null ? "error: the compare stopped unexpectedly: " + outcome.aborted()
                : "error: " + outcome.failures().size() + " run(s) failed";
        err.println(why + ": " + outcome.completedReplications().size() + " replications finished and are kept in " + kept);
        for (var f : outcome.failures()) {
            err.println("  replication " + f.failure().replication() + ", strategy '" + f.failure().strategy()
                    + "', seed " + f.failure().seed() + ": " + f.failure().error());
        }
        err.println("    go on with: " + resumeCommand(folder.target()));
        err.flush();
        return outcome.interrupted() ? ExitCodes.INTERRUPTED : ExitCodes.RUN_FAILURE;
    }

    /** The command that goes on: the same settings (they decide where it stops), the overrides recorded. */
    private String resumeCommand(Path target) {
        return "rapport compare " + scenario.file + " --precision " + plain(precision)
                + (objective != null ? " --objective " + objective : "") + " --batch " + batch
                + " --max-replications " + maxReplications + " --out " + target + " --resume";
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static List<String> withOwn(List<String> overrides, int replications) {
        List<String> all = new ArrayList<>(overrides);
        all.add("replications=" + replications);
        return all;
    }

    private boolean debug() {
        return CommandLines.debug(spec);
    }
}
