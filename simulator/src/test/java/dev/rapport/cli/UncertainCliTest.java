package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.UncertaintyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario with an {@code uncertain:} section from the command line: the run prints one line per
 * strategy on where the spread comes from and writes the draws; {@code rapport verify} reproduces
 * the draws and every file; a bad section is refused with its file, line and column, exit 2.
 */
class UncertainCliTest {
    private static final String SECTION = """

            uncertain:
              - path: mechanisms.advertising.persuasion_rate
                distribution: uniform
                low: 0.002
                high: 0.03
              - path: mechanisms.word_of_mouth.trial_rate
                distribution: beta
                alpha: 2
                beta: 4
                low: 0.005
                high: 0.06
            """;

    private static Path scenario(Path dir, String section) throws IOException {
        Path file = dir.resolve("uncertain.yaml");
        Files.writeString(file, Files.readString(Path.of("..", "scenarios", "spend-vs-invest.yaml")) + section);
        return file;
    }

    private static Cli run(Path file, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", file.toString(), "--out", out.toString(), "-q",
                "--set", "population.size=500", "--set", "time.horizon_weeks=16", "--set", "replications=3"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theRunSaysWhereTheSpreadComesFromAndVerifyReproducesIt(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("results");
        Cli ran = run(scenario(tmp, SECTION), out, "--threads", "2", "--report");
        assertEquals(0, ran.exitCode(), ran.out() + ran.err());
        assertTrue(ran.out().contains("Spread of cumulative_profit across replications from the uncertain values"), ran.out());
        for (String strategy : List.of("spend", "invest", "mixed", "baseline")) {
            assertTrue(ran.out().lines().anyMatch(l -> l.matches("  " + strategy + " +(\\d+% from the uncertain values|unknown).*")),
                    strategy + " has its line:\n" + ran.out());
        }
        assertTrue(Files.exists(out.resolve(UncertaintyFiles.PARAMETERS)));
        assertTrue(Files.exists(out.resolve(UncertaintyFiles.UNCERTAINTY)));

        // The report says it among its key findings.
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("The uncertain market values explain"), "report names the split");
        assertTrue(report.contains("the rest is seed noise"), "report names seed noise");

        Cli verified = Cli.run("verify", out.toString(), "--threads", "1");
        assertEquals(0, verified.exitCode(), verified.out() + verified.err());
        assertTrue(verified.out().contains("parameters.csv identical"), verified.out());
        assertTrue(verified.out().contains("uncertainty.csv identical"), verified.out());

        // An edited draw is caught.
        Path parameters = out.resolve(UncertaintyFiles.PARAMETERS);
        List<String> lines = new ArrayList<>(Files.readAllLines(parameters));
        lines.set(1, lines.get(1).replaceFirst(",[^,]*$", ",0.02"));
        Files.write(parameters, lines);
        Cli edited = Cli.run("verify", out.toString(), "--threads", "1");
        assertEquals(1, edited.exitCode(), edited.out());
        assertTrue(edited.out().contains("parameters.csv DIFFERS from line 2"), edited.out());
    }

    @Test
    void aBadSectionIsRefusedWhereItStandsBeforeAnythingRuns(@TempDir Path tmp) throws IOException {
        Path file = scenario(tmp, """

                uncertain:
                  - path: mechanisms.word_of_mouth.trail_rate
                    distribution: uniform
                    low: 0.01
                    high: 0.05
                """);
        Path out = tmp.resolve("results");
        Cli refused = run(file, out);
        assertEquals(2, refused.exitCode(), refused.out() + refused.err());
        int line = (int) Files.readString(file).lines().takeWhile(l -> !l.contains("trail_rate")).count() + 1;
        assertTrue(refused.err().contains(file + ":" + line + ":5: uncertain[0].path: expected the --set path of a number"),
                refused.err());
        assertTrue(refused.err().contains("did you mean 'trial_rate'?"), refused.err());
        assertFalse(refused.err().contains("Exception"), "no stack trace: " + refused.err());
        assertFalse(Files.exists(out), "nothing ran");
    }
}
