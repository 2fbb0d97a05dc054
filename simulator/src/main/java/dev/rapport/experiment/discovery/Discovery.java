package dev.rapport.experiment.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.experiment.Numbers;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.analysis.FactorLimits;
import dev.rapport.experiment.analysis.Prim;
import dev.rapport.experiment.analysis.PrimBox;
import dev.rapport.experiment.analysis.PrimSettings;
import dev.rapport.experiment.analysis.PrimTrajectory;
import dev.rapport.experiment.points.Point;
import dev.rapport.experiment.points.PointMeans;
import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.SeedNoise;
import dev.rapport.experiment.points.Setting;
import dev.rapport.experiment.points.Sweep;
import dev.rapport.experiment.points.SweepOutcome;
import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.experiment.points.SweepRecord;
import dev.rapport.experiment.points.TidyCsv;
import dev.rapport.report.ExperimentCharts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code rapport discover}'s experiment: scenario discovery (Bryant and Lempert 2010; the EMA
 * Workbench). A sweep over the parameters' ranges (a Latin hypercube by default), or over the
 * scenario's {@code uncertain:} distributions ({@link UncertainFutures}), runs both
 * strategies (only those two, and the baseline when the objective is incremental) at every point on
 * common random numbers; a point, one possible future, is of
 * interest where strategy A's objective, averaged over the point's replications, exceeds B's (the
 * mean of the paired differences, the replications being paired on the same seeds). PRIM then finds
 * a box of parameter values where such futures concentrate, and the box with the widest coverage
 * among those at least {@code minimumDensity} dense is the one reported. The futures where A and B
 * are too close to call on the replications run are counted ({@link SeedNoise}).
 */
public final class Discovery {
    public static final String DISCOVERY_CSV = "discovery.csv";
    public static final String BOX_CSV = "box.csv";
    public static final String DISCOVERY_JSON = "discovery.json";
    /** The box reported is the widest at least this dense, unless told otherwise. */
    public static final double DEFAULT_MINIMUM_DENSITY = 0.8;

    private final SweepPlan plan;
    private final String a;
    private final String b;
    private final String objective;
    private final double minimumDensity;

    private Discovery(SweepPlan plan, String a, String b, String objective, double minimumDensity) {
        this.plan = plan;
        this.a = a;
        this.b = b;
        this.objective = objective;
        this.minimumDensity = minimumDensity;
    }

    /**
     * @param plan      the sweep of futures
     * @param objective the metric compared; null: the scenario's objective
     * @throws IllegalArgumentException when a strategy or the objective is unknown, or A is B
     */
    public static Discovery of(SweepPlan plan, String a, String b, String objective, double minimumDensity) {
        for (String s : List.of(a, b)) {
            if (!plan.strategies().contains(s)) {
                throw new IllegalArgumentException("strategy " + s + " is not in the scenario; it has "
                        + String.join(", ", plan.strategies()));
            }
        }
        if (a.equals(b)) {
            throw new IllegalArgumentException("--a and --b are both " + a + "; discovery compares two strategies");
        }
        String o = objective != null ? objective : plan.scenario().scenario().outputs().objective();
        if (!plan.metrics().columns().contains(o)) {
            throw new IllegalArgumentException("--objective " + o + " is not a metric an experiment reports; choose one of "
                    + String.join(", ", plan.metrics().columns()));
        }
        if (!(minimumDensity > 0 && minimumDensity <= 1)) {
            throw new IllegalArgumentException("--min-density must be above 0 and at most 1, not " + minimumDensity);
        }
        return new Discovery(plan.onlyFor(List.of(a, b), o), a, b, o, minimumDensity);
    }

    public SweepPlan plan() {
        return plan;
    }

    /** The strategy that may win. */
    public String a() {
        return a;
    }

    /** The strategy it is compared with. */
    public String b() {
        return b;
    }

    /** "invest beats spend", what a future of interest is. */
    public String question() {
        return a + " beats " + b;
    }

    /**
     * What discovery found, when every run finished.
     *
     * @param interesting    the futures where A beats B, of {@code points}
     * @param sentence       the finding in words
     * @param tooCloseToCall the futures where A - B, paired over the replications, is within two
     *                       standard errors of zero ({@link SeedNoise#tooCloseToCall}); -1 when it
     *                       cannot be measured (one replication)
     * @param boxTooClose    of the futures of interest inside the chosen box, those too close to
     *                       call; -1 when it cannot be measured
     */
    public record Finding(PrimTrajectory trajectory, PrimBox chosen, String box, int points, int interesting,
                          String sentence, int tooCloseToCall, int boxTooClose) {

        /**
         * The warning when most of the box's futures of interest are too close to call: then the
         * box may outline seed noise rather than a condition. Null when there is nothing to warn of.
         */
        public String boxWarning(String a, String b) {
            if (boxTooClose <= 0 || chosen.interesting() == 0 || 2 * boxTooClose <= chosen.interesting()) {
                return null;
            }
            return String.format(Locale.ROOT, "%d of the box's %d futures where %s beats %s are too close to call: the "
                    + "box may outline seed noise, not a condition; raise --replications before planning on it",
                    boxTooClose, chosen.interesting(), a, b);
        }

        /** The seed-noise line the terminal shows. */
        public String noiseSentence(String a, String b, int replications) {
            if (tooCloseToCall < 0) {
                return "seed noise cannot be measured at 1 replication a future; give --replications 2 or more to see "
                        + "which futures are too close to call";
            }
            return String.format(Locale.ROOT, "seed noise: %d of %d futures are too close to call (%s - %s within %s "
                            + "standard errors of zero, paired over %d replications a future)%s", tooCloseToCall, points,
                    a, b, Numbers.format(SeedNoise.CLOSE_CALL_STANDARD_ERRORS), replications,
                    tooCloseToCall > 0 ? "; raise --replications to settle them" : "");
        }
    }

    /** What the experiment achieved, and the finding when every run finished (else null). */
    public record Outcome(SweepOutcome sweep, Finding finding) {
    }

    /**
     * Runs what the folder does not hold yet, writes the sweep's files and, once every run has
     * finished, {@code discovery.csv}, {@code box.csv} and the chart; the caller commits the folder.
     *
     * @param function one run; null: the model
     */
    public Outcome run(OutputFolder folder, String rapportVersion, RunExecutor executor, int threads,
                       RunFunction function, ProgressListener progress, StopSignal stop) {
        Path dir = folder.work();
        ResultFiles.writeJson(dir.resolve(DISCOVERY_JSON), record(null));
        SweepOutcome sweep = new Sweep(plan, executor, threads, function).run(folder, rapportVersion, progress, stop);
        if (!sweep.complete()) {
            return new Outcome(sweep, null);
        }
        Finding finding = find(dir);
        write(dir, finding);
        ResultFiles.writeJson(dir.resolve(DISCOVERY_JSON), record(finding));
        ExperimentCharts.writeDiscovery(dir);
        return new Outcome(sweep, finding);
    }

    private Finding find(Path dir) {
        int n = plan.points().size();
        double[] meanA = PointMeans.read(dir, n, a, objective);
        double[] meanB = PointMeans.read(dir, n, b, objective);
        double[][] x = new double[n][];
        boolean[] interest = new boolean[n];
        int interesting = 0;
        for (Point p : plan.points()) {
            x[p.index()] = p.settings().stream().mapToDouble(Setting::value).toArray();
            interest[p.index()] = meanA[p.index()] > meanB[p.index()];
            interesting += interest[p.index()] ? 1 : 0;
        }
        PrimTrajectory trajectory = Prim.find(x, interest, PrimSettings.defaults());
        PrimBox chosen = trajectory.widestWithDensity(minimumDensity).orElseGet(() -> densest(trajectory));
        String box = BoxDescription.of(chosen, paths());
        boolean[] closeCalls = SeedNoise.closeCalls(PointMeans.readRuns(dir, n, plan.replications(), a, objective),
                PointMeans.readRuns(dir, n, plan.replications(), b, objective));
        int close = -1;
        int boxClose = -1;
        if (closeCalls != null) {
            close = 0;
            boxClose = 0;
            for (int p = 0; p < n; p++) {
                close += closeCalls[p] ? 1 : 0;
                boxClose += closeCalls[p] && interest[p] && chosen.contains(x[p]) ? 1 : 0;
            }
        }
        return new Finding(trajectory, chosen, box, n, interesting, sentence(chosen, box, n, interesting), close,
                boxClose);
    }

    /** The densest box (the wider of equally dense ones), when none reaches the density asked for. */
    private static PrimBox densest(PrimTrajectory trajectory) {
        PrimBox best = trajectory.box(0);
        for (PrimBox box : trajectory.boxes()) {
            if (box.density() > best.density() || (box.density() == best.density() && box.coverage() > best.coverage())) {
                best = box;
            }
        }
        return best;
    }

    private String sentence(PrimBox chosen, String box, int n, int interesting) {
        if (interesting == 0) {
            return a + " beats " + b + " in none of the " + n + " futures: there is no box to find";
        }
        if (interesting == n) {
            return a + " beats " + b + " in all " + n + " futures: it wins whatever these parameters are";
        }
        String where = box.equals("anywhere") ? "over the whole range" : "where " + box;
        return String.format(Locale.ROOT, "%s beats %s in %.0f%% of futures (density) %s; the box holds %.0f%% "
                        + "of all such futures (coverage); overall %s wins in %d of %d futures", a, b, 100 * chosen.density(),
                where, 100 * chosen.coverage(), a, interesting, n);
    }

    private List<String> paths() {
        return plan.parameters().stream().map(SweepPlan.Parameter::path).toList();
    }

    private void write(Path dir, Finding finding) {
        List<List<String>> steps = new ArrayList<>();
        for (PrimBox box : finding.trajectory().boxes()) {
            steps.add(List.of(String.valueOf(box.step()), String.valueOf(box.points()), String.valueOf(box.interesting()),
                    TidyCsv.number(box.coverage()), TidyCsv.number(box.density()), TidyCsv.number(box.mass()),
                    String.valueOf(box.pasted()), String.valueOf(box == finding.chosen()),
                    BoxDescription.of(box, paths())));
        }
        TidyCsv.write(dir.resolve(DISCOVERY_CSV), List.of("step", "points", "of_interest", "coverage", "density", "mass",
                "pasted", "chosen", "box"), steps);
        List<List<String>> limits = new ArrayList<>();
        for (FactorLimits f : finding.chosen().limits()) {
            limits.add(List.of(String.valueOf(finding.chosen().step()), TidyCsv.name(paths().get(f.factor())),
                    TidyCsv.number(f.low()), TidyCsv.number(f.high()), String.valueOf(f.restrictsLow()),
                    String.valueOf(f.restrictsHigh())));
        }
        TidyCsv.write(dir.resolve(BOX_CSV), List.of("step", "parameter", "low", "high", "restricts_low", "restricts_high"),
                limits);
    }

    /**
     * {@code discovery.json}: the question and, once found, the answer. A resumed discovery must
     * ask the same question (the sweep's own record checks the points).
     */
    public record Record(String a, String b, String objective, double minimumDensity, int replications, Integer points,
                         Integer ofInterest, Integer tooCloseToCall, Integer boxTooCloseToCall, Integer chosenStep,
                         Double coverage, Double density, String box, String finding) {
    }

    private Record record(Finding f) {
        int reps = plan.replications();
        return f == null ? new Record(a, b, objective, minimumDensity, reps, null, null, null, null, null, null, null, null,
                null)
                : new Record(a, b, objective, minimumDensity, reps, f.points(), f.interesting(),
                f.tooCloseToCall() < 0 ? null : f.tooCloseToCall(), f.boxTooClose() < 0 ? null : f.boxTooClose(),
                f.chosen().step(), f.chosen().coverage(),
                f.chosen().density(), f.box(), f.sentence());
    }

    /** Why the discovery in {@code folder} is not this one, or null when it is and may be resumed. */
    public String differs(Path folder) {
        String sweep = SweepRecord.differs(folder, plan);
        if (sweep != null) {
            return sweep;
        }
        JsonNode earlier;
        try {
            earlier = ResultFiles.json().readTree(folder.resolve(DISCOVERY_JSON).toFile());
        } catch (IOException e) {
            return "its " + DISCOVERY_JSON + " cannot be read: " + e.getMessage();
        }
        JsonNode now = ResultFiles.json().valueToTree(record(null));
        for (String field : List.of("a", "b", "objective", "minimum_density")) {
            if (earlier == null || !now.path(field).toString().equals(earlier.path(field).toString())) {
                return "its " + field.replace('_', ' ') + " " + (earlier == null ? "(none)" : earlier.path(field))
                        + " differs from this discovery's " + now.path(field);
            }
        }
        return null;
    }
}
