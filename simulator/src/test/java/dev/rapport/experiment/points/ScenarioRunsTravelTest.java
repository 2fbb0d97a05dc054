package dev.rapport.experiment.points;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's runs travel to a cluster's executors by Java serialisation and give the same values
 * there; a scenario's edge list can be read from a copy at another path, with the same values.
 */
class ScenarioRunsTravelTest {
    private static final Path STAR = Path.of("..", "scenarios", "validation", "cascade-star.yaml");

    @Test
    void sweepRunsSerializeAndGiveTheSameValuesAfterTheTrip() throws Exception {
        SweepPlan plan = SweepTest.grid(SweepTest.small(), 2);
        RunFunction runs = Sweep.model(plan);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(runs);
        }
        RunFunction copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (RunFunction) in.readObject();
        }
        RunKey key = new RunKey(4, 1, 1);
        assertArrayEquals(runs.run(key), copy.run(key));
        assertNull(((EdgeListRuns) runs).edgeListFile(), "a generated network reads no file");
    }

    @Test
    void anEdgeListIsReadFromACopyWithTheSameValues(@TempDir Path tmp) throws Exception {
        LoadedScenario loaded = new ScenarioLoader(Metric.names()).load(STAR, List.of());
        SweepPlan plan = SweepPlan.of(loaded, new dev.rapport.scenario.SweepSpec(dev.rapport.scenario.SweepSpec.Design.GRID,
                16, 3, List.of(new dev.rapport.scenario.SweptParameter("mechanisms.word_of_mouth.trial_rate", 0.2, 0.5, 2))),
                List.of(dev.rapport.scenario.bind.Location.of("test")));
        EdgeListRuns runs = (EdgeListRuns) Sweep.model(plan);
        assertEquals(STAR.toAbsolutePath().getParent().resolve("cascade-star.csv"), runs.edgeListFile());
        Path copy = Files.copy(runs.edgeListFile(), tmp.resolve("it's a copy.csv"));
        RunFunction fromCopy = runs.readingEdgeListAt(copy);
        for (int r = 0; r < 3; r++) {
            RunKey key = new RunKey(1, 0, r);
            assertArrayEquals(runs.run(key), fromCopy.run(key));
        }
        Files.delete(copy);
        RunFunction gone = runs.readingEdgeListAt(copy);
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> gone.run(new RunKey(0, 0, 0)),
                "the copy, not the scenario's file, is read");
    }
}
