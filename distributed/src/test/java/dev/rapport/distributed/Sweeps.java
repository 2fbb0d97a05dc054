package dev.rapport.distributed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.LocalExecutor;
import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.Sweep;
import dev.rapport.experiment.points.SweepOutcome;
import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.SweepSpec;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import java.nio.file.Path;
import java.util.List;

/** Small sweeps of the bundled scenarios, run into a result folder by any executor. */
final class Sweeps {
    static final Path FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml");

    private Sweeps() {
    }

    /** The flagship at 500 consumers for 8 weeks: 3 points of market potential x 4 strategies x 2 replications, 24 runs. */
    static SweepPlan flagship() {
        LoadedScenario loaded = new ScenarioLoader(Metric.names()).load(FLAGSHIP,
                List.of("population.size=500", "time.horizon_weeks=8"));
        return plan(loaded, new SweptParameter("market.potential", 0.3, 0.7, 3), 2);
    }

    static SweepPlan plan(LoadedScenario loaded, SweptParameter parameter, int replications) {
        return SweepPlan.of(loaded, new SweepSpec(SweepSpec.Design.GRID, 16, replications, List.of(parameter)),
                List.of(Location.of("test")));
    }

    /** Runs the sweep on the local engine's two threads. */
    static SweepOutcome local(SweepPlan plan, Path dir) {
        return run(plan, dir, new LocalExecutor(2), null);
    }

    /**
     * Starts the sweep into {@code dir} (or resumes the one there) and stops it, as Ctrl-C or a
     * killed driver would, once {@code stopAfter} runs have been saved; 0: never.
     */
    static SweepOutcome stopping(SweepPlan plan, Path dir, RunExecutor executor, int stopAfter, boolean resume) {
        OutputFolder folder = OutputFolder.prepare(dir, resume);
        if (resume) {
            Sweep.resumeFrom(folder, dir, plan);
        }
        StopSignal stop = new StopSignal();
        int[] saved = {0};
        ProgressListener counting = new ProgressListener() {
            @Override
            public void start(int totalRuns) {
            }

            @Override
            public void runFinished(String strategy, int replication) {
                if (++saved[0] == stopAfter) {
                    stop.request();
                }
            }

            @Override
            public void end() {
            }
        };
        SweepOutcome outcome = new Sweep(plan, executor, 2, null).run(folder, "test", counting, stop);
        folder.commit();
        return outcome;
    }

    /**
     * Runs the sweep into {@code dir} and asserts it finished.
     *
     * @param function one run, or null for the model
     */
    static SweepOutcome run(SweepPlan plan, Path dir, RunExecutor executor, RunFunction function) {
        OutputFolder folder = OutputFolder.prepare(dir, false);
        // The manifest records the threads; the same number on every engine keeps it identical.
        SweepOutcome outcome = new Sweep(plan, executor, 2, function).run(folder, "test", ProgressListener.NONE,
                new StopSignal());
        folder.commit();
        assertTrue(outcome.complete(), () -> "the sweep did not finish: " + outcome.failures() + " " + outcome.aborted());
        return outcome;
    }
}
