package dev.rapport.cli;

import dev.rapport.experiment.MemoryPlan;
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
import java.util.ArrayList;
import java.util.List;
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

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<scenario file name>-sweep).")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "Runs in parallel (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--force", description = "Replace the output folder if it exists and is an earlier result (or empty).")
    boolean force;

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
        Path target = out != null ? out : defaultOut(scenario.file);
        if (resume && force) {
            throw new UserException("--resume continues the sweep in --out and --force replaces it: choose one");
        }
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
        int requested = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (requested < 1) {
            throw new UserException("--threads must be at least 1");
        }
        int usable = threadsThatFit(plan, requested);
        OutputFolder folder = OutputFolder.prepare(target, force || resume, RunOutput.inputs(loaded));
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
                outcome = new Sweep(plan, usable).run(folder, VersionProvider.version(), progress, hook.signal());
            } catch (RuntimeException | Error e) {
                // Even the files could not be written: the runs saved so far stay in the work folder for --resume.
                folder.keep();
                return IncompleteRun.broken(e, scenario.file, folder.work(), folder.target(), debug(), stderr);
            }
            if (outcome.cutShort() && earlier == null && Files.exists(folder.target())) {
                // A --force sweep that did not finish must not cost the earlier results it was to replace.
                folder.keep();
                stderr.println("the sweep did not finish; the earlier results in " + folder.target() + " are left unchanged"
                        + " and this sweep's " + outcome.finished() + " finished runs are kept in " + folder.work());
                stderr.println("    finish with: " + resumeCommand(target));
                stderr.flush();
                return outcome.interrupted() ? ExitCodes.INTERRUPTED : ExitCodes.RUN_FAILURE;
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

    /** Threads whose runs fit in memory at every end of every parameter's range. */
    private static int threadsThatFit(SweepPlan plan, int requested) {
        long maxHeap = Runtime.getRuntime().maxMemory();
        MemoryPlan.check(plan.scenario(), maxHeap);
        int usable = MemoryPlan.threadsThatFit(plan.scenario(), requested, maxHeap);
        for (LoadedScenario probe : plan.probes()) {
            MemoryPlan.check(probe, maxHeap);
            usable = Math.min(usable, MemoryPlan.threadsThatFit(probe, requested, maxHeap));
        }
        // threadsThatFit caps at one scenario's runs; a sweep has more.
        return Math.max(1, usable);
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
        String resumeWith = "    finish with: " + resumeCommand(target);
        if (outcome.interrupted()) {
            stderr.println("interrupted: " + outcome.finished() + " of " + outcome.runs() + " runs finished and are kept in "
                    + target + " (manifest.json says \"complete\": false)");
            stderr.println(resumeWith);
            stderr.flush();
            return ExitCodes.INTERRUPTED;
        }
        if (outcome.aborted() != null) {
            stderr.println("error: the sweep stopped unexpectedly: " + outcome.aborted());
        }
        for (var f : outcome.failed()) {
            stderr.println("  point " + f.point() + " " + f.settings() + ", strategy '" + f.strategy() + "', replication "
                    + f.replication() + ", seed " + f.seed() + ": " + f.error());
        }
        stderr.println("error: " + (outcome.runs() - outcome.finished()) + " of " + outcome.runs()
                + " runs did not finish; the others are kept in " + target + " (manifest.json says \"complete\": false)");
        stderr.println(resumeWith);
        if (debug()) {
            outcome.failures().forEach(f -> f.cause().printStackTrace(stderr));
            if (outcome.aborted() != null) {
                outcome.aborted().printStackTrace(stderr);
            }
        }
        stderr.flush();
        return ExitCodes.RUN_FAILURE;
    }

    /** This command line as given, without --force and --out, with --out TARGET --resume: what finishes the sweep. */
    private String resumeCommand(Path target) {
        List<String> args = new ArrayList<>(List.of("rapport"));
        // The whole command line as given, options before the command (--debug) included.
        List<String> given = spec.commandLine().getParseResult().originalArgs();
        for (int i = 0; i < given.size(); i++) {
            String a = given.get(i);
            if (a.equals("--out")) {
                i++;
            } else if (!a.equals("--force") && !a.equals("--resume") && !a.startsWith("--out=")) {
                args.add(a);
            }
        }
        args.addAll(List.of("--out", target.toString(), "--resume"));
        return String.join(" ", args.stream().map(SweepCommand::shellWord).toList());
    }

    /** A word as a POSIX shell needs it: quoted when it holds anything but plain characters (brackets glob). */
    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:=,+@%-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private boolean debug() {
        CommandLine root = spec.commandLine();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommand() instanceof RapportCommand r && r.debug;
    }

    static Path defaultOut(Path scenarioFile) {
        String name = scenarioFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return Path.of("results", name + "-sweep");
    }
}
