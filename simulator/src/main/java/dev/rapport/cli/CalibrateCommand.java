package dev.rapport.cli;

import dev.rapport.experiment.ExperimentInputException;
import dev.rapport.experiment.MemoryPlan;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.calibrate.Calibration;
import dev.rapport.experiment.calibrate.CalibrationOutcome;
import dev.rapport.experiment.calibrate.CalibrationPlan;
import dev.rapport.experiment.calibrate.ObservedData;
import dev.rapport.experiment.calibrate.ObservedDataReader;
import dev.rapport.experiment.calibrate.Profile;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rapport calibrate}: fits scenario values to a brand's observed series and writes each
 * value's estimate with a profile-likelihood interval, the fit, the search's trace and the
 * calibrated scenario. Ctrl-C keeps the candidates evaluated; {@code --resume} reads them back.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Fit scenario values to observed data (week,metric,value) and say how well the data pin "
                + "each one down.")
final class CalibrateCommand implements Callable<Integer> {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);
    /** Replications per candidate unless --replications says otherwise. */
    static final int DEFAULT_REPLICATIONS = 4;
    private static final String FORM = "PATH=LOW:HIGH, e.g. --fit mechanisms.word_of_mouth.trial_rate=0.005:0.05";

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--data", required = true, paramLabel = "CSV",
            description = "Observed data: a CSV with the columns week,metric,value (and optionally brand). A row's week "
                    + "ends its period: flows (purchases, revenue, acquired_*) are summed since the previous row.")
    Path data;

    @Option(names = "--fit", required = true, paramLabel = "PATH=LOW:HIGH",
            description = "A scenario value to fit, by its --set path, within LOW to HIGH. Repeatable. The search "
                    + "starts at the scenario's value (set it with --set to start elsewhere).")
    List<String> fit = new ArrayList<>();

    @Option(names = "--strategy", paramLabel = "NAME", description = "The strategy the data describe (default: the first).")
    String strategy;

    @Option(names = "--method", paramLabel = "M", description = "cmaes (default) or nelder-mead.")
    String method = "cmaes";

    @Option(names = "--evaluations", paramLabel = "N", description = "Most candidates the search tries (default: 60).")
    int evaluations = 60;

    @Option(names = "--profile-points", paramLabel = "G",
            description = "Values of each fitted value on its profile, from LOW to HIGH (default: 11).")
    int profilePoints = 11;

    @Option(names = "--profile-evaluations", paramLabel = "N",
            description = "Most candidates per profile point to re-fit the other values (default: 12).")
    int profileEvaluations = 12;

    @Mixin
    OutputOptions output;

    @Mixin
    ThreadsOption threads;

    @Mixin
    EngineOption engine;

    @Option(names = "--resume", description = "Finish an interrupted calibration in --out (same scenario, data and "
            + "settings); candidates already evaluated are read back, not run again.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path target = output.target(scenario.file, "calibrate");
        CommandLines.refuseResumeWithForce(resume, output.force, "calibration");
        Resume earlier = resume ? Resume.of(target, scenario) : null;
        if (earlier != null && !Calibration.isCalibration(earlier.folder())) {
            throw new UserException(earlier.folder() + " holds no calibration; start afresh with --force");
        }
        LoadedScenario loaded = earlier != null ? earlier.load(scenario) : scenario.load();
        ErrorHandler.printWarnings(stderr, loaded.warnings());
        ObservedData observed = ObservedDataReader.read(data, loaded.scenario());
        List<SweptParameter> fits = new ArrayList<>();
        List<Location> origins = new ArrayList<>();
        for (String text : fit) {
            fits.add(parse(text));
            origins.add(Location.of("--fit " + text));
        }
        // Every candidate costs its replications: a scenario's own count (20 for a report) would make
        // a calibration hours long; 4 average the seeds out enough, and the jackknife measures the rest.
        int replications = scenario.replications != null ? scenario.replications : DEFAULT_REPLICATIONS;
        CalibrationPlan plan = CalibrationPlan.of(loaded, fits, origins, strategy, observed,
                replications, CalibrationPlan.Method.parse(method), evaluations, profilePoints,
                profileEvaluations, loaded.scenario().seed());
        if (earlier != null) {
            String why = Calibration.differs(earlier.folder(), plan);
            if (why != null) {
                throw new UserException("the calibration in " + earlier.folder() + " is not this one: " + why
                        + "; resume with the same data and options, or start afresh with --force");
            }
        }
        int requested = threads.requested();
        long maxHeap = Runtime.getRuntime().maxMemory();
        MemoryPlan.check(loaded, maxHeap);
        int usable = Math.max(1, MemoryPlan.threadsThatFit(loaded, requested, maxHeap));
        try (EngineOption.Opened opened = engine.open(usable)) {
            OutputFolder folder = OutputFolder.prepare(target, output.force || resume, RunOutput.inputs(loaded));
            InterruptHook hook = InterruptHook.install("rapport-interrupt", SHUTDOWN_GRACE);
            try {
                if (earlier != null) {
                    Calibration.resumeFrom(folder, earlier.folder(), plan);
                }
                long started = System.nanoTime();
                double[] lowest = {Double.POSITIVE_INFINITY};
                CalibrationOutcome outcome = new Calibration(plan, opened.executor(), usable, null).run(folder, VersionProvider.version(), e -> {
                    lowest[0] = Math.min(lowest[0], e.loss());
                    if (!quiet && (e.index() + 1) % 10 == 0) {
                        stderr.printf(Locale.ROOT, "  %d of at most %d candidates (%s), best loss so far %.6g%n", e.index() + 1,
                                plan.capacity(), e.phase().equals("fit") ? "search" : "profiles", lowest[0]);
                        stderr.flush();
                    }
                }, hook.signal());
                if (outcome.interrupted() && earlier == null && Files.exists(folder.target())) {
                    // A --force calibration that did not finish must not cost the earlier results it was to replace.
                    folder.keep();
                    stderr.println("interrupted: the earlier results in " + target + " are left unchanged and this "
                            + "calibration's " + outcome.trace().size() + " candidates are kept in " + folder.work());
                    stderr.println("    finish with the same command and --out " + target + " --resume (without --force)");
                    stderr.flush();
                    return ExitCodes.INTERRUPTED;
                }
                folder.commitThen(() -> {
                    if (earlier != null) {
                        earlier.cleanUp(outcome.complete());
                    }
                });
                if (outcome.interrupted()) {
                    stderr.println("interrupted: " + outcome.trace().size() + " candidates evaluated and kept in " + target
                            + " (manifest.json says \"complete\": false)");
                    stderr.println("    finish with the same command and --out " + target + " --resume");
                    stderr.flush();
                    return ExitCodes.INTERRUPTED;
                }
                tell(outcome, target, (System.nanoTime() - started) / 1e9, stdout);
                return ExitCodes.OK;
            } finally {
                folder.abandon();
                hook.release();
            }
        }
    }

    private static void tell(CalibrationOutcome outcome, Path target, double seconds, PrintWriter out) {
        CalibrationPlan plan = outcome.plan();
        out.printf(Locale.ROOT, "Calibrated to %s: %d observations (%s) of strategy %s, %d replications per candidate%n",
                plan.data().source(), plan.data().size(), String.join(", ", plan.data().metrics().stream()
                        .map(m -> m.column()).toList()), plan.strategy(), plan.replications());
        int width = Math.max(9, plan.parameters().stream().mapToInt(p -> p.path().length()).max().orElse(9));
        out.printf(Locale.ROOT, "%-" + width + "s  %12s  %27s  %s%n", "parameter", "estimate", "95% interval", "identified");
        for (Profile p : outcome.profiles()) {
            out.printf(Locale.ROOT, "%-" + width + "s  %12.6g  %12.6g to %12.6g  %s%n", p.parameter().path(), p.estimate(),
                    p.low(), p.high(), p.identified() ? "yes" : "NO: flat profile, the data do not pin it down");
        }
        long search = outcome.trace().stream().filter(e -> e.phase().equals("fit")).count();
        out.printf(Locale.ROOT, "loss %.6g (sum of squared relative errors; interval cut %.6g) after %d search and %d "
                        + "profile candidates, %.0f s%n", outcome.best().loss(), outcome.loss().cut(outcome.best().loss(), outcome.best().lossError()),
                search, outcome.trace().size() - search, seconds);
        if (!outcome.notIdentified().isEmpty()) {
            out.println("warning: " + String.join(", ", outcome.notIdentified()) + " not identified: do not plan on "
                    + "the value; observe a metric it moves, or fix it from other evidence");
        }
        out.println("Results in " + target + " (calibration.csv, profile.csv, fit.csv, fit.png, trace.csv, calibrated.yaml)");
        out.flush();
    }

    /** Parses one {@code --fit}. */
    static SweptParameter parse(String text) {
        int eq = text.indexOf('=');
        String[] parts = eq <= 0 ? new String[0] : text.substring(eq + 1).split(":", -1);
        if (parts.length != 2) {
            throw new UserException("--fit " + text + ": expected " + FORM);
        }
        double low = number(text, parts[0], "LOW");
        double high = number(text, parts[1], "HIGH");
        if (!(high > low)) {
            throw new ExperimentInputException("--fit " + text + ": HIGH must be above LOW, a range to search");
        }
        return new SweptParameter(text.substring(0, eq).strip(), low, high, 2);
    }

    private static double number(String text, String part, String name) {
        try {
            double v = Double.parseDouble(part.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UserException("--fit " + text + ": " + name + " must be a number, not '" + part.strip() + "'; expected "
                + FORM);
    }
}
