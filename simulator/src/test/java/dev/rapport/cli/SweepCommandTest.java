package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.StopAfterRuns;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.Sweep;
import dev.rapport.experiment.points.SweepOutcome;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport sweep} as a user meets it: what it prints, how it refuses, how it resumes. */
class SweepCommandTest {
    private static final String FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml").toString();
    private static final String[] SMALL = {"--set", "population.size=600", "--set", "time.horizon_weeks=16",
            "--replications", "2", "--threads", "2", "-q"};

    private static Cli sweep(Path out, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("sweep", FLAGSHIP));
        all.addAll(List.of(SMALL));
        all.addAll(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    private static void assertUserError(Cli cli, String says) {
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains(says), cli.err());
        assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), "no stack trace: " + cli.err());
    }

    @Test
    void theSparkEngineWithoutTheDistributedJarIsAUserErrorThatSaysHowToRunIt(@TempDir Path tmp) {
        Cli cli = sweep(tmp.resolve("out"), "--vary", "market.potential=0.3:0.7:2", "--engine", "spark");
        assertUserError(cli, "--engine spark: Rapport's Spark engine is not on the class path");
        assertTrue(cli.err().contains("spark-submit --class dev.rapport.cli.Main distributed/target/rapport-distributed.jar"),
                cli.err());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    @Test
    void anUnknownEngineIsAUserError(@TempDir Path tmp) {
        assertUserError(sweep(tmp.resolve("out"), "--vary", "market.potential=0.3:0.7:2", "--engine", "hadoop"),
                "--engine must be local or spark, not 'hadoop'");
    }

    @Test
    void aSweepPrintsTheObjectivePerPointAndWritesItsFolder(@TempDir Path tmp) {
        Cli cli = sweep(tmp.resolve("out"), "--vary", "market.potential=0.3:0.7:2");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("Sweep of Spend versus invest: grid of 2 points over market.potential; "
                + "4 strategies x 2 replications at each: 16 runs"), cli.out());
        assertTrue(cli.out().contains("cumulative_profit of acme at week 16, mean [95% interval]:"), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.matches("0\\s+0\\.3\\s.*")), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.matches("1\\s+0\\.7\\s.*")), cli.out());
        assertTrue(cli.out().contains("Best mean cumulative_profit: "), cli.out());
        for (String file : List.of(Sweep.SWEEP_CSV, Sweep.POINTS_CSV, Sweep.SWEEP_JSON, ResultFiles.MANIFEST)) {
            assertTrue(Files.isRegularFile(tmp.resolve("out").resolve(file)), file);
        }
    }

    @Test
    void aSweepRunsEveryStrategyAtTheScenariosReplications(@TempDir Path tmp) throws IOException {
        Cli cli = Cli.run("sweep", FLAGSHIP, "--set", "population.size=600", "--set", "time.horizon_weeks=16", "--set",
                "replications=3", "--threads", "2", "-q", "--vary", "market.potential=0.4:0.6:1", "--out",
                tmp.resolve("out").toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("Sweep of Spend versus invest: grid of 1 point over market.potential; "
                + "4 strategies x 3 replications at each: 12 runs"), cli.out());
        var record = ResultFiles.json().readTree(tmp.resolve("out").resolve(Sweep.SWEEP_JSON).toFile());
        assertEquals(3, record.path("replications").asInt());
        assertEquals(4, record.path("strategies").size());
    }

    @Test
    void aMalformedVaryIsRefusedWithTheFormExpected(@TempDir Path tmp) {
        assertUserError(sweep(tmp.resolve("a"), "--vary", "market.potential=0.3-0.7"), "expected PATH=LOW:HIGH");
        assertUserError(sweep(tmp.resolve("b"), "--vary", "market.potential=low:0.7"), "LOW must be a number");
        assertUserError(sweep(tmp.resolve("c"), "--vary", "market.potential=0.7:0.3"), "HIGH (0.3) is below LOW (0.7)");
        assertUserError(sweep(tmp.resolve("d"), "--vary", "market.potential=0.3:0.7:0"), "LEVELS must be from 1 to 1000");
        assertUserError(sweep(tmp.resolve("e"), "--vary", "market.potential=0.3:0.7", "--design", "factorial"),
                "--design must be grid, latin_hypercube or sobol");
        assertFalse(Files.exists(tmp.resolve("a")), "nothing is written");
    }

    @Test
    void anUnknownPathOrAValueOutOfRangeIsRefusedBeforeAnyRun(@TempDir Path tmp) {
        Cli typo = sweep(tmp.resolve("typo"), "--vary", "market.potentail=0.3:0.7");
        assertUserError(typo, "--vary market.potentail=0.3:0.7: market.potentail: expected one of the keys");
        assertTrue(typo.err().contains("did you mean 'potential'?"), typo.err());
        assertEquals(1, typo.err().lines().filter(l -> l.contains("unknown key")).count(), "said once, not per end");
        Cli range = sweep(tmp.resolve("range"), "--vary", "market.potential=0.3:1.5");
        assertUserError(range, "market.potential: expected a value in [0, 1], found number 1.5 (its high)");
        assertUserError(sweep(tmp.resolve("seed"), "--vary", "seed=1:9"), "common random numbers");
        assertFalse(Files.exists(tmp.resolve("typo")) || Files.exists(tmp.resolve("range")), "nothing is written");
    }

    @Test
    void aParameterOfTheExperimentSectionIsReportedAtItsLine(@TempDir Path tmp) throws IOException {
        Path scenario = tmp.resolve("swept.yaml");
        String text = Files.readString(Path.of(FLAGSHIP)) + """

                experiment:
                  sweep:
                    parameters:
                      - path: market.potential
                        low: 0.2
                        high: 0.4
                      - path: network.degre
                        low: 4
                        high: 8
                """;
        Files.writeString(scenario, text);
        int line = (int) text.substring(0, text.indexOf("path: network.degre")).lines().count();
        Cli cli = Cli.run("sweep", scenario.toString(), "--out", tmp.resolve("out").toString());
        assertUserError(cli, scenario + ":" + line + ":9: network.degre: expected one of the keys");
        assertTrue(cli.err().contains("did you mean 'degree'?"), cli.err());
        Cli validate = Cli.run("validate", scenario.toString());
        assertUserError(validate, scenario + ":" + line + ":9: network.degre: expected one of the keys");

        Files.writeString(scenario, text.replace("network.degre", "network.degree"));
        validate = Cli.run("validate", scenario.toString());
        assertEquals(0, validate.exitCode(), validate.err());
        assertTrue(validate.out().contains("experiment.sweep: grid of 9 points over market.potential, network.degree, "
                + "20 replications at each"), validate.out());
    }

    @Test
    void aStoppedSweepIsFinishedByResumeWithTheFilesOfAnUninterruptedOne(@TempDir Path tmp) throws IOException {
        String[] vary = {"--vary", "market.potential=0.3:0.7:2"};
        assertEquals(0, sweep(tmp.resolve("clean"), vary).exitCode());

        // The same sweep stopped after 5 runs, as Ctrl-C would.
        LoadedScenario loaded = new ScenarioLoader(Metric.names()).load(Path.of(FLAGSHIP),
                List.of("population.size=600", "time.horizon_weeks=16", "replications=2"));
        SweepPlan plan = SweepPlan.of(loaded, new SweepSpec(SweepSpec.Design.GRID, 16, 2,
                List.of(new SweptParameter("market.potential", 0.3, 0.7, 2))), List.of(Location.of("test")));
        Path dir = tmp.resolve("stopped");
        StopSignal stop = new StopSignal();
        OutputFolder folder = OutputFolder.prepare(dir, false);
        SweepOutcome stopped = new Sweep(plan, 2).run(folder, VersionProvider.version(), new StopAfterRuns(5, stop), stop);
        folder.commit();
        assertFalse(stopped.complete());

        assertUserError(Cli.run("run", FLAGSHIP, "--out", dir.toString(), "--resume"), "holds a sweep, not a run");
        assertUserError(Cli.run("compare", FLAGSHIP, "--precision", "1000", "--out", dir.toString(), "--resume"),
                "holds a sweep, not a comparison");
        assertUserError(sweep(dir, "--vary", "market.potential=0.3:0.7:3", "--resume"), "is not this one");
        Cli resumed = sweep(dir, "--vary", "market.potential=0.3:0.7:2", "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        for (String file : List.of(Sweep.SWEEP_CSV, Sweep.POINTS_CSV, Sweep.SWEEP_JSON)) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("clean").resolve(file)), Files.readAllBytes(dir.resolve(file)),
                    file);
        }
        assertUserError(sweep(dir, vary), "already exists");
        assertUserError(sweep(dir, "--vary", "market.potential=0.3:0.7:2", "--resume"), "nothing to resume");
    }
}
