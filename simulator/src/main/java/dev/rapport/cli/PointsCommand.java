package dev.rapport.cli;

import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.experiment.points.Sweep;
import dev.rapport.experiment.points.SweepOutcome;
import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the commands that run as a sweep of points share ({@code rapport sensitivity},
 * {@code rapport discover}): the scenario and {@code --vary} ranges, the output folder, Ctrl-C that
 * keeps the finished runs and {@code --resume} that finishes them without redoing any, all as
 * {@code rapport sweep} does them. A subclass says what it runs and what it prints.
 */
abstract class PointsCommand implements Callable<Integer> {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--vary", paramLabel = "PATH=LOW:HIGH",
            description = "A scenario value by its --set path and its range, e.g. --vary market.potential=0.3:0.7. "
                    + "Repeatable; at least one (discover without any sweeps the scenario's uncertain: section).")
    List<String> vary = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: results/<scenario file name>-${COMMAND-NAME}).")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Mixin
    EngineOption engine;

    @Option(names = "--force", description = "Replace the output folder if it exists and is an earlier result (or empty).")
    boolean force;

    @Option(names = "--resume", description = "Finish an interrupted experiment in --out (same scenario and flags); "
            + "finished runs are not run again and the files are identical to an uninterrupted one's.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The experiment, made from the loaded scenario and the command's flags. */
    interface Experiment {
        SweepPlan plan();

        /** Why the experiment in {@code folder} is not this one, or null when it may be resumed. */
        String differs(Path folder);

        /** @param executor where the runs execute ({@code --engine}) */
        Ran run(OutputFolder folder, RunExecutor executor, int threads, ProgressListener progress, StopSignal stop);
    }

    /**
     * @param report prints the result, once every run finished
     * @param files  the experiment's own files, for the closing line
     */
    record Ran(SweepOutcome sweep, Consumer<PrintWriter> report, String files) {
    }

    /** The command's name, as in the default folder: sensitivity, discover. */
    abstract String name();

    /** What {@code --replications} means for this command, for its help. */
    abstract String replicationsHelp();

    /**
     * Replaces the shared {@code --replications} help (the {@link ScenarioOptions} mixin's) with
     * this command's own, which says its default; the option still sets the mixin's field.
     */
    void describeReplications(CommandLine.Model.CommandSpec commandSpec) {
        CommandLine.Model.OptionSpec shared = commandSpec.findOption("--replications");
        commandSpec.remove(shared);
        commandSpec.addOption(CommandLine.Model.OptionSpec.builder(shared).description(replicationsHelp()).build());
    }

    /** Whether, without {@code --vary}, the command sweeps the scenario's {@code uncertain:} parameters instead. */
    boolean sweepsUncertainWithoutVary() {
        return false;
    }

    /** Checks the flags and makes the experiment; a bad flag is a {@link UserException}. */
    abstract Experiment prepare(LoadedScenario loaded, List<SweptParameter> parameters, List<Location> origins);

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path target = out != null ? out : defaultOut(scenario.file, name());
        CommandLines.refuseResumeWithForce(resume, force, "experiment");
        if (vary.isEmpty() && !sweepsUncertainWithoutVary()) {
            throw new UserException("rapport " + name() + " needs at least one parameter: give --vary PATH=LOW:HIGH, "
                    + "e.g. --vary market.potential=0.3:0.7");
        }
        List<SweptParameter> parameters = new ArrayList<>();
        List<Location> origins = new ArrayList<>();
        for (String text : vary) {
            SweepOptions.Given g = SweepOptions.parse(text);
            parameters.add(g.parameter());
            origins.add(g.origin());
        }
        Resume earlier = resume ? Resume.of(target, scenario) : null;
        if (earlier != null && !Sweep.isSweep(earlier.folder())) {
            throw new UserException(earlier.folder() + " holds a run, not an experiment over points; start afresh with --force");
        }
        LoadedScenario loaded = earlier != null ? earlier.load(scenario) : scenario.load();
        ErrorHandler.printWarnings(stderr, loaded.warnings());
        Experiment experiment = prepare(loaded, parameters, origins);
        if (earlier != null) {
            String why = experiment.differs(earlier.folder());
            if (why != null) {
                throw new UserException("the experiment in " + earlier.folder() + " is not this one: " + why
                        + "; resume with the same flags, or start afresh with --force");
            }
        }
        int usable = PointsRun.threadsThatFit(experiment.plan(), threads.requested());
        try (EngineOption.Opened opened = engine.open(usable)) {
            OutputFolder folder = OutputFolder.prepare(target, force || resume, RunOutput.inputs(loaded));
            if (earlier != null) {
                try {
                    Sweep.resumeFrom(folder, earlier.folder(), experiment.plan());
                } catch (RuntimeException e) {
                    folder.abandon();
                    throw e;
                }
            }
            InterruptHook hook = InterruptHook.install("rapport-interrupt", SHUTDOWN_GRACE);
            try {
                ProgressListener progress = quiet ? ProgressListener.NONE
                        : new ProgressBarListener(stderr, "points x strategies x replications");
                Ran ran;
                try {
                    ran = experiment.run(folder, opened.executor(), usable, progress, hook.signal());
                } catch (RuntimeException | Error e) {
                    folder.keep();
                    return IncompleteRun.broken(e, scenario.file, folder.work(), folder.target(), debug(), stderr);
                }
                SweepOutcome outcome = ran.sweep();
                if (outcome.cutShort() && earlier == null && Files.exists(folder.target())) {
                    return PointsRun.keptAside(outcome, folder, name(), "its", CommandLines.resumeCommand(spec, target), stderr);
                }
                folder.commitThen(() -> {
                    if (earlier != null) {
                        earlier.cleanUp(outcome.complete());
                    }
                });
                return tell(ran, folder.target(), stdout, stderr);
            } finally {
                folder.abandon();
                hook.release();
            }
        }
    }

    private int tell(Ran ran, Path target, PrintWriter stdout, PrintWriter stderr) {
        SweepOutcome outcome = ran.sweep();
        if (outcome.complete()) {
            ran.report().accept(stdout);
            stdout.println("Results in " + target + " (" + ran.files() + ", sweep.csv, points.csv, sweep.json, "
                    + "manifest.json, charts/)");
            stdout.flush();
            return ExitCodes.OK;
        }
        return PointsRun.unfinished(outcome, target, name(), CommandLines.resumeCommand(spec, target), false, stderr);
    }

    boolean debug() {
        return CommandLines.debug(spec);
    }

    static Path defaultOut(Path scenarioFile, String command) {
        return CommandLines.defaultOut(scenarioFile, command);
    }
}
