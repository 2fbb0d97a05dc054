package dev.rapport.experiment.calibrate;

import dev.rapport.experiment.ManifestBuilder;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.LocalExecutor;
import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.experiment.points.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code rapport calibrate}'s experiment: searches for the values that minimise the {@link Loss}
 * ({@link Fit}), then profiles each value across its range ({@link Profile}), every candidate
 * evaluated through the experiment engine ({@link Evaluations}) and saved as its runs finish. A
 * stopped calibration leaves an incomplete folder ({@code "complete": false}) whose saved
 * candidates a resumed one reads back instead of running, ending with the same files.
 */
public final class Calibration {
    private final CalibrationPlan plan;
    private final RunExecutor executor;
    private final int threads;
    private final CalibrationRuns runs;

    /** A calibration of the model on this machine's threads. */
    public Calibration(CalibrationPlan plan, int threads) {
        this(plan, new LocalExecutor(threads), threads, null);
    }

    /**
     * @param simulator one replication of a candidate in place of the model, or null for the model;
     *                  tests substitute a known function
     */
    public Calibration(CalibrationPlan plan, RunExecutor executor, int threads, CalibrationRuns.Simulator simulator) {
        this.plan = plan;
        this.executor = executor;
        this.threads = threads;
        this.runs = new CalibrationRuns(plan, simulator);
    }

    /**
     * Evaluates what the folder's store does not hold yet and writes the result files; the caller
     * commits the folder.
     *
     * @param progress told of each candidate as it is evaluated
     */
    public CalibrationOutcome run(OutputFolder folder, String version, Consumer<Evaluations.Evaluation> progress,
                                  StopSignal stop) {
        Path dir = folder.work();
        ManifestBuilder manifest = new ManifestBuilder(plan.scenario(), threads, version, Instant.now().toString(),
                plan.replications());
        int width = plan.dimensions() + plan.data().size();
        RunStore store = new RunStore(dir, width, (long) plan.capacity() * plan.replications());
        BitSet saved = store.completed();
        ResultFiles.writeJson(dir.resolve(ResultFiles.MANIFEST), manifest.build(false, List.of(), List.of(), null));
        ResultFiles.writeJson(dir.resolve(CalibrationFiles.CALIBRATION_JSON), CalibrationRecord.of(plan, null, false));
        List<Profile> profiles = new ArrayList<>();
        Evaluations evaluations;
        boolean interrupted = false;
        try (RunStore.Session session = store.open()) {
            evaluations = new Evaluations(plan, runs, executor, session, saved, stop, progress);
            try {
                search(evaluations);
                profiles.addAll(profiles(evaluations));
            } catch (Evaluations.Stopped e) {
                interrupted = true;
            }
        }
        Evaluations.Evaluation best = evaluations.best();
        CalibrationOutcome outcome = new CalibrationOutcome(plan, profiles, best, evaluations.trace(), evaluations.loss(),
                evaluations.ran(), interrupted);
        if (interrupted) {
            ResultFiles.writeJson(dir.resolve(ResultFiles.MANIFEST), manifest.build(false, List.of(), List.of(), null));
            return outcome;
        }
        new CalibrationFiles(plan).write(dir, outcome);
        ResultFiles.writeJson(dir.resolve(CalibrationFiles.CALIBRATION_JSON), CalibrationRecord.of(plan, outcome, true));
        List<Integer> all = new ArrayList<>();
        for (int r = 0; r < plan.replications(); r++) {
            all.add(r);
        }
        ResultFiles.writeJson(dir.resolve(ResultFiles.MANIFEST), manifest.build(true, all, List.of(), null));
        store.delete();
        return outcome;
    }

    /** The search from the scenario's own values (or the middle of each range). */
    private void search(Evaluations evaluations) {
        double[] start = new double[plan.dimensions()];
        for (int d = 0; d < start.length; d++) {
            CalibrationPlan.Parameter p = plan.parameters().get(d);
            start[d] = p.unit(p.start());
        }
        Fit.minimise(plan.method(), start, u -> evaluations.evaluate(plan.values(u), "fit").loss(), plan.evaluations(),
                plan.seed());
    }

    /**
     * Each value's profile: fixed at each point of its grid, the others re-fitted by Nelder-Mead from
     * the best candidate (a short search from a good start), or nothing to re-fit with one value.
     */
    private List<Profile> profiles(Evaluations evaluations) {
        int dims = plan.dimensions();
        double[] optimum = evaluations.best().values();
        List<List<Profile.Point>> grids = new ArrayList<>();
        for (int j = 0; j < dims; j++) {
            CalibrationPlan.Parameter p = plan.parameters().get(j);
            List<Profile.Point> points = new ArrayList<>();
            for (int g = 0; g < plan.profilePoints(); g++) {
                double value = p.at((double) g / (plan.profilePoints() - 1));
                if (dims == 1) {
                    Evaluations.Evaluation e = evaluations.evaluate(new double[] {value}, "profile");
                    points.add(new Profile.Point(value, e.loss(), e.values()));
                    continue;
                }
                int fixed = j;
                Evaluations.Evaluation[] lowest = new Evaluations.Evaluation[1];
                double[] start = new double[dims - 1];
                for (int d = 0, k = 0; d < dims; d++) {
                    if (d != fixed) {
                        start[k++] = plan.parameters().get(d).unit(optimum[d]);
                    }
                }
                Fit.minimise(CalibrationPlan.Method.NELDER_MEAD, start, u -> {
                    double[] values = new double[dims];
                    for (int d = 0, k = 0; d < dims; d++) {
                        values[d] = d == fixed ? value : plan.parameters().get(d).at(u[k++]);
                    }
                    Evaluations.Evaluation e = evaluations.evaluate(values, "profile");
                    if (lowest[0] == null || e.loss() < lowest[0].loss()) {
                        lowest[0] = e;
                    }
                    return e.loss();
                }, plan.profileEvaluations(), plan.seed() + 1 + j);
                points.add(new Profile.Point(value, lowest[0].loss(), lowest[0].values()));
            }
            grids.add(points);
        }
        // The best of the whole calibration: a profile may find a lower loss than the search did.
        Evaluations.Evaluation best = evaluations.best();
        double cut = evaluations.loss().cut(best.loss(), best.lossError());
        List<Profile> out = new ArrayList<>();
        for (int j = 0; j < dims; j++) {
            out.add(Profile.of(plan.parameters().get(j), best.values()[j], best.loss(), grids.get(j), best.loss(), cut));
        }
        return out;
    }

    /** Copies the saved candidates of an earlier, incomplete calibration folder into {@code folder}. */
    public static void resumeFrom(OutputFolder folder, Path earlier, CalibrationPlan plan) {
        new RunStore(folder.work(), plan.dimensions() + plan.data().size(), (long) plan.capacity() * plan.replications())
                .copyFrom(earlier);
    }

    /** Why the calibration recorded in an earlier folder is not this one, or null when it is. */
    public static String differs(Path earlier, CalibrationPlan plan) {
        return CalibrationRecord.differs(earlier, plan);
    }

    /** Whether a result folder holds a calibration. */
    public static boolean isCalibration(Path folder) {
        return Files.isRegularFile(folder.resolve(CalibrationFiles.CALIBRATION_JSON));
    }
}
