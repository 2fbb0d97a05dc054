package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.experiment.ResultFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --only-replication} says what it ran: the table states the one replication it
 * summarises, without intervals or win rates that one draw cannot support, and the manifest does
 * not call one replication of four a complete result.
 */
class OnlyReplicationTest {

    @Test
    void oneReplicationIsLabelledAsOneAndTheManifestSaysWhichItHolds(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("one");
        Cli cli = Cli.run("run", "../scenarios/spend-vs-invest.yaml", "--out", out.toString(), "-q",
                "--set", "population.size=500", "--set", "time.horizon_weeks=12", "--replications", "4",
                "--seed", "3", "--only-replication", "2", "--threads", "1");
        assertEquals(0, cli.exitCode(), cli.err());
        String text = cli.out();
        assertTrue(text.contains(", 1 replication (mean; no interval"), text);
        assertFalse(text.contains("4 replications"), text);
        assertFalse(text.matches("(?s).*\\[[^]]*, [^]]*\\].*"), "no interval from one replication: " + text);
        assertFalse(text.contains("beats"), "no win rate from one replication: " + text);
        assertTrue(text.contains("replication [2] only, 1 of 4"), text);

        JsonNode manifest = ResultFiles.json().readTree(out.resolve(ResultFiles.MANIFEST).toFile());
        assertFalse(manifest.get("complete").asBoolean(), "one replication of four is not complete");
        assertEquals("[2]", manifest.get("completed_replications").toString());
        assertEquals(4, manifest.get("replications").asInt());
    }

    @Test
    void severalReplicationsStillShowIntervalsAndWinRates(@TempDir Path tmp) {
        Cli cli = Cli.run("run", "../scenarios/spend-vs-invest.yaml", "--out", tmp.resolve("all").toString(), "-q",
                "--set", "population.size=500", "--set", "time.horizon_weeks=12", "--replications", "3",
                "--seed", "3", "--threads", "1");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains(", 3 replications (mean and 95% interval)"), cli.out());
        assertTrue(cli.out().contains("beats"), cli.out());
    }
}
