package dev.rapport.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship's answer does not depend on how many agents simulate its market of 100,000
 * households: at 2,000 and at 10,000 agents the strategies rank the same, profit per household
 * agrees within sampling error (four standard errors of the difference of the two means, from the
 * replications' spread), and so do the payback and break-even weeks (their intervals across
 * replications overlap). Before agents stood for people, 3,000 agents on the same budgets put three
 * times the advertising on each person and changed the winner.
 */
class FlagshipScaleTest {
    private static final int REPLICATIONS = 8;

    private static JsonNode run(int agents, Path dir) throws IOException {
        LoadedScenario loaded = new ScenarioLoader(Metric.names()).load(DeterminismTest.FLAGSHIP,
                List.of("population.size=" + agents, "replications=" + REPLICATIONS));
        DeterminismTest.run(loaded, dir, 2);
        return ResultFiles.json().readTree(dir.resolve(ResultFiles.SUMMARY_JSON).toFile());
    }

    private static Map<String, JsonNode> profitAtHorizon(JsonNode summary) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        double horizon = summary.get("horizon_week").asDouble();
        for (JsonNode m : summary.get("metrics")) {
            if (m.get("metric").asText().equals("cumulative_profit") && m.get("week").asDouble() == horizon) {
                out.put(m.get("strategy").asText(), m);
            }
        }
        return out;
    }

    private static List<String> ranking(Map<String, JsonNode> profit) {
        List<String> names = new ArrayList<>(profit.keySet());
        names.sort(Comparator.comparingDouble((String s) -> profit.get(s).get("mean").asDouble()).reversed());
        return names;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode n : list) {
            if (n.get(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + list);
    }

    private static boolean overlap(JsonNode a, JsonNode b) {
        return a.get("ci_low").asDouble() <= b.get("ci_high").asDouble()
                && b.get("ci_low").asDouble() <= a.get("ci_high").asDouble();
    }

    @Test
    void twoThousandAndTenThousandAgentsGiveTheSameAnswer(@TempDir Path tmp) throws IOException {
        JsonNode small = run(2000, tmp.resolve("small"));
        JsonNode large = run(10000, tmp.resolve("large"));
        Map<String, JsonNode> a = profitAtHorizon(small);
        Map<String, JsonNode> b = profitAtHorizon(large);
        assertEquals(ranking(b), ranking(a), "ranking on cumulative profit");
        for (String strategy : b.keySet()) {
            JsonNode x = a.get(strategy);
            JsonNode y = b.get(strategy);
            double se = Math.hypot(x.get("sd").asDouble() / Math.sqrt(x.get("n").asDouble()),
                    y.get("sd").asDouble() / Math.sqrt(y.get("n").asDouble()));
            double diff = x.get("mean").asDouble() - y.get("mean").asDouble();
            assertTrue(Math.abs(diff) <= 4 * se, strategy + ": profit " + x.get("mean") + " with 2,000 agents, "
                    + y.get("mean") + " with 10,000; difference " + diff + " against 4 SE = " + 4 * se);
        }
        for (JsonNode p : large.get("paybacks")) {
            JsonNode q = find(small.get("paybacks"), "strategy", p.get("strategy").asText());
            assertNotNull(p.get("payback_week").numberValue(), p.toString());
            assertTrue(overlap(p, q), "payback of " + p.get("strategy") + ": " + q + " against " + p);
        }
        for (JsonNode e : large.get("break_evens")) {
            if (!e.get("meaningful").asBoolean()) {
                continue;
            }
            for (JsonNode f : small.get("break_evens")) {
                if (f.get("a").equals(e.get("a")) && f.get("b").equals(e.get("b"))) {
                    assertTrue(f.get("meaningful").asBoolean() && overlap(e, f), "break-even " + f + " against " + e);
                }
            }
        }
    }
}
