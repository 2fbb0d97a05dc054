package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.MemoryPlan;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A population (or network) too large for the heap is refused before the run starts, with the
 * memory one run needs and the flag that raises the limit; nothing is written. A limit that fits
 * the run, as the message suggests, is then enough.
 */
class HeapRefusalTest {
    private static final Path FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml");
    private static final Pattern SUGGESTED = Pattern.compile("-Xmx(\\d+)g");

    @Test
    void tooLargeForTheHeapIsRefusedWithTheMemoryNeededAndTheFlag() {
        LoadedScenario loaded = new ScenarioLoader(Metric.names()).load(FLAGSHIP, List.of("population.size=5000000"));
        long smallHeap = 256L * 1024 * 1024;
        MemoryPlan.InsufficientMemoryException e = assertThrows(MemoryPlan.InsufficientMemoryException.class,
                () -> MemoryPlan.check(loaded, smallHeap));
        assertTrue(e.getMessage().contains("needs about") && e.getMessage().contains("GiB"), e.getMessage());
        Matcher m = SUGGESTED.matcher(e.getMessage());
        assertTrue(m.find(), e.getMessage());
        long suggested = Long.parseLong(m.group(1)) * 1024 * 1024 * 1024;
        MemoryPlan.check(loaded, suggested); // the suggested heap is enough
        assertTrue(MemoryPlan.threadsThatFit(loaded, 64, suggested) < 64, "fewer threads when memory is short");
    }

    @Test
    void aDenseNetworkCountsTowardsTheMemoryNeeded() {
        ScenarioLoader loader = new ScenarioLoader(Metric.names());
        List<String> sparse = List.of("population.size=200000", "network={type: erdos_renyi, mean_degree: 2}");
        List<String> dense = List.of("population.size=200000", "network={type: erdos_renyi, mean_degree: 1000}");
        long heap = 1024L * 1024 * 1024;
        MemoryPlan.check(loader.load(FLAGSHIP, sparse), heap);
        MemoryPlan.InsufficientMemoryException e = assertThrows(MemoryPlan.InsufficientMemoryException.class,
                () -> MemoryPlan.check(loader.load(FLAGSHIP, dense), heap));
        assertTrue(e.getMessage().contains("network's degree"), e.getMessage());
    }

    @Test
    void theCommandRefusesBeforeWritingAnything(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        Cli cli = Cli.run("run", FLAGSHIP.toString(), "--set", "population.size=100000000", "--out", out.toString(), "-q");
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("needs about") && cli.err().contains("RAPPORT_JAVA_OPTS=-Xmx"), cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
        assertFalse(Files.exists(out));
    }

    /** In a real JVM started with a small -Xmx, as a user's machine would be. */
    @Test
    void aSmallJvmRefusesALargePopulationAndNamesTheFlag(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", FLAGSHIP.toString(),
                "--set", "population.size=2000000", "--out", out.toString(), "-q")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the refusal comes before any run");
        String log = Files.readString(tmp.resolve("log.txt"), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), log);
        assertTrue(log.contains("needs about") && log.contains("-Xmx"), log);
        assertFalse(log.contains("OutOfMemoryError"), log);
        assertFalse(Files.exists(out));
    }
}
