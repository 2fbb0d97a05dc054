package dev.rapport.experiment.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.analysis.FactorLimits;
import dev.rapport.experiment.points.LocalExecutor;
import dev.rapport.experiment.points.PointSet;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.SweepSpec;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery end to end finds a planted box: the engine runs an injected function under which one
 * strategy beats another exactly where market.potential > 0.5 and brands[acme].price < 40, and
 * the third parameter does not matter.
 */
class DiscoveryTest {
    private static final Path FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml");
    private static final List<SweptParameter> PARAMETERS = List.of(
            new SweptParameter("market.potential", 0.3, 0.7, 3),
            new SweptParameter("brands[acme].price", 30, 50, 3),
            new SweptParameter("brands[acme].quality", 0.5, 0.9, 3));

    private static SweepPlan plan(int points) {
        LoadedScenario loaded = new ScenarioLoader(Metric.names()).load(FLAGSHIP, List.of("population.size=600"));
        return SweepPlan.of(loaded, new SweepSpec(SweepSpec.Design.LATIN_HYPERCUBE, points, 1, PARAMETERS),
                PARAMETERS.stream().map(p -> Location.of("test")).toList());
    }

    /** invest's objective is 1 inside the planted box and 0 outside; every other strategy's is 0.5. */
    private static RunFunction planted(SweepPlan plan) {
        PointSet points = plan.points();
        int width = plan.metrics().size();
        int invest = plan.strategies().indexOf("invest");
        return key -> {
            var settings = points.get(key.point()).settings();
            boolean inside = settings.get(0).value() > 0.5 && settings.get(1).value() < 40;
            double[] values = new double[width];
            Arrays.fill(values, key.strategy() == invest ? (inside ? 1 : 0) : 0.5);
            return values;
        };
    }

    @Test
    void discoveryFindsTheBoxPlantedInASyntheticOutcome(@TempDir Path tmp) throws IOException {
        Discovery discovery = Discovery.of(plan(300), "invest", "spend", null, 0.8);
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("out"), false);
        Discovery.Outcome outcome = discovery.run(folder, "test", new LocalExecutor(2), 2, planted(discovery.plan()),
                ProgressListener.NONE, new StopSignal());
        folder.commit();
        Discovery.Finding finding = outcome.finding();
        // A quarter of the cube: about 75 of the 300 futures.
        assertEquals(75, finding.interesting(), 10);
        assertTrue(finding.chosen().density() >= 0.9, "density " + finding.chosen().density());
        assertTrue(finding.chosen().coverage() >= 0.8, "coverage " + finding.chosen().coverage());
        List<FactorLimits> limits = finding.chosen().limits();
        assertTrue(limits.get(0).restrictsLow() && !limits.get(0).restrictsHigh(), "potential from below: " + limits.get(0));
        assertEquals(0.5, limits.get(0).low(), 0.03);
        assertTrue(limits.get(1).restrictsHigh() && !limits.get(1).restrictsLow(), "price from above: " + limits.get(1));
        assertEquals(40, limits.get(1).high(), 1.5);
        assertFalse(limits.get(2).restricted(), "quality does not matter: " + limits.get(2));
        assertTrue(finding.sentence().startsWith("invest beats spend in "), finding.sentence());
        assertTrue(finding.sentence().matches(".* where market\\.potential >= 0\\.(49|5)\\d* and brands\\[acme\\]\\.price "
                + "<= (39|40)(\\.\\d+)?; the box holds \\d+% of all such futures \\(coverage\\).*"), finding.sentence());
        Path out = tmp.resolve("out");
        List<String> steps = Files.readAllLines(out.resolve(Discovery.DISCOVERY_CSV));
        assertEquals("step,points,of_interest,coverage,density,mass,pasted,chosen,box", steps.get(0));
        assertEquals(finding.trajectory().boxes().size() + 1, steps.size());
        assertEquals(1, steps.stream().filter(l -> l.split(",")[7].equals("true")).count(),
                "one box is the chosen one");
        List<String> box = Files.readAllLines(out.resolve(Discovery.BOX_CSV));
        assertEquals(1 + PARAMETERS.size(), box.size());
        assertTrue(Files.isRegularFile(out.resolve("charts").resolve("discovery-peeling.png")));
    }

    @Test
    void aStrategyCannotBeComparedWithItselfOrAnUnknownOne() {
        SweepPlan plan = plan(20);
        assertTrue(assertThrowsMessage(() -> Discovery.of(plan, "invest", "invest", null, 0.8)).contains("both invest"));
        assertTrue(assertThrowsMessage(() -> Discovery.of(plan, "invest", "nobody", null, 0.8)).contains("nobody"));
    }

    private static String assertThrowsMessage(Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    @Test
    void onlyTheTwoStrategiesComparedRunAndTheBaselineWhenTheObjectiveIsIncremental() {
        SweepPlan plan = plan(20);
        assertEquals(4, plan.strategies().size());
        Discovery profit = Discovery.of(plan, "invest", "spend", "cumulative_profit", 0.8);
        assertEquals(List.of("spend", "invest"), profit.plan().strategies(), "in the scenario's order");
        assertEquals(20L * 2 * 1, profit.plan().layout().runs());
        assertEquals(List.of("spend", "invest", "baseline"),
                Discovery.of(plan, "invest", "spend", "incremental_cumulative_profit", 0.8).plan().strategies());
    }

    @Test
    void theFuturesTooCloseToCallAreCountedAndRecorded(@TempDir Path tmp) throws IOException {
        SweepPlan twoReplications = SweepPlan.of(
                new ScenarioLoader(Metric.names()).load(FLAGSHIP, List.of("population.size=600")),
                new SweepSpec(SweepSpec.Design.LATIN_HYPERCUBE, 40, 2, PARAMETERS),
                PARAMETERS.stream().map(p -> Location.of("test")).toList());
        Discovery discovery = Discovery.of(twoReplications, "invest", "spend", null, 0.8);
        PointSet points = discovery.plan().points();
        int width = discovery.plan().metrics().size();
        int invest = discovery.plan().strategies().indexOf("invest");
        // invest - spend is +1 in replication 0 and -1 in 1 (a tie on average) below market.potential 0.5,
        // and 2 and 3 (a clear win) above it.
        RunFunction f = key -> {
            boolean high = points.get(key.point()).settings().get(0).value() > 0.5;
            double[] values = new double[width];
            Arrays.fill(values, key.strategy() != invest ? 0 : high ? 2 + key.replication() : 1 - 2 * key.replication());
            return values;
        };
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("out"), false);
        Discovery.Finding finding = discovery.run(folder, "test", new LocalExecutor(2), 2, f, ProgressListener.NONE,
                new StopSignal()).finding();
        folder.commit();
        long low = 0;
        for (var p : points) {
            low += p.settings().get(0).value() <= 0.5 ? 1 : 0;
        }
        assertEquals(low, finding.tooCloseToCall());
        assertTrue(finding.noiseSentence("invest", "spend", 2).startsWith("seed noise: " + low + " of 40 futures are too "
                + "close to call (invest - spend within 2 standard errors of zero, paired over 2 replications"));
        var json = ResultFiles.json().readTree(tmp.resolve("out").resolve(
                Discovery.DISCOVERY_JSON).toFile());
        assertEquals(low, json.path("too_close_to_call").asLong());
        assertEquals(2, json.path("replications").asInt());
        assertEquals(0, finding.boxTooClose(), "the box's wins are clear");
        assertEquals(null, finding.boxWarning("invest", "spend"));
    }

    @Test
    void aBoxWhoseWinsAreTooCloseToCallIsFlaggedAsPossiblySeedNoise(@TempDir Path tmp) throws IOException {
        SweepPlan twoReplications = SweepPlan.of(
                new ScenarioLoader(Metric.names()).load(FLAGSHIP, List.of("population.size=600")),
                new SweepSpec(SweepSpec.Design.LATIN_HYPERCUBE, 40, 2, PARAMETERS),
                PARAMETERS.stream().map(p -> Location.of("test")).toList());
        Discovery discovery = Discovery.of(twoReplications, "invest", "spend", null, 0.8);
        PointSet points = discovery.plan().points();
        int width = discovery.plan().metrics().size();
        int invest = discovery.plan().strategies().indexOf("invest");
        // Below market.potential 0.5 invest - spend is +3 then -1: ahead on average (+1) but within two
        // standard errors (2 each) of zero. Above it invest loses by 5 in both replications: a clear loss.
        RunFunction f = key -> {
            boolean high = points.get(key.point()).settings().get(0).value() > 0.5;
            double[] values = new double[width];
            Arrays.fill(values, key.strategy() != invest ? 0 : high ? -5 : 3 - 4 * key.replication());
            return values;
        };
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("out"), false);
        Discovery.Finding finding = discovery.run(folder, "test", new LocalExecutor(2), 2, f, ProgressListener.NONE,
                new StopSignal()).finding();
        folder.commit();

        assertTrue(finding.chosen().interesting() > 0, "PRIM finds the low-potential box");
        assertEquals(finding.chosen().interesting(), finding.boxTooClose(), "every win in the box is too close to call");
        assertTrue(finding.boxWarning("invest", "spend").startsWith(finding.chosen().interesting() + " of the box's "
                + finding.chosen().interesting() + " futures where invest beats spend are too close to call: the box may "
                + "outline seed noise"), finding.boxWarning("invest", "spend"));
        var json = ResultFiles.json().readTree(tmp.resolve("out").resolve(Discovery.DISCOVERY_JSON).toFile());
        assertEquals(finding.boxTooClose(), json.path("box_too_close_to_call").asInt());
    }
}
