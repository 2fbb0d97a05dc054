package dev.rapport.experiment.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.ResultFiles;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.SweepSpec;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep that runs only some of the scenario's strategies ({@link SweepPlan#only}): the same
 * model runs as the full sweep's for those strategies, in the scenario's order, with the engine,
 * the store, the files and the record all following the subset.
 */
class StrategySubsetTest {
    /** One point (a one-level grid sits in the middle of its range), two replications. */
    private static SweepPlan onePoint() {
        return SweepPlan.of(SweepTest.small(), new SweepSpec(SweepSpec.Design.GRID, 1, 2,
                List.of(new SweptParameter("market.potential", 0.4, 0.6, 1))), List.of(Location.of("test")));
    }

    @Test
    void aSubsetKeepsTheScenariosOrderAndLeavesOutIncrementalMetricsWithoutTheBaseline() {
        SweepPlan all = onePoint();
        assertEquals(List.of("spend", "invest", "mixed", Scenario.BASELINE), all.strategies());
        SweepPlan two = all.only(List.of("invest", "spend"));
        assertEquals(List.of("spend", "invest"), two.strategies());
        assertEquals(1L * 2 * 2, two.layout().runs(), "points x strategies x replications");
        assertTrue(all.metrics().columns().contains("incremental_cumulative_profit"));
        assertFalse(two.metrics().columns().contains("incremental_cumulative_profit"), "nothing to measure it against");
        assertTrue(two.metrics().columns().contains("cumulative_profit"));

        assertEquals(List.of("invest"), all.onlyFor(List.of("invest"), "cumulative_profit").strategies());
        SweepPlan incremental = all.onlyFor(List.of("invest"), "incremental_cumulative_profit");
        assertEquals(List.of("invest", Scenario.BASELINE), incremental.strategies());
        assertEquals(all.metrics().columns(), incremental.metrics().columns());
        assertEquals(List.of("spend", "invest", Scenario.BASELINE),
                all.onlyFor(List.of("invest", "spend"), "incremental_customers").strategies());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> all.only(List.of("nobody")));
        assertTrue(e.getMessage().contains("nobody") && e.getMessage().contains("spend, invest, mixed"), e.getMessage());
        assertEquals(two.strategies(), two.over("morris", new double[][] {{0}, {1}}).strategies(), "a design keeps them");
    }

    @Test
    void aSubsetRunsExactlyTheFullSweepsRunsOfItsStrategies(@TempDir Path tmp) throws IOException {
        SweepPlan all = onePoint();
        SweepPlan investAndBaseline = all.onlyFor(List.of("invest"), "incremental_cumulative_profit");
        SweepPlan mixedOnly = all.only(List.of("mixed"));
        assertTrue(SweepTest.run(all, tmp.resolve("all"), 2).complete());
        SweepOutcome subset = SweepTest.run(investAndBaseline, tmp.resolve("subset"), 2);
        assertTrue(subset.complete());
        assertEquals(1 * 2 * 2, subset.runs());
        assertTrue(SweepTest.run(mixedOnly, tmp.resolve("mixed"), 2).complete());

        List<String> full = Files.readAllLines(tmp.resolve("all").resolve(Sweep.SWEEP_CSV));
        // Each strategy's rows, incremental ones included, are the full sweep's: run index i plays strategy i's plan.
        for (String s : List.of("invest", Scenario.BASELINE)) {
            assertEquals(rows(full, s), rows(Files.readAllLines(tmp.resolve("subset").resolve(Sweep.SWEEP_CSV)), s), s);
        }
        List<String> mixed = Files.readAllLines(tmp.resolve("mixed").resolve(Sweep.SWEEP_CSV));
        assertEquals(rows(full, "mixed").stream().filter(l -> !l.contains(",incremental_")).toList(), rows(mixed, "mixed"));
        assertTrue(mixed.stream().noneMatch(l -> l.contains(",invest,") || l.contains(",incremental_")), "only mixed");

        var record = ResultFiles.json().readTree(tmp.resolve("subset").resolve(Sweep.SWEEP_JSON).toFile());
        assertEquals("[\"invest\",\"baseline\"]", record.path("strategies").toString());
        assertEquals(4, record.path("runs").asLong());
    }

    @Test
    void aFolderOfAnotherSetOfStrategiesIsNotResumed(@TempDir Path tmp) {
        SweepPlan all = onePoint();
        SweepPlan invest = all.only(List.of("invest"));
        SweepTest.run(invest, tmp.resolve("invest"), 1);
        assertNull(SweepRecord.differs(tmp.resolve("invest"), invest));
        String why = SweepRecord.differs(tmp.resolve("invest"), all.only(List.of("spend")));
        assertNotNull(why);
        assertTrue(why.startsWith("its strategies [\"invest\"] differ from this sweep's [\"spend\"]"), why);
        // A folder from before the subsets ran every strategy.
        String older = SweepRecord.differs(tmp.resolve("invest"), all);
        assertTrue(older != null && older.contains("run only the strategies their analysis needs"), older);
    }

    private static List<String> rows(List<String> lines, String strategy) {
        return lines.stream().filter(l -> l.contains("," + strategy + ",")).toList();
    }
}
