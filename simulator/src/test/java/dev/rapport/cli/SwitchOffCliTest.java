package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport switch-off} from the command line: what it prints and writes, and the weeks it refuses. */
class SwitchOffCliTest {
    static final String SCENARIO = """
            name: switch-off cli
            seed: 5
            replications: 2
            time: {horizon_weeks: 16, tick: week}
            population: {size: 300}
            brands:
              - {name: acme, price: 40, margin: 0.4, initial_awareness: 0.2, initial_customers: 0.05}
            strategies:
              - name: spend
                kind: spend
                budget: 8000
                plan:
                  - {lever: advertising, weeks: all, per_week: 10}
                  - {lever: discount, weeks: 3-6, depth: 0.1}
              - name: invest
                kind: invest
                budget: 8000
                plan:
                  - {lever: value_delivery, weeks: all, per_week: 200}
                  - {lever: community, weeks: all, per_week: 100}
            """;

    @Test
    void printsTheMeasuresPerStrategyAndWritesTheFolder(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), SCENARIO);
        Path out = tmp.resolve("out");
        Cli cli = Cli.run("switch-off", file.toString(), "--week", "6", "--out", out.toString(), "--threads", "1");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("Spending stopped after week 6: the switched-off runs, 2 replications"), cli.out());
        assertTrue(cli.out().contains("profit given up by switching off"), cli.out());
        assertTrue(cli.out().contains("customers at week 16"), cli.out());
        assertTrue(cli.err().contains("runs done"), "progress while it runs: " + cli.err());
        for (String name : new String[] {"switch-off.csv", "series.csv", "summary.csv", "manifest.json"}) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        String csv = Files.readString(out.resolve("switch-off.csv"));
        assertTrue(csv.contains("\ninvest,acme,profit_given_up,16,2,"), csv);
        assertTrue(Files.readString(out.resolve("series.csv")).contains("\ninvest-off,1,16,16,acme,"),
                "the series of both variants");
    }

    @Test
    void aWeekOutsideOneToTheHorizonMinusOneExitsTwo(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), SCENARIO);
        for (String week : new String[] {"0", "16", "-3", "200"}) {
            Path out = tmp.resolve("out" + week);
            Cli cli = Cli.run("switch-off", file.toString(), "--week", week, "--out", out.toString());
            assertEquals(2, cli.exitCode(), week + ": " + cli.err());
            assertTrue(cli.err().contains("error: --week must be from 1 to 15"), cli.err());
            assertFalse(Files.exists(out), "nothing written for week " + week);
        }
        Cli missing = Cli.run("switch-off", file.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("--week"), missing.err());
    }
}
