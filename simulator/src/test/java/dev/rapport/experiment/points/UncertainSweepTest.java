package dev.rapport.experiment.points;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.Experiment;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.StopAfterRuns;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.UncertaintyFiles;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.SweepSpec;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The experiments over points draw the {@code uncertain:} values per replication as
 * {@code rapport run} does: replication r of every point and strategy meets the values r of a run
 * meets ({@code parameters.csv}), a value the point sets is not drawn, and the files are the same
 * whatever the threads and after a resume.
 */
class UncertainSweepTest {
    private static final String PERSUASION = "mechanisms.advertising.persuasion_rate";
    private static final String TRIAL = "mechanisms.word_of_mouth.trial_rate";
    private static final String UNCERTAIN = "uncertain=[{path: " + PERSUASION + ", distribution: uniform, low: 0.001, high: 0.05},"
            + " {path: " + TRIAL + ", distribution: triangular, low: 0.005, mode: 0.02, high: 0.06}]";

    /** Two points that set the word-of-mouth trial rate themselves: only persuasion is drawn there. */
    private static SweepPlan plan(LoadedScenario loaded) {
        SweepSpec spec = new SweepSpec(SweepSpec.Design.GRID, 16, 3, List.of(new SweptParameter(TRIAL, 0.01, 0.03, 2)));
        return SweepPlan.of(loaded, spec, List.of(Location.of("test")));
    }

    @Test
    void eachPointMeetsTheDrawsOfRapportRunAndKeepsTheValueItSets(@TempDir Path tmp) throws IOException {
        LoadedScenario loaded = SweepTest.small("replications=3", UNCERTAIN);
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("run"), false);
        new Experiment(loaded, 2).run(folder, "test", ProgressListener.NONE);
        folder.commit();
        Map<String, Double> drawn = new HashMap<>();
        List<String> lines = Files.readAllLines(tmp.resolve("run").resolve(UncertaintyFiles.PARAMETERS));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            drawn.put(c[0] + " " + c[1], Double.parseDouble(c[2]));
        }
        assertEquals(3 * 2, drawn.size());

        SweepPlan plan = plan(loaded);
        ScenarioRuns runs = (ScenarioRuns) Sweep.model(plan);
        for (Point p : plan.points()) {
            double trial = p.settings().get(0).value();
            for (int r = 0; r < 3; r++) {
                for (int s = 0; s < plan.strategies().size(); s++) {
                    Scenario at = runs.scenario(new RunKey(p.index(), s, r));
                    assertEquals(drawn.get(r + " " + PERSUASION), at.mechanisms().advertising().persuasionRate(), 0,
                            "point " + p.index() + ", replication " + r + ": the run's draw");
                    assertEquals(trial, at.mechanisms().wordOfMouth().trialRate(), 0, "the point's own value wins over the draw");
                }
            }
        }
        assertNotEquals(drawn.get("0 " + PERSUASION), drawn.get("1 " + PERSUASION), "each replication draws its own");
    }

    @Test
    void anUncertainSweepIsTheSameWithOneAndTwoThreadsAndAfterAResumeAndDiffersFromTheGivenValues(@TempDir Path tmp)
            throws IOException {
        SweepPlan plan = plan(SweepTest.small("replications=3", UNCERTAIN));
        SweepTest.run(plan, tmp.resolve("one"), 1);
        SweepTest.run(plan, tmp.resolve("two"), 2);
        Path dir = tmp.resolve("stopped");
        StopSignal stop = new StopSignal();
        SweepOutcome stopped = SweepTest.run(plan, dir, 2, Sweep.model(plan), new StopAfterRuns(5, stop), stop, false);
        assertFalse(stopped.complete());
        assertTrue(SweepTest.run(plan, dir, 2, Sweep.model(plan), ProgressListener.NONE, new StopSignal(), true).complete());
        for (String file : SweepTest.FILES) {
            byte[] one = Files.readAllBytes(tmp.resolve("one").resolve(file));
            assertArrayEquals(one, Files.readAllBytes(tmp.resolve("two").resolve(file)), file);
            assertArrayEquals(one, Files.readAllBytes(dir.resolve(file)), file + " after a resume");
        }
        SweepTest.run(plan(SweepTest.small("replications=3")), tmp.resolve("given"), 2);
        assertNotEquals(Files.readAllLines(tmp.resolve("given").resolve(Sweep.SWEEP_CSV)),
                Files.readAllLines(tmp.resolve("one").resolve(Sweep.SWEEP_CSV)), "the draws reach the runs");
    }
}
