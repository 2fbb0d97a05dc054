package dev.rapport.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.StopAfterRuns;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.LocalExecutor;
import dev.rapport.experiment.points.PointSet;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.Sweep;
import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.SweepSpec;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sensitivity end to end, the engine running an injected function of the point with a known
 * answer instead of the model: Sobol indices of the Ishigami function, Morris' ranking and the
 * tornado's swings of a linear function, and a resumed analysis that writes what an uninterrupted
 * one does.
 */
class SensitivityTest {
    private static final Path FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml");
    /** Three scenario values with ranges the scenario accepts; the test functions see them as [0, 1]. */
    private static final List<SweptParameter> PARAMETERS = List.of(
            new SweptParameter("market.potential", 0.3, 0.7, 3),
            new SweptParameter("brands[acme].price", 30, 50, 3),
            new SweptParameter("brands[acme].quality", 0.5, 0.9, 3));

    /**
     * The flagship with only its invest strategy (and the baseline): the runs here are a function of
     * the point, so more strategies would only cost time.
     */
    static LoadedScenario investOnly() throws IOException {
        String text = Files.readString(FLAGSHIP);
        text = text.substring(0, text.indexOf("  - name: spend")) + text.substring(text.indexOf("  - name: invest"),
                text.indexOf("  - name: mixed")) + text.substring(text.indexOf("outputs:"));
        return new ScenarioLoader(Metric.names()).load(text.getBytes(StandardCharsets.UTF_8), "invest-only",
                null, List.of("population.size=600"));
    }

    private static SweepPlan checked(int replications) throws IOException {
        LoadedScenario loaded = investOnly();
        return SweepPlan.of(loaded, new SweepSpec(SweepSpec.Design.LATIN_HYPERCUBE, 1, replications, PARAMETERS),
                PARAMETERS.stream().map(p -> Location.of("test")).toList());
    }

    /** Each parameter's place in its range, 0 at its low and 1 at its high. */
    private static double[] unit(PointSet points, int point) {
        double[] u = new double[PARAMETERS.size()];
        for (int j = 0; j < u.length; j++) {
            SweptParameter p = PARAMETERS.get(j);
            u[j] = (points.get(point).settings().get(j).value() - p.low()) / (p.high() - p.low());
        }
        return u;
    }

    /** A run that gives {@code f} of the point as every metric, whatever the strategy and replication. */
    private static RunFunction function(Sensitivity s, ToDoubleFunction<double[]> f) {
        PointSet points = s.plan().points();
        int width = s.plan().metrics().size();
        SerializableFunction g = f::applyAsDouble;
        return key -> {
            double[] values = new double[width];
            Arrays.fill(values, g.apply(unit(points, key.point())));
            return values;
        };
    }

    private interface SerializableFunction extends Serializable {
        double apply(double[] u);
    }

    private static Sensitivity.Outcome run(Sensitivity s, RunFunction f, Path dir, ProgressListener progress,
                                           StopSignal stop, boolean resume) {
        OutputFolder folder = OutputFolder.prepare(dir, resume);
        if (resume) {
            Sweep.resumeFrom(folder, dir, s.plan());
        }
        Sensitivity.Outcome outcome = s.run(folder, "test", new LocalExecutor(2), 2, f, progress, stop);
        folder.commit();
        return outcome;
    }

    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    private static SensitivityRow row(List<SensitivityRow> rows, String parameter, String statistic) {
        return rows.stream().filter(r -> r.parameter().equals(parameter) && r.statistic().equals(statistic)).findFirst()
                .orElseThrow();
    }

    @Test
    void sobolIndicesOfTheIshigamiFunctionRunThroughTheEngineMatchTheirKnownValues(@TempDir Path tmp) throws IOException {
        Sensitivity s = Sensitivity.of(checked(1), new SensitivitySettings(SensitivityMethod.SOBOL, 10, 4, 256, 200, 7),
                null, null);
        assertEquals(256 * 5, s.plan().points().size(), "N(k + 2) points");
        Sensitivity.Outcome outcome = run(s, function(s, SensitivityTest::ishigami), tmp.resolve("sobol"),
                ProgressListener.NONE, new StopSignal(), false);
        assertTrue(outcome.sweep().complete());
        // Known values (Ishigami and Homma 1990; Sobol' and Levitan 1999).
        double[] first = {0.3139, 0.4424, 0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int j = 0; j < 3; j++) {
            String path = PARAMETERS.get(j).path();
            SensitivityRow s1 = row(outcome.rows(), path, "first_order");
            SensitivityRow st = row(outcome.rows(), path, "total");
            // At N = 256 the estimators' standard errors are about 0.04 to 0.06 (Saltelli et al. 2010, fig. 2).
            assertEquals(first[j], s1.value(), 0.1, "S of " + path);
            assertEquals(total[j], st.value(), 0.1, "ST of " + path);
            assertTrue(s1.ciLow() <= first[j] && first[j] <= s1.ciHigh(), "S of " + path + ": " + s1);
            assertTrue(st.ciLow() <= total[j] && total[j] <= st.ciHigh(), "ST of " + path + ": " + st);
        }
        assertEquals(List.of("market.potential", "brands[acme].price", "brands[acme].quality"),
                outcome.rows().stream().map(SensitivityRow::parameter).distinct().toList(), "ranked by total index");
        assertTrue(Files.isRegularFile(tmp.resolve("sobol").resolve(Sensitivity.SENSITIVITY_CSV)));
        assertTrue(Files.isRegularFile(tmp.resolve("sobol").resolve("charts").resolve("sensitivity-sobol.png")));
    }

    /** 10 u0 - 3 u1 + 0 u2: importance 10, 3, 0 per whole range, in that order. */
    static double linear(double[] u) {
        return 10 * u[0] - 3 * u[1];
    }

    @Test
    void morrisRanksALinearFunctionsParametersByTheirCoefficients(@TempDir Path tmp) throws IOException {
        Sensitivity s = Sensitivity.of(checked(1), new SensitivitySettings(SensitivityMethod.MORRIS, 6, 4, 64, 1, 11),
                null, null);
        assertEquals(6 * 4, s.plan().points().size(), "r(k + 1) points");
        Sensitivity.Outcome outcome = run(s, function(s, SensitivityTest::linear), tmp.resolve("morris"),
                ProgressListener.NONE, new StopSignal(), false);
        assertEquals(List.of("market.potential", "brands[acme].price", "brands[acme].quality"),
                outcome.rows().stream().map(SensitivityRow::parameter).distinct().toList());
        assertEquals(10, row(outcome.rows(), "market.potential", "mu_star").value(), 1e-6);
        assertEquals(10, row(outcome.rows(), "market.potential", "mu").value(), 1e-6);
        assertEquals(3, row(outcome.rows(), "brands[acme].price", "mu_star").value(), 1e-6);
        assertEquals(-3, row(outcome.rows(), "brands[acme].price", "mu").value(), 1e-6);
        assertEquals(0, row(outcome.rows(), "brands[acme].quality", "mu_star").value(), 1e-6);
        assertEquals(0, row(outcome.rows(), "market.potential", "sigma").value(), 1e-6, "linear: no spread of effects");
        assertTrue(Files.isRegularFile(tmp.resolve("morris").resolve("charts").resolve("sensitivity-morris.svg")));
    }

    @Test
    void theTornadosSwingsAreTheFunctionsChangeOverEachRange(@TempDir Path tmp) throws IOException {
        Sensitivity s = Sensitivity.of(checked(2), new SensitivitySettings(SensitivityMethod.OAT, 10, 4, 64, 1, 1),
                null, null);
        assertEquals(7, s.plan().points().size(), "1 + 2k points");
        Sensitivity.Outcome outcome = run(s, function(s, SensitivityTest::linear), tmp.resolve("oat"),
                ProgressListener.NONE, new StopSignal(), false);
        double base = linear(new double[] {0.5, 0.5, 0.5});
        assertEquals(base, row(outcome.rows(), "market.potential", "objective_at_base").value(), 1e-9);
        assertEquals(base - 5, row(outcome.rows(), "market.potential", "objective_at_low").value(), 1e-9);
        assertEquals(base + 5, row(outcome.rows(), "market.potential", "objective_at_high").value(), 1e-9);
        assertEquals(10, row(outcome.rows(), "market.potential", "swing").value(), 1e-9);
        assertEquals(3, row(outcome.rows(), "brands[acme].price", "swing").value(), 1e-9);
        assertEquals(0, row(outcome.rows(), "brands[acme].quality", "swing").value(), 1e-9);
        List<String> csv = Files.readAllLines(tmp.resolve("oat").resolve(Sensitivity.SENSITIVITY_CSV));
        assertEquals("method,parameter,statistic,value,ci_low,ci_high", csv.get(0));
        assertEquals("oat,market.potential,swing,10,,", csv.get(4));
        assertTrue(Files.isRegularFile(tmp.resolve("oat").resolve("charts").resolve("sensitivity-tornado.png")));
    }

    @Test
    void aStoppedAnalysisResumedWritesTheFilesOfAnUninterruptedOne(@TempDir Path tmp) throws IOException {
        Sensitivity s = Sensitivity.of(checked(2), new SensitivitySettings(SensitivityMethod.MORRIS, 3, 4, 64, 1, 5),
                null, null);
        RunFunction f = function(s, SensitivityTest::ishigami);
        run(s, f, tmp.resolve("whole"), ProgressListener.NONE, new StopSignal(), false);
        StopSignal stop = new StopSignal();
        Sensitivity.Outcome first = run(s, f, tmp.resolve("resumed"), new StopAfterRuns(20, stop), stop, false);
        assertFalse(first.sweep().complete());
        assertTrue(first.rows().isEmpty(), "no statistics from part of the runs");
        assertFalse(Files.exists(tmp.resolve("resumed").resolve(Sensitivity.SENSITIVITY_CSV)));
        assertEquals(null, s.differs(tmp.resolve("resumed")), "the same analysis may resume");
        Sensitivity other = Sensitivity.of(checked(2), new SensitivitySettings(SensitivityMethod.MORRIS, 3, 4, 64, 1, 5),
                null, "members");
        assertTrue(other.differs(tmp.resolve("resumed")).contains("objective"), "another objective's may not");
        Sensitivity.Outcome second = run(s, f, tmp.resolve("resumed"), ProgressListener.NONE, new StopSignal(), true);
        assertTrue(second.sweep().complete());
        assertEquals(s.plan().layout().runs() - 20, second.sweep().ran(), "finished runs are not run again");
        for (String file : List.of(Sensitivity.SENSITIVITY_CSV, Sensitivity.SENSITIVITY_JSON, Sweep.SWEEP_CSV,
                Sweep.POINTS_CSV, Sweep.SWEEP_JSON)) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("whole").resolve(file)),
                    Files.readAllBytes(tmp.resolve("resumed").resolve(file)), file);
        }
    }

    @Test
    void onlyTheStrategyAnalysedRunsAndTheBaselineBesideItWhenTheObjectiveIsIncremental(@TempDir Path tmp)
            throws IOException {
        LoadedScenario flagship = new ScenarioLoader(Metric.names()).load(FLAGSHIP, List.of("population.size=600"));
        SweepPlan checked = SweepPlan.of(flagship, new SweepSpec(SweepSpec.Design.LATIN_HYPERCUBE, 1, 2, PARAMETERS),
                PARAMETERS.stream().map(p -> Location.of("test")).toList());
        assertEquals(4, checked.strategies().size(), "spend, invest, mixed and the baseline");
        SensitivitySettings morris = new SensitivitySettings(SensitivityMethod.MORRIS, 2, 4, 64, 200, 7);
        Sensitivity profit = Sensitivity.of(checked, morris, "invest", "cumulative_profit");
        assertEquals(List.of("invest"), profit.plan().strategies());
        int points = 2 * (PARAMETERS.size() + 1);
        assertEquals(points, profit.plan().points().size());
        assertEquals((long) points * 1 * 2, profit.plan().layout().runs());
        Sensitivity incremental = Sensitivity.of(checked, morris, "invest", "incremental_cumulative_profit");
        assertEquals(List.of("invest", "baseline"), incremental.plan().strategies());
        assertEquals((long) points * 2 * 2, incremental.plan().layout().runs());

        Sensitivity.Outcome outcome = run(profit, function(profit, u -> u[0]), tmp.resolve("one"), ProgressListener.NONE,
                new StopSignal(), false);
        assertEquals(points * 2, outcome.sweep().runs());
        var record = ResultFiles.json().readTree(tmp.resolve("one").resolve("sweep.json").toFile());
        assertEquals(points * 2, record.path("runs").asLong(), "the runs recorded are those of the one strategy");
        assertEquals("[\"invest\"]", record.path("strategies").toString());
        // The function ignores the replication: nothing of the spread is seed noise.
        assertEquals(0, outcome.noise().share(), 0.0);
        var json = ResultFiles.json().readTree(tmp.resolve("one").resolve(
                Sensitivity.SENSITIVITY_JSON).toFile());
        assertEquals(0, json.path("seed_noise_share").asDouble(-1), 0.0);
        assertEquals(2, json.path("replications").asInt());
        assertTrue(incremental.differs(tmp.resolve("one")).startsWith("its strategies [\"invest\"] differ"),
                "another subset's folder is not resumed: " + incremental.differs(tmp.resolve("one")));
    }
}
