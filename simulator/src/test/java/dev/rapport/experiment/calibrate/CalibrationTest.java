package dev.rapport.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.LocalExecutor;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search, the profiles and the files on a known function in place of the model (fast and
 * exact): a curve of two scenario values with seeded noise. The values it was made with fall
 * inside the intervals reported, a value it ignores is flagged as not identified, and a stopped
 * calibration resumes to the same files without evaluating a saved candidate again.
 */
class CalibrationTest {
    static final Path FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml");
    static final String TRIAL = "mechanisms.word_of_mouth.trial_rate";
    static final String PERSUASION = "mechanisms.advertising.persuasion_rate";
    static final String TALK = "mechanisms.community.talk_boost";
    static final double TRUE_TRIAL = 0.02;
    static final double TRUE_PERSUASION = 0.012;
    static final int WEEKS = 52;
    /** Noise of one replication, relative to the curve. */
    static final double NOISE = 0.05;
    static final AtomicInteger CALLS = new AtomicInteger();

    static LoadedScenario small(String... more) {
        List<String> overrides = new ArrayList<>(List.of("population.size=500", "time.horizon_weeks=52",
                "replications=4"));
        overrides.addAll(List.of(more));
        return new ScenarioLoader(Metric.names()).load(FLAGSHIP, overrides);
    }

    /** Weekly purchases of a saturating diffusion-like curve in the two rates; the third value does nothing. */
    static double[] curve(double trial, double persuasion, long noiseSeed) {
        SplittableRandom random = new SplittableRandom(noiseSeed);
        double[] out = new double[WEEKS];
        for (int w = 1; w <= WEEKS; w++) {
            double level = 1000 * (1 - Math.exp(-persuasion * 8 * w)) + 40000 * trial * Math.exp(-w / 30.0);
            out[w - 1] = level * (1 + NOISE * random.nextGaussian());
        }
        return out;
    }

    static final CalibrationRuns.Simulator SIMULATOR = (values, replication) -> {
        CALLS.incrementAndGet();
        return curve(values[0], values[1], 1000 + replication);
    };

    static ObservedData observed(LoadedScenario loaded) {
        double[] values = curve(TRUE_TRIAL, TRUE_PERSUASION, 7);
        List<Observation> rows = new ArrayList<>();
        for (int w = 1; w <= WEEKS; w++) {
            rows.add(new Observation(0, Metric.PURCHASES, w - 1, w, values[w - 1], w + 1));
        }
        return new ObservedData("observed.csv", rows, List.of("acme"), false);
    }

    static CalibrationPlan plan(LoadedScenario loaded, CalibrationPlan.Method method, List<SweptParameter> fits) {
        List<Location> origins = fits.stream().map(f -> Location.of("test")).toList();
        return CalibrationPlan.of(loaded, fits, origins, null, observed(loaded), 4, method, 80, 9, 20, 42);
    }

    static List<SweptParameter> threeValues() {
        return List.of(new SweptParameter(TRIAL, 0.005, 0.05, 2), new SweptParameter(PERSUASION, 0.002, 0.03, 2),
                new SweptParameter(TALK, 0, 2, 2));
    }

    static CalibrationOutcome run(CalibrationPlan plan, Path dir, StopSignal stop, int stopAfter, boolean resume) {
        OutputFolder folder = OutputFolder.prepare(dir, resume);
        if (resume) {
            Calibration.resumeFrom(folder, dir, plan);
        }
        CalibrationOutcome outcome = new Calibration(plan, new LocalExecutor(2), 2, SIMULATOR).run(folder, "test", e -> {
            if (e.index() + 1 == stopAfter) {
                stop.request();
            }
        }, stop);
        folder.commit();
        folder.abandon();
        return outcome;
    }

    private static Profile profile(CalibrationOutcome outcome, String path) {
        return outcome.profiles().stream().filter(p -> p.parameter().path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void theValuesTheDataWereMadeWithFallInsideTheIntervalsAndAnIgnoredValueIsFlagged(@TempDir Path tmp) throws IOException {
        for (CalibrationPlan.Method method : CalibrationPlan.Method.values()) {
            // Two starts: the scenario's own values (trial 0.02 is the default, so move it) and the far corner.
            for (String[] start : List.of(new String[] {TRIAL + "=0.045", PERSUASION + "=0.003"},
                    new String[] {TRIAL + "=0.006", PERSUASION + "=0.028", TALK + "=1.5"})) {
                CalibrationPlan plan = plan(small(start), method, threeValues());
                Path dir = tmp.resolve(method + "-" + start.length);
                CalibrationOutcome outcome = run(plan, dir, new StopSignal(), -1, false);
                assertTrue(outcome.complete());
                Profile trial = profile(outcome, TRIAL);
                Profile persuasion = profile(outcome, PERSUASION);
                Profile talk = profile(outcome, TALK);
                String where = method + " from " + List.of(start) + ": " + outcome.profiles();
                assertTrue(trial.low() <= TRUE_TRIAL && TRUE_TRIAL <= trial.high(), where);
                assertTrue(persuasion.low() <= TRUE_PERSUASION && TRUE_PERSUASION <= persuasion.high(), where);
                assertTrue(trial.identified() && persuasion.identified(), where);
                // The data pin the rates down to well inside their ranges.
                assertTrue(trial.high() - trial.low() < 0.5 * (0.05 - 0.005), where);
                assertTrue(persuasion.high() - persuasion.low() < 0.5 * (0.03 - 0.002), where);
                assertFalse(talk.identified(), "a value the data do not depend on is flagged: " + where);
                assertEquals(0, talk.low());
                assertEquals(2, talk.high());
                List<String> calibration = Files.readAllLines(dir.resolve(CalibrationFiles.CALIBRATION_CSV));
                assertEquals("parameter,estimate,ci_low,ci_high,low,high,identified", calibration.get(0));
                assertTrue(calibration.get(3).startsWith(TALK + ",") && calibration.get(3).endsWith(",false"));
                assertEquals(1 + WEEKS, Files.readAllLines(dir.resolve(CalibrationFiles.FIT_CSV)).size());
                assertEquals(1 + outcome.trace().size(), Files.readAllLines(dir.resolve(CalibrationFiles.TRACE_CSV)).size());
                int profileRows = Files.readAllLines(dir.resolve(CalibrationFiles.PROFILE_CSV)).size() - 1;
                assertTrue(profileRows >= 3 * 9 && profileRows <= 3 * 10, "nine grid values and the estimate per value");
            }
        }
    }

    @Test
    void theCalibratedScenarioLoadsWithTheEstimatesWrittenIn(@TempDir Path tmp) throws IOException {
        CalibrationPlan plan = plan(small(), CalibrationPlan.Method.CMAES, threeValues());
        CalibrationOutcome outcome = run(plan, tmp.resolve("out"), new StopSignal(), -1, false);
        Path written = tmp.resolve("out").resolve(CalibrationFiles.CALIBRATED_YAML);
        // The command's own overrides are listed in the header, to be given again, not written in.
        assertTrue(Files.readString(written).contains("population.size=500"));
        LoadedScenario calibrated = new ScenarioLoader(Metric.names()).load(written, plan.scenario().overrides());
        assertEquals(profile(outcome, TRIAL).estimate(), calibrated.scenario().mechanisms().wordOfMouth().trialRate());
        assertEquals(profile(outcome, PERSUASION).estimate(), calibrated.scenario().mechanisms().advertising().persuasionRate());
        assertTrue(Files.readString(written).contains("NOT IDENTIFIED"));
    }

    @Test
    void aStoppedCalibrationResumesToTheSameFilesWithoutEvaluatingASavedCandidateAgain(@TempDir Path tmp)
            throws IOException {
        CalibrationPlan plan = plan(small(), CalibrationPlan.Method.CMAES, threeValues());
        CALLS.set(0);
        CalibrationOutcome whole = run(plan, tmp.resolve("whole"), new StopSignal(), -1, false);
        int wholeCalls = CALLS.get();
        assertEquals(whole.trace().size() * 4, wholeCalls);

        CALLS.set(0);
        CalibrationOutcome stopped = run(plan, tmp.resolve("resumed"), new StopSignal(), 30, false);
        assertTrue(stopped.interrupted());
        int before = CALLS.get();
        assertEquals(30 * 4, before, "stopped after the 30th candidate");
        CALLS.set(0);
        CalibrationOutcome resumed = run(plan, tmp.resolve("resumed"), new StopSignal(), -1, true);
        assertTrue(resumed.complete());
        assertEquals(wholeCalls - before, CALLS.get(), "the saved candidates are read back, not run");
        for (String file : List.of(CalibrationFiles.CALIBRATION_CSV, CalibrationFiles.PROFILE_CSV, CalibrationFiles.FIT_CSV,
                CalibrationFiles.TRACE_CSV, CalibrationFiles.CALIBRATED_YAML, CalibrationFiles.CALIBRATION_JSON)) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("whole").resolve(file)),
                    Files.readAllBytes(tmp.resolve("resumed").resolve(file)), file);
        }
        assertFalse(Files.exists(tmp.resolve("resumed").resolve("resume")), "a complete calibration keeps no runs");
    }
}
