package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --seed} is recorded and used exactly: neighbouring seeds above 2^53 give different runs. */
class ExactSeedTest {
    private static final String SCENARIO = """
            name: seeds
            replications: 1
            time: {horizon_weeks: 8}
            population:
              size: 300
            brands:
              - name: acme
                price: 30
            """;

    @Test
    void d6_seed9007199254740993IsRecordedAndDiffersFromItsNeighbour(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("seeds.yaml");
        Files.writeString(file, SCENARIO);
        Cli odd = Cli.run("run", file.toString(), "--seed", "9007199254740993", "--out", tmp.resolve("odd").toString(), "-q");
        assertEquals(0, odd.exitCode(), odd.err());
        Cli even = Cli.run("run", file.toString(), "--seed", "9007199254740992", "--out", tmp.resolve("even").toString(), "-q");
        assertEquals(0, even.exitCode(), even.err());
        String manifest = Files.readString(tmp.resolve("odd").resolve("manifest.json"));
        assertTrue(manifest.contains("9007199254740993"), manifest);
        assertNotEquals(Files.readString(tmp.resolve("even").resolve("series.csv")),
                Files.readString(tmp.resolve("odd").resolve("series.csv")), "different seeds, different series");
    }
}
