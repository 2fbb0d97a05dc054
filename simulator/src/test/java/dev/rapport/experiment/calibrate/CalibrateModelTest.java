package dev.rapport.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.StopSignal;
import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration of the model itself: data simulated at known word-of-mouth and advertising rates
 * (other seeds than the calibration's, one replication, as a market is observed once), aggregated
 * to four-week (or quarterly) periods, are fitted back from a start away from them. The known rates
 * fall inside the intervals reported, and a lever's parameter for a lever the strategy does not use
 * is flagged.
 */
class CalibrateModelTest {
    static final double TRUE_TRIAL = 0.03;
    static final double TRUE_PERSUASION = 0.015;

    static LoadedScenario small(String... more) {
        List<String> overrides = new ArrayList<>(List.of("population.size=500", "time.horizon_weeks=52",
                "replications=4"));
        overrides.addAll(List.of(more));
        return new ScenarioLoader(Metric.names()).load(CalibrationTest.FLAGSHIP, overrides);
    }

    /**
     * The observed file: purchases and the customers acquired through advertising and through word
     * of mouth summed over each period, customers read at its end; one replication at other seeds.
     */
    static String observedCsv(int period) {
        Scenario truth = small(CalibrationTest.TRIAL + "=" + TRUE_TRIAL, CalibrationTest.PERSUASION + "=" + TRUE_PERSUASION,
                "seed=99").scenario();
        int focal = truth.brandIndex(truth.focalBrand().name());
        double[] purchases = new double[53];
        double[] advertising = new double[53];
        double[] wordOfMouth = new double[53];
        double[] customers = new double[53];
        new MarketModel(new RunSpec(truth, java.util.Optional.empty(), truth.effectiveStrategies().get(0), 0),
                (tick, week, brand, values) -> {
                    if (brand == focal) {
                        purchases[(int) Math.round(week)] += values[Metric.PURCHASES.ordinal()];
                        advertising[(int) Math.round(week)] += values[Metric.ACQUIRED_ADVERTISING.ordinal()];
                        wordOfMouth[(int) Math.round(week)] += values[Metric.ACQUIRED_WORD_OF_MOUTH.ordinal()];
                        customers[(int) Math.round(week)] = values[Metric.CUSTOMERS.ordinal()];
                    }
                }).runToHorizon();
        StringBuilder csv = new StringBuilder("week,metric,value\n");
        double[] sums = new double[3];
        for (int w = 1; w <= 52; w++) {
            sums[0] += purchases[w];
            sums[1] += advertising[w];
            sums[2] += wordOfMouth[w];
            if (w % period == 0) {
                csv.append(w).append(",purchases,").append(sums[0]).append('\n');
                csv.append(w).append(",acquired_advertising,").append(sums[1]).append('\n');
                csv.append(w).append(",acquired_word_of_mouth,").append(sums[2]).append('\n');
                csv.append(w).append(",customers,").append(customers[w]).append('\n');
                sums = new double[3];
            }
        }
        return csv.toString();
    }

    @Test
    void knownRatesAreRecoveredInsideTheirIntervalsFromFourWeekPeriods(@TempDir Path tmp) {
        LoadedScenario loaded = small(CalibrationTest.TRIAL + "=0.01", CalibrationTest.PERSUASION + "=0.004");
        ObservedData data = ObservedDataReader.read(observedCsv(4), "observed.csv", loaded.scenario());
        List<SweptParameter> fits = List.of(new SweptParameter(CalibrationTest.TRIAL, 0.005, 0.08, 2),
                new SweptParameter(CalibrationTest.PERSUASION, 0.002, 0.04, 2),
                new SweptParameter(CalibrationTest.TALK, 0, 2, 2));
        CalibrationPlan plan = CalibrationPlan.of(loaded, fits, fits.stream().map(f -> Location.of("test")).toList(),
                "spend", data, 4, CalibrationPlan.Method.CMAES, 40, 7, 10, 1);
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("out"), false);
        CalibrationOutcome outcome = new Calibration(plan, 2).run(folder, "test", e -> { }, new StopSignal());
        folder.commit();
        String where = outcome.profiles().toString();
        Profile trial = outcome.profiles().get(0);
        Profile persuasion = outcome.profiles().get(1);
        Profile talk = outcome.profiles().get(2);
        assertTrue(trial.low() <= TRUE_TRIAL && TRUE_TRIAL <= trial.high(), where);
        assertTrue(persuasion.low() <= TRUE_PERSUASION && TRUE_PERSUASION <= persuasion.high(), where);
        assertTrue(trial.identified() && persuasion.identified(), where);
        assertFalse(talk.identified(), "community.talk_boost does nothing without a community lever: " + where);
    }

    @Test
    void oneRateIsRecoveredFromQuarterlyTotals(@TempDir Path tmp) {
        LoadedScenario loaded = small(CalibrationTest.TRIAL + "=0.06", CalibrationTest.PERSUASION + "=" + TRUE_PERSUASION);
        ObservedData data = ObservedDataReader.read(observedCsv(13), "observed.csv", loaded.scenario());
        assertTrue(data.size() == 16 && data.rows().stream().allMatch(o -> o.week() % 13 == 0));
        List<SweptParameter> fits = List.of(new SweptParameter(CalibrationTest.TRIAL, 0.005, 0.08, 2));
        CalibrationPlan plan = CalibrationPlan.of(loaded, fits, List.of(Location.of("test")), "spend", data, 4,
                CalibrationPlan.Method.NELDER_MEAD, 20, 9, 1, 1);
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("out"), false);
        CalibrationOutcome outcome = new Calibration(plan, 2).run(folder, "test", e -> { }, new StopSignal());
        folder.commit();
        Profile trial = outcome.profiles().get(0);
        assertTrue(trial.low() <= TRUE_TRIAL && TRUE_TRIAL <= trial.high(), trial.toString());
        assertTrue(trial.identified(), trial.toString());
    }
}
