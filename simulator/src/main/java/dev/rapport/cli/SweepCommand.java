package dev.rapport.cli;

import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.points.Sweep;
import dev.rapport.experiment.points.SweepOutcome;
import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.experiment.points.SweepRecord;
import dev.rapport.scenario.LoadedScenario;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rapport sweep}: runs every strategy over replications at each point of a sweep of
 * scenario values and writes {@code sweep.csv} and {@code points.csv}. Ctrl-C or a kill keeps the
 * finished runs ({@code "complete": false}); {@code --resume} finishes them without redoing any.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Vary scenario values over a grid, a Latin hypercube or a Sobol sequence and run every strategy "
                + "at each point.")
final class SweepCommand implements Callable<Integer> {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    SweepOptions sweep;

    @Mixin
    OutputOptions output;

    @Mixin
    ThreadsOption threads;

    @Mixin
    EngineOption engine;

    @Option(names = "--resume", description = "Finish an interrupted sweep in --out (same scenario and sweep); "
            + "finished runs are not run again and the files are identical to an uninterrupted sweep's.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path target = output.target(scenario.file, "sweep");
        CommandLines.refuseResumeWithForce(resume, output.force, "sweep");
        Resume earlier = resume ? Resume.of(target, scenario) : null;
        if (earlier != null && !Sweep.isSweep(earlier.folder())) {
            throw new UserException(earlier.folder() + " holds a run, not a sweep; finish it with rapport run "
                    + scenario.file + " --out " + target + " --resume");
        }
        LoadedScenario loaded = earlier != null ? earlier.load(scenario) : scenario.load();
        ErrorHandler.printWarnings(stderr, loaded.warnings());
        SweepOptions.Chosen chosen = sweep.choose(loaded, scenario.replications);
        SweepPlan plan = SweepPlan.of(loaded, chosen.spec(), chosen.origins());
        if (earlier != null) {
            String why = SweepRecord.differs(earlier.folder(), plan);
            if (why != null) {
                throw new UserException("the sweep in " + earlier.folder() + " is not this one: " + why
                        + "; resume with the same --vary, --design, --points and --replications, or start afresh with --force");
            }
        }
        int usable = PointsRun.threadsThatFit(plan, threads.requested());
        try (EngineOption.Opened opened = engine.open(usable)) {
            OutputFolder folder = OutputFolder.prepare(target, output.force || resume, RunOutput.inputs(loaded));
            if (earlier != null) {
                try {
                    Sweep.resumeFrom(folder, earlier.folder(), plan);
                } catch (RuntimeException e) {
                    folder.abandon();
                    throw e;
                }
            }
            InterruptHook hook = InterruptHook.install("rapport-interrupt", SHUTDOWN_GRACE);
            try {
                ProgressListener progress = quiet ? ProgressListener.NONE : new ProgressBarListener(stderr, "points x strategies x replications");
                SweepOutcome outcome;
                try {
                    outcome = new Sweep(plan, opened.executor(), usable, null).run(folder, VersionProvider.version(), progress, hook.signal());
                } catch (RuntimeException | Error e) {
                    // Even the files could not be written: the runs saved so far stay in the work folder for --resume.
                    folder.keep();
                    return IncompleteRun.broken(e, scenario.file, folder.work(), folder.target(), debug(), stderr);
                }
                if (outcome.cutShort() && earlier == null && Files.exists(folder.target())) {
                    return PointsRun.keptAside(outcome, folder, "sweep", "this sweep's", resumeCommand(target), stderr);
                }
                folder.commitThen(() -> {
                    if (earlier != null) {
                        earlier.cleanUp(outcome.complete());
                    }
                });
                return tell(outcome, folder.target(), stdout, stderr);
            } finally {
                folder.abandon();
                hook.release();
            }
        }
    }

    private int tell(SweepOutcome outcome, Path target, PrintWriter stdout, PrintWriter stderr) {
        if (!outcome.interrupted()) {
            new SweepTable(outcome).print(stdout);
            stdout.flush();
        }
        if (outcome.complete()) {
            stdout.println("Results in " + target + " (sweep.csv, points.csv, sweep.json, manifest.json)");
            stdout.flush();
            return ExitCodes.OK;
        }
        return PointsRun.unfinished(outcome, target, "sweep", resumeCommand(target), debug(), stderr);
    }

    private String resumeCommand(Path target) {
        return CommandLines.resumeCommand(spec, target);
    }

    private boolean debug() {
        return CommandLines.debug(spec);
    }
}
