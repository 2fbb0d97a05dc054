package dev.rapport.cli;

import dev.rapport.experiment.MemoryPlan;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.SwitchOff;
import dev.rapport.experiment.SwitchOffResult;
import dev.rapport.scenario.LoadedScenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rapport switch-off}: stops all spending after week T and measures what persists
 * ({@link SwitchOff}); writes a result folder with the series of the planned and switched-off
 * runs and {@code switch-off.csv}, and prints the measures.
 */
@Command(name = "switch-off", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Stop all spending after week T and measure what persists: each strategy as planned and "
                + "switched off, on the same random numbers.")
final class SwitchOffCommand implements Callable<Integer> {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--week", required = true, paramLabel = "T",
            description = "The last week with spending: every plan line is cut after it (1 to the horizon minus one).")
    int week;

    @Option(names = "--share", paramLabel = "S", defaultValue = "0.5",
            description = "The earned base keeps paying while its weekly margin over the baseline is at least this "
                    + "share of week T's (default: ${DEFAULT-VALUE}).")
    double share;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: results/<scenario file name>-switch-off-<T>).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Runs in parallel (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--force", description = "Replace the output folder if it is an earlier result (or empty).")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        LoadedScenario loaded = scenario.load();
        ErrorHandler.printWarnings(stderr, loaded.warnings());
        SwitchOff switchOff = new SwitchOff(loaded, week, share);
        long maxHeap = Runtime.getRuntime().maxMemory();
        MemoryPlan.check(switchOff.runs(), maxHeap);
        int requested = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (requested < 1) {
            throw new UserException("--threads must be at least 1");
        }
        Path target = out != null ? out : Path.of(RunCommand.defaultOut(scenario.file) + "-switch-off-" + week);
        OutputFolder folder = OutputFolder.prepare(target, force, RunOutput.inputs(loaded));
        InterruptHook hook = InterruptHook.install("rapport-interrupt", SHUTDOWN_GRACE);
        try {
            ProgressListener progress = quiet ? ProgressListener.NONE : new ProgressBarListener(stderr);
            SwitchOffResult result = switchOff.run(folder, MemoryPlan.threadsThatFit(switchOff.runs(), requested, maxHeap),
                    VersionProvider.version(), progress, hook.signal());
            if (result.outcome().interrupted()) {
                stderr.println("interrupted: nothing written (switch-off measures need every run)");
                stderr.flush();
                return ExitCodes.INTERRUPTED;
            }
            if (!result.outcome().complete()) {
                stderr.println("error: " + result.outcome().failures().size() + " run(s) failed, e.g. "
                        + (result.outcome().failures().isEmpty() ? String.valueOf(result.outcome().aborted())
                        : result.outcome().failures().get(0).failure()) + "; nothing written");
                stderr.flush();
                return ExitCodes.RUN_FAILURE;
            }
            folder.commit();
            new SwitchOffTable(result).print(stdout);
            stdout.println("Results in " + folder.target() + " (" + ResultFiles.SWITCH_OFF + ", series.csv with every "
                    + "strategy as planned and switched off, summary.csv, summary.json, manifest.json)");
            stdout.flush();
            return ExitCodes.OK;
        } finally {
            folder.abandon();
            hook.release();
        }
    }
}
