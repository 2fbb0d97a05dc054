package dev.rapport.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioException;
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
 * Every run also plays the do-nothing baseline on the same random numbers, and measures each
 * strategy against it: incremental metrics, incremental ROI and the payback week.
 */
class BaselineTest {

    /**
     * Advertising that buys nothing (no awareness, no persuasion, never loud enough to annoy, and no forgetting for
     * an advertising contact to prevent): the
     * spend is the only difference from doing nothing.
     */
    private static final String ADS_THAT_BUY_NOTHING = """
            name: ads that buy nothing
            replications: 3
            time: {horizon_weeks: 12}
            population: {size: 300}
            mechanisms:
              advertising: {awareness_rate: 0, persuasion_rate: 0, reinforcement: 0, shouting_threshold: 1000000}
              awareness: {forgetting_rate: 0}
            brands:
              - name: acme
                price: 40
                margin: 0.4
                initial_awareness: 0.2
                initial_customers: 0.05
            strategies:
              - name: ads
                kind: spend
                budget: 5000
                plan:
                  - {lever: advertising, weeks: all, per_week: 300}
            """;

    private static LoadedScenario load(String yaml, String... overrides) {
        return new ScenarioLoader(Metric.names()).load(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml", null,
                List.of(overrides));
    }

    private static JsonNode summary(Path dir) throws IOException {
        return ResultFiles.json().readTree(dir.resolve(ResultFiles.SUMMARY_JSON).toFile());
    }

    private static JsonNode metric(JsonNode summary, String strategy, String metric) {
        double horizon = summary.get("horizon_week").asDouble();
        for (JsonNode m : summary.get("metrics")) {
            if (m.get("strategy").asText().equals(strategy) && m.get("metric").asText().equals(metric)
                    && m.get("week").asDouble() == horizon) {
                return m;
            }
        }
        throw new AssertionError("no " + metric + " of " + strategy);
    }

    @Test
    void theBaselineRunsWithNoSpendAndItsIncrementalMetricsAreExactlyZero(@TempDir Path tmp) throws IOException {
        Path dir = DeterminismTest.run(DeterminismTest.small(), tmp.resolve("r"), 2);
        JsonNode summary = summary(dir);

        assertEquals("baseline", summary.get("baseline").asText());
        assertEquals(0.0, metric(summary, "baseline", "cumulative_spend").get("mean").asDouble());
        assertEquals(0.0, metric(summary, "baseline", "lever_cost").get("mean").asDouble());
        int rows = 0;
        for (String line : Files.readAllLines(dir.resolve(ResultFiles.SERIES))) {
            String[] f = line.split(",");
            if (f[0].equals("baseline") && f[5].replace("\"", "").startsWith("incremental_")) {
                assertEquals("0", f[6], line);
                rows++;
            }
        }
        assertEquals(4 * 21 * 5, rows, "4 replications x 21 recorded weeks x 5 incremental metrics");
        assertTrue(metric(summary, "baseline", "incremental_roi").get("mean").isNull(), "no ROI without spend");
        for (JsonNode p : summary.get("paybacks")) {
            assertFalse(p.get("strategy").asText().equals("baseline"), "the baseline is not measured against itself");
        }
        assertEquals(3, summary.get("paybacks").size());
        JsonNode manifest = ResultFiles.json().readTree(dir.resolve(ResultFiles.MANIFEST).toFile());
        assertEquals("baseline", manifest.get("strategies").get(3).get("name").asText());
        assertEquals(0.0, manifest.get("strategies").get(3).get("budget").asDouble());
    }

    @Test
    void spendThatBuysNothingLosesExactlyItsSpendAndNeverPaysBack(@TempDir Path tmp) throws IOException {
        Path dir = DeterminismTest.run(load(ADS_THAT_BUY_NOTHING), tmp.resolve("r"), 1);

        // key: replication,tick -> value, for the ads strategy
        Map<String, Double> incremental = new HashMap<>();
        Map<String, Double> spend = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve(ResultFiles.SERIES))) {
            String[] f = line.split(",");
            if (!f[0].equals("ads")) {
                continue;
            }
            String key = f[1] + "," + f[2];
            String metric = f[5].replace("\"", "");
            if (metric.equals("incremental_cumulative_profit")) {
                incremental.put(key, Double.parseDouble(f[6]));
            } else if (metric.equals("cumulative_spend")) {
                spend.put(key, Double.parseDouble(f[6]));
            }
        }
        assertEquals(3 * 13, incremental.size());
        for (Map.Entry<String, Double> e : incremental.entrySet()) {
            assertEquals(-spend.get(e.getKey()), e.getValue(), 0.005, "to the cent at replication,tick " + e.getKey());
        }
        spend.forEach((key, value) -> assertTrue(!key.endsWith(",12") || value > 0, "the spend happened: " + key));

        JsonNode summary = summary(dir);
        assertEquals(-1.0, metric(summary, "ads", "incremental_roi").get("mean").asDouble(), 1e-12);
        JsonNode payback = summary.get("paybacks").get(0);
        assertEquals("ads", payback.get("strategy").asText());
        assertTrue(payback.get("payback_week").isNull(), payback.toString());
        assertEquals(0, payback.get("replications_paying_back").asInt());
        assertEquals(0.0, payback.get("share").asDouble());
    }

    @Test
    void incrementalDiscountedProfitIsTheStrategysMinusTheBaselinesInTheSameReplication(@TempDir Path tmp)
            throws IOException {
        Path dir = DeterminismTest.run(DeterminismTest.small(), tmp.resolve("r"), 2);
        // key: strategy,replication,tick,brand -> value
        Map<String, Double> discounted = new HashMap<>();
        Map<String, Double> incremental = new HashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve(ResultFiles.SERIES));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String metric = f[5].replace("\"", "");
            String key = f[0] + "," + f[1] + "," + f[2] + "," + f[4];
            if (metric.equals("discounted_profit")) {
                discounted.put(key, Double.parseDouble(f[6]));
            } else if (metric.equals("incremental_discounted_profit")) {
                incremental.put(key, Double.parseDouble(f[6]));
            }
        }
        assertEquals(discounted.keySet(), incremental.keySet());
        int nonZero = 0;
        for (Map.Entry<String, Double> e : incremental.entrySet()) {
            String[] k = e.getKey().split(",", 2);
            double expected = discounted.get(e.getKey()) - discounted.get("baseline," + k[1]);
            // Files hold doubles in their shortest round-trip form: the difference is exact.
            assertEquals(expected, e.getValue(), 0.0, e.getKey());
            nonZero += e.getValue() != 0 ? 1 : 0;
        }
        assertTrue(nonZero > incremental.size() / 2, "the strategies' present values differ from the baseline's");
    }

    @Test
    void baselineFalseRunsNoBaselineAndRecordsNoIncrementalMetric(@TempDir Path tmp) throws IOException {
        Path dir = DeterminismTest.run(DeterminismTest.small("outputs.baseline=false"), tmp.resolve("r"), 2);
        JsonNode summary = summary(dir);

        assertTrue(summary.get("baseline").isNull());
        assertEquals(0, summary.get("paybacks").size());
        String series = Files.readString(dir.resolve(ResultFiles.SERIES));
        assertFalse(series.contains("baseline"));
        assertFalse(series.contains("incremental_"));
        assertFalse(Files.readString(dir.resolve(ResultFiles.SUMMARY_CSV)).contains("incremental_roi"));
    }

    @Test
    void aLowerConfidenceLevelNarrowsEveryIntervalOfTheSameResults(@TempDir Path tmp) throws IOException {
        JsonNode wide = summary(DeterminismTest.run(DeterminismTest.small(), tmp.resolve("95"), 2));
        JsonNode narrow = summary(DeterminismTest.run(DeterminismTest.small("outputs.confidence=0.9"), tmp.resolve("90"), 2));

        assertEquals(0.95, wide.get("confidence").asDouble());
        assertEquals(0.9, narrow.get("confidence").asDouble());
        JsonNode w = metric(wide, "mixed", "cumulative_profit");
        JsonNode n = metric(narrow, "mixed", "cumulative_profit");
        assertEquals(w.get("mean").asDouble(), n.get("mean").asDouble());
        assertTrue(n.get("ci_high").asDouble() - n.get("ci_low").asDouble()
                < w.get("ci_high").asDouble() - w.get("ci_low").asDouble());
        JsonNode wc = wide.get("comparisons").get(0);
        JsonNode nc = narrow.get("comparisons").get(0);
        assertTrue(nc.get("ci_high").asDouble() - nc.get("ci_low").asDouble()
                < wc.get("ci_high").asDouble() - wc.get("ci_low").asDouble());
    }

    @Test
    void aStrategyCalledBaselineIsRefusedWhileTheBaselineIsOn() {
        String yaml = ADS_THAT_BUY_NOTHING.replace("- name: ads", "- name: baseline");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(yaml));
        assertEquals("strategies[0].name", e.problems().get(0).path());
        assertTrue(e.getMessage().contains("outputs.baseline: false"), e.getMessage());

        assertEquals(List.of("baseline"), load(yaml, "outputs.baseline=false").scenario().effectiveStrategies().stream()
                .map(s -> s.name()).toList());
    }
}
