package dev.rapport.cli;

import dev.rapport.experiment.Experiment;
import dev.rapport.experiment.MemoryPlan;
import dev.rapport.experiment.Outcome;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.points.Sweep;
import dev.rapport.report.ReportFormat;
import dev.rapport.report.Reports;
import dev.rapport.scenario.LoadedScenario;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rapport run}: runs every strategy of a scenario and writes the result folder. Ctrl-C or
 * a kill keeps the finished replications (manifest {@code "complete": false}) and {@code --resume}
 * finishes them; a run that throws is reported with its seed and does not cost the others.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run every strategy of a scenario over its replications and write the results.")
final class RunCommand implements Callable<Integer> {
    /** How long Ctrl-C waits for the finished replications to be written before the JVM exits. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<scenario file name>).")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Mixin
    EngineOption engine;

    @Option(names = "--force", description = "Replace the output folder if it exists and is an earlier result (or empty); never any other folder.")
    boolean force;

    @Option(names = "--resume", description = "Finish an interrupted or partly failed run in --out (same scenario file); "
            + "the results are identical to an uninterrupted run's.")
    boolean resume;

    @Option(names = "--only-replication", paramLabel = "N",
            description = "Run replication N alone (0-based), e.g. to reproduce a failed run with its seed.")
    Integer onlyReplication;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Option(names = "--report", description = "Also write a self-contained report (report.html) into the output folder.")
    boolean report;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "Report format with --report: html, pdf, xlsx or pptx (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path target = out != null ? out : defaultOut(scenario.file);
        if (resume && force) {
            throw new UserException("--resume continues the results in --out and --force replaces them: choose one");
        }
        if (resume && onlyReplication != null) {
            // The resumed folder would keep only that replication and drop the others already finished.
            throw new UserException("--resume finishes every replication; run --only-replication into another --out");
        }
        Resume earlier = resume ? Resume.of(target, scenario) : null;
        if (earlier != null && Sweep.isSweep(earlier.folder())) {
            throw new UserException(earlier.folder() + " holds a sweep, not a run; finish it with rapport sweep "
                    + scenario.file + " (the same options) --out " + target + " --resume");
        }
        LoadedScenario loaded = earlier != null ? earlier.load(scenario) : scenario.load();
        ErrorHandler.printWarnings(stderr, loaded.warnings());
        long maxHeap = Runtime.getRuntime().maxMemory();
        MemoryPlan.check(loaded, maxHeap);
        int requested = threads.requested();
        int runThreads = MemoryPlan.threadsThatFit(loaded, requested, maxHeap);
        // Fewer runs than threads: the spare threads help each run listen.
        Experiment experiment = new Experiment(loaded, runThreads, Experiment.workersPerRun(requested, runThreads));
        if (onlyReplication != null) {
            if (onlyReplication < 0 || onlyReplication >= loaded.scenario().replications()) {
                throw new UserException("--only-replication must be between 0 and " + (loaded.scenario().replications() - 1));
            }
            experiment = experiment.only(List.of(onlyReplication));
        }
        ReportFormat reportFormat = ReportCommand.format(format);
        if (onlyReplication != null && force) {
            RunOutput.checkReplaceable(target, onlyReplication);
        }
        try (EngineOption.Opened opened = engine.open(runThreads)) {
            Experiment onEngine = opened.onto(experiment);
            OutputFolder folder = OutputFolder.prepare(target, force || resume, RunOutput.inputs(loaded));
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
                ProgressListener progress = quiet ? ProgressListener.NONE : new ProgressBarListener(stderr);
                Outcome outcome;
                try {
                    outcome = onEngine.run(folder, VersionProvider.version(), progress, hook.signal());
                } catch (RuntimeException | Error e) {
                    // Even the result files could not be written; the replications saved so far are in
                    // the work folder's resume/ and must not be deleted with it, unless the resumed
                    // folder still holds them all: then each failed attempt would leave another copy.
                    if (earlier != null && earlier.holdsEverythingIn(folder.work())) {
                        return IncompleteRun.broken(e, scenario.file, earlier.folder(), folder.target(), debug(), stderr);
                    }
                    folder.keep();
                    return IncompleteRun.broken(e, scenario.file, folder.work(), folder.target(), debug(), stderr);
                }
                if (outcome.cutShort() && earlier == null && Files.exists(folder.target())) {
                    // A --force run that did not finish must not cost the earlier results it was to replace:
                    // they stay, and this run's finished replications wait in the work folder for --resume.
                    folder.keep();
                    return IncompleteRun.keptAside(outcome, scenario.file, loaded.scenario().replications(), folder.work(),
                            folder.target(), debug(), stderr);
                }
                if (report && outcome.complete()) {
                    Reports.writeReport(folder.work(), reportFormat);
                }
                // The resumed work folders are removed while the output is still this run's alone.
                folder.commitThen(() -> {
                    if (earlier != null) {
                        earlier.cleanUp(outcome.complete());
                    }
                });
                if (folder.movedAside()) {
                    stderr.println("note: " + target + " appeared while this run was going and is not this run's to "
                            + "replace; the results are in " + folder.target() + " instead");
                    stderr.flush();
                }
                return tell(outcome, loaded, folder.target(), reportFormat, stdout, stderr);
            } finally {
                folder.abandon();
                // Only now may a Ctrl-C let the JVM halt: the results are in place and the user told.
                hook.release();
            }
        }
    }

    private int tell(Outcome outcome, LoadedScenario loaded, Path target, ReportFormat reportFormat, PrintWriter stdout,
                     PrintWriter stderr) {
        if (outcome.interrupted()) {
            return IncompleteRun.interrupted(outcome, scenario.file, loaded.scenario().replications(), target, stderr);
        }
        if (outcome.aborted() != null) {
            return IncompleteRun.aborted(outcome, scenario.file, loaded.scenario().replications(), target, debug(), stderr);
        }
        if (!outcome.failures().isEmpty()) {
            new ComparisonTable(loaded.scenario(), outcome.summary()).print(stdout);
            stdout.flush();
            return IncompleteRun.failed(outcome, scenario.file, target, debug(), stderr);
        }
        new ComparisonTable(loaded.scenario(), outcome.summary()).print(stdout);
        stdout.println();
        if (!outcome.uncertainty().isEmpty()) {
            UncertaintyLines.print(outcome.uncertainty(), loaded.scenario().outputs().confidence(), stdout);
            stdout.println();
        }
        if (!outcome.complete()) {
            // --only-replication: say plainly that this folder is not the scenario's whole result.
            stdout.println("The folder holds replication" + (outcome.completedReplications().size() == 1 ? " " : "s ")
                    + outcome.completedReplications() + " only, " + outcome.completedReplications().size() + " of "
                    + loaded.scenario().replications() + " (manifest.json says \"complete\": false)"
                    + (report ? "; no report is written for part of a run" : ""));
        }
        stdout.println("Results in " + target + " (series.csv, summary.csv, summary.json, manifest.json"
                + (outcome.uncertainty().isEmpty() ? "" : ", parameters.csv, uncertainty.csv")
                + (report && outcome.complete() ? ", " + Reports.defaultReportFile(target, reportFormat).getFileName() : "") + ")");
        stdout.flush();
        return ExitCodes.OK;
    }

    private boolean debug() {
        return CommandLines.debug(spec);
    }


    static Path defaultOut(Path scenarioFile) {
        return CommandLines.defaultOut(scenarioFile);
    }
}
