package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.discovery.Discovery;
import dev.rapport.experiment.points.SeedNoise;
import dev.rapport.experiment.points.Sweep;
import dev.rapport.experiment.sensitivity.Sensitivity;
import dev.rapport.experiment.sensitivity.SensitivityMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport sensitivity} and {@code rapport discover} as a user meets them, on the flagship at
 * 1000 consumers over a short horizon: what they print, the files they write, how they refuse.
 */
class SensitivityCommandTest {
    private static final String FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml").toString();
    private static final String[] SMALL = {"--set", "population.size=1000", "--set", "time.horizon_weeks=16",
            "--replications", "1", "--threads", "2", "-q"};

    private static Cli command(String name, Path out, String... args) {
        List<String> all = new ArrayList<>(List.of(name, FLAGSHIP));
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
    void aOneAtATimeAnalysisOfTheFlagshipPrintsTheRankedParametersAndWritesItsFiles(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("oat");
        Cli cli = command("sensitivity", out, "--method", "oat", "--strategy", "invest",
                "--vary", "market.potential=0.3:0.7", "--vary", "brands[acme].price=30:50");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("Sensitivity of Spend versus invest: one at a time over 2 parameters: 5 points x "
                + "1 strategy (invest) x 1 replications = 5 runs"), cli.out());
        assertTrue(cli.out().contains("Seed noise cannot be measured at 1 replication a point"), cli.out());
        assertTrue(cli.out().contains("cumulative_profit of acme at week 16 under invest"), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("parameter ") && l.endsWith("swing")), cli.out());
        for (String file : List.of(Sensitivity.SENSITIVITY_CSV, Sensitivity.SENSITIVITY_JSON, Sweep.SWEEP_CSV,
                Sweep.POINTS_CSV, Sweep.SWEEP_JSON, ResultFiles.MANIFEST, "charts/sensitivity-tornado.png",
                "charts/sensitivity-tornado.svg")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        List<String> rows = Files.readAllLines(out.resolve(Sensitivity.SENSITIVITY_CSV));
        assertEquals(1 + 2 * 4, rows.size(), "four statistics per parameter");
        assertTrue(Files.readString(out.resolve(Sweep.SWEEP_JSON)).contains("\"design\" : \"one_at_a_time\""));
    }

    @Test
    void aSmallDiscoveryOnTheFlagshipCompletesAndWritesItsFiles(@TempDir Path tmp) {
        Path out = tmp.resolve("discover");
        Cli cli = command("discover", out, "--a", "invest", "--b", "spend", "--points", "12",
                "--vary", "market.potential=0.3:0.7", "--vary", "mechanisms.word_of_mouth.trial_rate=0.005:0.03");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("Where invest beats spend, in Spend versus invest: latin_hypercube of 12 futures"),
                cli.out());
        assertTrue(cli.out().contains("invest beats spend in "), cli.out());
        for (String file : List.of(Discovery.DISCOVERY_CSV, Discovery.BOX_CSV, Discovery.DISCOVERY_JSON, Sweep.SWEEP_CSV,
                "charts/discovery-peeling.png")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
    }

    @Test
    void withoutVaryDiscoverySweepsTheUncertainSectionAndWithoutOneItIsRefused(@TempDir Path tmp) {
        Path out = tmp.resolve("futures");
        Cli cli = command("discover", out, "--a", "invest", "--b", "spend", "--points", "12", "--set",
                "uncertain=[{path: market.potential, distribution: beta, alpha: 4, beta: 4, low: 0.3, high: 0.7},"
                        + " {path: mechanisms.word_of_mouth.trial_rate, distribution: triangular, low: 0.005, mode: 0.01, high: 0.03}]");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("Where invest beats spend, in Spend versus invest: latin_hypercube of 12 futures drawn "
                + "from the uncertain: section over market.potential, mechanisms.word_of_mouth.trial_rate;"), cli.out());
        assertTrue(Files.isRegularFile(out.resolve(Discovery.BOX_CSV)));
        assertUserError(command("discover", tmp.resolve("none"), "--a", "invest", "--b", "spend"),
                "give --vary PATH=LOW:HIGH, e.g. --vary market.potential=0.3:0.7, or an uncertain: section");
    }

    @Test
    void badInputsAreRefusedWithAMessageAndNoRun(@TempDir Path tmp) {
        assertUserError(command("sensitivity", tmp.resolve("a"), "--method", "anova", "--vary", "market.potential=0.3:0.7"),
                "--method must be oat, morris or sobol, not 'anova'");
        assertUserError(command("sensitivity", tmp.resolve("b"), "--method", "morris"),
                "needs at least one parameter: give --vary PATH=LOW:HIGH");
        assertUserError(command("sensitivity", tmp.resolve("c"), "--method", "sobol", "--base-samples", "2",
                "--vary", "market.potential=0.3:0.7"), "--base-samples must be at least 4");
        assertUserError(command("sensitivity", tmp.resolve("d"), "--method", "morris", "--levels", "3",
                "--vary", "market.potential=0.3:0.7"), "--levels must be even");
        assertUserError(command("sensitivity", tmp.resolve("e"), "--method", "oat", "--objective", "happiness",
                "--vary", "market.potential=0.3:0.7"), "--objective happiness is not a metric");
        assertUserError(command("discover", tmp.resolve("f"), "--a", "invest", "--b", "nobody",
                "--vary", "market.potential=0.3:0.7"), "strategy nobody is not in the scenario");
        assertUserError(command("discover", tmp.resolve("g"), "--a", "invest", "--b", "spend", "--points", "3",
                "--vary", "market.potential=0.3:0.7"), "--points must be between 10");
        for (String f : List.of("a", "b", "c", "d", "e", "f", "g")) {
            assertFalse(Files.exists(tmp.resolve(f)), "no folder for a refused command: " + f);
        }
    }

    /** As {@link #command} without --replications: the command's own default applies. */
    private static Cli withDefaultReplications(String name, Path out, String... args) {
        List<String> all = new ArrayList<>(List.of(name, FLAGSHIP, "--set", "population.size=1000", "--set",
                "time.horizon_weeks=16", "--threads", "2", "-q"));
        all.addAll(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    private static JsonNode json(Path file) throws IOException {
        return ResultFiles.json().readTree(file.toFile());
    }

    @Test
    void theManyPointMethodsDefaultToTwoReplicationsOneAtATimeToTheScenariosAndAnExplicitCountWins() {
        assertEquals(2, SeedNoise.DEFAULT_REPLICATIONS);
        assertEquals(2, SensitivityCommand.replications(SensitivityMethod.MORRIS, null));
        assertEquals(2, SensitivityCommand.replications(SensitivityMethod.SOBOL, null));
        assertEquals(null, SensitivityCommand.replications(SensitivityMethod.OAT, null), "the scenario's");
        assertEquals(5, SensitivityCommand.replications(SensitivityMethod.SOBOL, 5));
        assertEquals(7, SensitivityCommand.replications(SensitivityMethod.OAT, 7));
        assertEquals(2, DiscoverCommand.replications(null));
        assertEquals(5, DiscoverCommand.replications(5));
    }

    @Test
    void morrisRunsTwoReplicationsOfTheOneStrategyAndSaysHowMuchSeedNoiseIsLeft(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("morris");
        Cli cli = withDefaultReplications("sensitivity", out, "--method", "morris", "--trajectories", "2",
                "--strategy", "invest", "--vary", "market.potential=0.3:0.7");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("Sensitivity of Spend versus invest: Morris, 2 trajectories on 4 levels over 1 "
                + "parameter: 4 points x 1 strategy (invest) x 2 replications (the default for morris; --replications "
                + "to change) = 8 runs"), cli.out());
        JsonNode sweep = json(out.resolve(Sweep.SWEEP_JSON));
        assertEquals(8, sweep.path("runs").asInt(), "the runs recorded are the runs printed");
        assertEquals(2, sweep.path("replications").asInt());
        assertTrue(cli.out().lines().anyMatch(l -> l.matches("Seed noise is [\\d.]+% of the objective's spread across points "
                + "at 2 replications a point; above 10%, raise --replications\\.")), cli.out());
        JsonNode record = json(out.resolve(Sensitivity.SENSITIVITY_JSON));
        assertTrue(record.path("seed_noise_share").isNumber(), record.toString());

        Cli three = withDefaultReplications("sensitivity", tmp.resolve("three"), "--method", "morris", "--trajectories",
                "2", "--strategy", "invest", "--objective", "incremental_cumulative_profit", "--replications", "3",
                "--vary", "market.potential=0.3:0.7");
        assertEquals(0, three.exitCode(), three.err());
        assertTrue(three.out().startsWith("Sensitivity of Spend versus invest: Morris, 2 trajectories on 4 levels over 1 "
                + "parameter: 4 points x 2 strategies (invest, baseline) x 3 replications = 24 runs"), three.out());
        assertEquals(24, json(tmp.resolve("three").resolve(Sweep.SWEEP_JSON)).path("runs").asInt());
    }

    @Test
    void oneAtATimeKeepsTheScenariosReplications(@TempDir Path tmp) throws IOException {
        Cli cli = withDefaultReplications("sensitivity", tmp.resolve("oat"), "--method", "oat", "--set", "replications=3",
                "--vary", "market.potential=0.3:0.7");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("Sensitivity of Spend versus invest: one at a time over 1 parameter: 3 points x "
                + "1 strategy (spend) x 3 replications (the scenario's) = 9 runs"), cli.out());
        assertEquals(3, json(tmp.resolve("oat").resolve(Sweep.SWEEP_JSON)).path("replications").asInt());
    }

    @Test
    void discoverRunsTwoReplicationsOfTheTwoStrategiesAndCountsTheFuturesTooCloseToCall(@TempDir Path tmp)
            throws IOException {
        Path out = tmp.resolve("discover");
        Cli cli = withDefaultReplications("discover", out, "--a", "invest", "--b", "spend", "--points", "10",
                "--vary", "market.potential=0.3:0.7");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("Where invest beats spend, in Spend versus invest: latin_hypercube of 10 futures "
                + "over market.potential; 2 strategies (spend, invest) x 2 replications (the default; --replications to "
                + "change) at each: 40 runs"), cli.out());
        assertEquals(40, json(out.resolve(Sweep.SWEEP_JSON)).path("runs").asInt());
        JsonNode record = json(out.resolve(Discovery.DISCOVERY_JSON));
        int close = record.path("too_close_to_call").asInt(-1);
        assertTrue(close >= 0 && close <= 10, record.toString());
        assertTrue(cli.out().contains("Seed noise: " + close + " of 10 futures are too close to call (invest - spend "
                + "within 2 standard errors of zero, paired over 2 replications a future)"), cli.out());
    }

    @Test
    void theHelpNamesTheCommandsOwnFolderAndReplications() {
        String sensitivity = help("sensitivity");
        assertTrue(sensitivity.contains("results/<scenario file name>-sensitivity"), sensitivity);
        assertFalse(sensitivity.contains("<command>"), sensitivity);
        assertTrue(sensitivity.contains("Replications at each point (default: 2 for morris and sobol"), sensitivity);
        String discover = help("discover");
        assertTrue(discover.contains("results/<scenario file name>-discover"), discover);
        assertTrue(discover.contains("Replications at each future (default: 2;"), discover);
        assertTrue(help("run").contains("Replications per strategy (overrides the scenario)"), "others keep theirs");
    }

    /** The command's help with its lines joined, as picocli wraps them at any space. */
    private static String help(String command) {
        return Cli.run(command, "--help").out().replaceAll("\\s+", " ");
    }
}
