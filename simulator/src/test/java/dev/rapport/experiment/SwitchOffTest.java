package dev.rapport.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SwitchOff} on a small market: the switched-off runs share the planned runs' random numbers
 * (identical rows up to week T), spend nothing after it, and a strategy that spends nothing gives
 * up nothing by stopping.
 */
class SwitchOffTest {
    static final int T = 8;

    /** A small market with every mechanism on. */
    static String market(int horizon, int replications) {
        return """
                name: switch-off test
                seed: 11
                replications: %d
                time: {horizon_weeks: %d, tick: week}
                population:
                  size: 400
                  segments:
                    - {name: a, share: 0.7, values: [0.5, 0.5]}
                    - {name: b, share: 0.3, values: [0.7, 0.3], talkativeness: {mean: 2, sd: 0.5}}
                network: {type: watts_strogatz, degree: 8, rewire: 0.1}
                brands:
                  - {name: acme, purpose: [0.6, 0.4], quality: 0.8, price: 40, margin: 0.4,
                     initial_awareness: 0.2, initial_customers: 0.05}
                """.formatted(replications, horizon);
    }

    static final String STRATEGIES = """
            strategies:
              - name: spend
                kind: spend
                budget: 20000
                plan:
                  - {lever: advertising, weeks: all, per_week: 300}
                  - {lever: discount, weeks: 6-12, depth: 0.1}
              - name: invest
                kind: invest
                budget: 20000
                plan:
                  - {lever: value_delivery, weeks: all, budget_share: 0.4}
                  - {lever: community, weeks: all, per_week: 100}
                  - {lever: advocate_programme, weeks: 2-end, per_week: 80}
                  - {lever: listening, weeks: all, per_week: 40, share: 0.9}
              - name: nothing
                plan:
                  - {lever: advertising, weeks: all, per_week: 0}
                  - {lever: discount, weeks: 1-end, depth: 0}
            """;

    static LoadedScenario load(String yaml, String... overrides) {
        return new ScenarioLoader(Metric.names()).load(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml", null,
                List.of(overrides));
    }

    private static SwitchOffResult run(LoadedScenario loaded, Path out) {
        SwitchOff switchOff = new SwitchOff(loaded, T, SwitchOff.DEFAULT_SHARE);
        OutputFolder folder = OutputFolder.prepare(out, false);
        try {
            SwitchOffResult result = switchOff.run(folder, 2, "test", ProgressListener.NONE, new StopSignal());
            folder.commit();
            return result;
        } finally {
            folder.abandon();
        }
    }

    /** series.csv as (strategy, replication, tick, metric) to value. */
    private static Map<String, Double> series(Path dir) throws IOException {
        Map<String, Double> values = new HashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve(ResultFiles.SERIES));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.replace("\"", "").split(",");
            values.put(f[0] + "|" + f[1] + "|" + f[2] + "|" + f[5], Double.parseDouble(f[6]));
        }
        return values;
    }

    @Test
    void switchedOffRunsMatchThePlannedRunsUpToTAndSpendNothingAfter(@TempDir Path tmp) throws IOException {
        int horizon = 20;
        SwitchOffResult result = run(load(market(horizon, 3) + STRATEGIES), tmp.resolve("out"));
        assertTrue(result.outcome().complete());
        Map<String, Double> series = series(tmp.resolve("out"));
        for (String strategy : List.of("spend", "invest")) {
            double spentBefore = 0;
            boolean differsAfter = false;
            for (int r = 0; r < 3; r++) {
                for (int tick = 0; tick <= horizon; tick++) {
                    for (Metric m : Metric.values()) {
                        Double planned = series.get(strategy + "|" + r + "|" + tick + "|" + m.column());
                        Double off = series.get(strategy + "-off|" + r + "|" + tick + "|" + m.column());
                        assertTrue(planned != null && off != null, strategy + " " + m.column() + " tick " + tick);
                        if (tick <= T) {
                            assertEquals(planned, off, strategy + " replication " + r + " tick " + tick + " " + m.column()
                                    + ": the same random numbers and plan up to week T");
                        } else {
                            differsAfter |= !planned.equals(off);
                        }
                    }
                    double spend = series.get(strategy + "-off|" + r + "|" + tick + "|lever_cost")
                            + series.get(strategy + "-off|" + r + "|" + tick + "|discount_cost");
                    if (tick > T) {
                        assertEquals(0.0, spend, strategy + " replication " + r + " spends after week T, tick " + tick);
                    } else {
                        spentBefore += spend;
                    }
                }
            }
            assertTrue(spentBefore > 0, strategy + " spends before T");
            assertTrue(differsAfter, strategy + ": switching off changes the run after T");
        }
        double givenUp = result.find("spend", "profit_given_up", horizon).orElseThrow().mean();
        double cpPlanned = 0;
        double cpOff = 0;
        for (int r = 0; r < 3; r++) {
            cpPlanned += series.get("spend|" + r + "|" + horizon + "|cumulative_profit");
            cpOff += series.get("spend-off|" + r + "|" + horizon + "|cumulative_profit");
        }
        assertEquals((cpPlanned - cpOff) / 3, givenUp, 1e-6, "profit given up: planned minus switched off, paired mean");
        assertTrue(Files.readString(tmp.resolve("out").resolve(ResultFiles.SWITCH_OFF))
                .startsWith("strategy,brand,measure,week,n,mean,sd,ci_low,ci_high\n"));
    }

    @Test
    void aStrategyThatSpendsNothingGivesUpNothing(@TempDir Path tmp) {
        int horizon = 16;
        SwitchOffResult result = run(load(market(horizon, 3) + STRATEGIES, "strategies[spend].plan=[]",
                "strategies[invest].plan=[]"), tmp.resolve("out"));
        SwitchOffResult.Measure nothing = result.find("nothing", "profit_given_up", horizon).orElseThrow();
        assertEquals(3, nothing.n());
        assertEquals(0.0, nothing.mean());
        assertEquals(0.0, nothing.sd());
        SwitchOffResult.Measure after = result.find("nothing", "incremental_profit_after_switch_off", horizon).orElseThrow();
        assertEquals(0.0, after.mean(), "spending nothing earns nothing over the baseline");
    }

    @Test
    void aWeekOutsideTheHorizonOrOffTheTicksIsRefused() {
        LoadedScenario loaded = load(market(20, 1) + STRATEGIES);
        assertThrows(ExperimentInputException.class, () -> new SwitchOff(loaded, 0, 0.5));
        assertThrows(ExperimentInputException.class, () -> new SwitchOff(loaded, 20, 0.5));
        assertThrows(ExperimentInputException.class, () -> new SwitchOff(loaded, 19, 1.0));
        new SwitchOff(loaded, 19, 0.5);
        LoadedScenario twoWeekTicks = load(market(20, 1) + STRATEGIES, "time.tick=2", "outputs.every_weeks=2");
        assertThrows(ExperimentInputException.class, () -> new SwitchOff(twoWeekTicks, 7, 0.5));
        assertNotEquals(null, new SwitchOff(twoWeekTicks, 8, 0.5).runs());
    }
}
