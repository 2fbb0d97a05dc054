package dev.rapport.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GUI's run without a display: it steps and records exactly the run a batch makes. */
class MarketGuiTest {
    static final Path FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml");

    static LoadedScenario flagship(String... overrides) {
        return new ScenarioLoader(Metric.names()).load(FLAGSHIP, List.of(overrides));
    }

    /** What a batch run of the same spec records (the experiment's runner: a model run to the horizon). */
    private static List<LiveSeries.Row> batch(WatchedRun watched) {
        LiveSeries rows = new LiveSeries();
        new MarketModel(watched.spec(), rows, 1).runToHorizon();
        return rows.rows();
    }

    private static void assertSameRows(List<LiveSeries.Row> expected, List<LiveSeries.Row> actual) {
        assertEquals(expected.size(), actual.size(), "rows");
        for (int r = 0; r < expected.size(); r++) {
            LiveSeries.Row e = expected.get(r);
            LiveSeries.Row a = actual.get(r);
            assertEquals(e.tick(), a.tick(), "tick of row " + r);
            assertEquals(e.week(), a.week(), "week of row " + r);
            assertEquals(e.brand(), a.brand(), "brand of row " + r);
            assertArrayEquals(e.values(), a.values(), "values of row " + r + " (tick " + e.tick() + ")");
        }
    }

    @Test
    void theGuiRecordsExactlyTheSeriesOfABatchRunOfTheSameSeed() {
        WatchedRun watched = WatchedRun.of(flagship("population.size=1500", "time.horizon_weeks=40"), "invest", 1);
        MarketGui gui = new MarketGui(watched, 300, null);
        int ticks = 30;
        gui.runHeadless(ticks);
        List<LiveSeries.Row> batch = batch(watched).stream().filter(r -> r.tick() <= ticks).toList();
        assertTrue(batch.size() > ticks / 2, "the batch recorded the first ticks");
        assertSameRows(batch, gui.series().rows());
        assertTrue(gui.series().rows().stream().anyMatch(r -> r.value(Metric.CUSTOMERS) > 0), "the run is not empty");
    }

    @Test
    void everyStartIsAFreshRunAndTheHorizonStopsIt() {
        WatchedRun watched = WatchedRun.of(flagship("population.size=800", "time.horizon_weeks=12"), "spend", 0);
        MarketGui gui = new MarketGui(watched, 100, null);
        gui.runHeadless(1000);
        List<LiveSeries.Row> first = gui.series().rows();
        assertEquals(12, gui.model().ticksDone(), "stepping stops at the horizon");
        assertFalse(gui.step(), "no step past the horizon");
        gui.runHeadless(1000);
        assertSameRows(first, gui.series().rows());
        assertSameRows(batch(watched), first);
    }

    @Test
    void aNewSeedInTheConsoleIsTakenAsTheScenarioSeed() {
        WatchedRun watched = WatchedRun.of(flagship("population.size=800", "time.horizon_weeks=12"), "spend", 0);
        MarketGui gui = new MarketGui(watched, 100, null);
        gui.runHeadless(12);
        List<LiveSeries.Row> first = gui.series().rows();
        gui.model().setSeed(4242); // what the console does with a new seed
        gui.runHeadless(12);
        assertEquals(4242, gui.watched().loaded().scenario().seed());
        assertEquals(0, gui.watched().replication());
        assertSameRows(batch(gui.watched()), gui.series().rows());
        assertNotEquals(first.get(first.size() - 1).value(Metric.CUMULATIVE_PROFIT),
                gui.series().rows().get(first.size() - 1).value(Metric.CUMULATIVE_PROFIT), "another seed, another run");
    }
}
