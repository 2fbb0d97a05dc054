package dev.rapport.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Run as batch" runs rapport run on the watched scenario into a new folder, never an old one. */
class BatchLauncherTest {

    @Test
    void aBatchIsRapportRunWithTheSameOverridesIntoAFolderOfItsOwn(@TempDir Path results) throws Exception {
        WatchedRun watched = WatchedRun.of(MarketGuiTest.flagship("population.size=400", "time.horizon_weeks=6",
                "replications=1"), "spend", 0);
        BatchLauncher launcher = new BatchLauncher(results);
        LocalDateTime now = LocalDateTime.of(2026, 11, 26, 21, 0, 0);
        Path first = launcher.freshFolder(watched, now);
        assertEquals(results.resolve("spend-vs-invest-gui-20261126-210000"), first);
        Files.createDirectories(first);
        Path second = launcher.freshFolder(watched, now);
        assertNotEquals(first, second, "an existing folder is never reused");
        assertEquals(results.resolve("spend-vs-invest-gui-20261126-210000-2"), second);

        List<String> command = launcher.command(watched, second);
        int run = command.indexOf("dev.rapport.cli.Main");
        assertEquals(List.of("run", watched.loaded().file().toString(), "--out", second.toString(), "--quiet"),
                command.subList(run + 1, run + 6));
        assertEquals(List.of("--set", "population.size=400", "--set", "time.horizon_weeks=6", "--set", "replications=1"),
                command.subList(run + 6, command.size()));

        List<String> printed = new ArrayList<>();
        BatchLauncher.Result result = launcher.run(watched, printed::add);
        assertEquals(0, result.exitCode(), String.join("\n", printed));
        assertTrue(Files.exists(result.folder().resolve("series.csv")), "rapport run's results: " + printed);
        assertTrue(Files.exists(result.folder().resolve("manifest.json")));
        assertTrue(printed.stream().anyMatch(l -> l.startsWith("Results in ")), String.join("\n", printed));
    }
}
