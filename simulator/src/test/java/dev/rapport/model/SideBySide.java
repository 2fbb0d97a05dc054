package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.StrategySpec;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two runs of one strategy stepped side by side and compared after every tick, to the bit: every
 * array of {@link Consumers}, what the consumers said and what {@link Talkers} keep of it, and every
 * row recorded. For checks that a way of deciding (several workers, ticks settled at bounds) leaves
 * the market exactly as the plain way does.
 */
final class SideBySide {
    final MarketModel expected;
    final MarketModel actual;
    private final List<double[]> expectedRows = new ArrayList<>();
    private final List<double[]> actualRows = new ArrayList<>();

    /** The strategy's replication 0 twice, with {@code expectedWorkers} and {@code actualWorkers}; not started. */
    SideBySide(LoadedScenario loaded, String strategyName, int expectedWorkers, int actualWorkers) {
        StrategySpec strategy = loaded.scenario().effectiveStrategies().stream()
                .filter(s -> s.name().equals(strategyName)).findFirst().orElseThrow();
        expected = model(loaded, strategy, expectedWorkers, expectedRows);
        actual = model(loaded, strategy, actualWorkers, actualRows);
    }

    /**
     * Starts both runs, the expected one settling no tick at bounds ({@link MarketModel#passersBy}
     * off), and steps them to the end as {@link #stepToTheEnd} does; returns their consumer-ticks.
     */
    long settledBesideDecided() {
        expected.passersBy = false;
        start();
        return (long) stepToTheEnd(() -> { }) * actual.size;
    }

    /** Starts both runs. */
    void start() {
        for (MarketModel m : List.of(expected, actual)) {
            m.start();
            m.recordStart();
        }
    }

    /**
     * Steps both runs to the end, {@code beforeTick} run before each tick, comparing them after
     * every tick; returns the ticks stepped. Finishes both.
     */
    int stepToTheEnd(Runnable beforeTick) {
        try {
            int ticks = 0;
            while (true) {
                beforeTick.run();
                if (!expected.schedule.step(expected)) {
                    break;
                }
                assertTrue(actual.schedule.step(actual));
                ticks++;
                assertSameConsumers(expected.consumers, actual.consumers, ticks);
                assertSameTalk(expected, actual, ticks);
                assertEquals(expectedRows.size(), actualRows.size());
                for (int r = 0; r < expectedRows.size(); r++) {
                    assertArrayEquals(expectedRows.get(r), actualRows.get(r), "row " + r + " after tick " + ticks);
                }
                if (ticks == expected.ticks()) {
                    break;
                }
            }
            assertTrue(ticks > 10, "ticks stepped: " + ticks);
            return ticks;
        } finally {
            expected.finish();
            actual.finish();
        }
    }

    private static MarketModel model(LoadedScenario loaded, StrategySpec strategy, int workers, List<double[]> rows) {
        return new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), strategy, 0), (tick, week, brand, values) -> {
            double[] row = new double[values.length + 2];
            row[0] = tick;
            row[1] = brand;
            System.arraycopy(values, 0, row, 2, values.length);
            rows.add(row);
        }, workers);
    }

    /** What the consumers said ({@link Voices}) and what {@link Talkers} keep of it, to the bit. */
    private static void assertSameTalk(MarketModel expected, MarketModel actual, int tick) {
        String at = " differ after tick " + tick;
        assertArrayEquals(expected.voices.talk, actual.voices.talk, "records" + at);
        assertArrayEquals(expected.voices.loudest, actual.voices.loudest, "loudest voices" + at);
        assertArrayEquals(expected.voices.loudestCustomer, actual.voices.loudestCustomer, "loudest voices outside the tribe" + at);
        if (expected.talkers != null) {
            assertArrayEquals(expected.talkers.mask, actual.talkers.mask, "talkers' masks" + at);
            assertArrayEquals(expected.talkers.voiceSum, actual.talkers.voiceSum, "talkers' voice sums" + at);
            assertArrayEquals(expected.talkers.tribeVoiceSum, actual.talkers.tribeVoiceSum, "the tribe's voice sums" + at);
            assertArrayEquals(expected.talkers.critics, actual.talkers.critics, "critics" + at);
            assertEquals(expected.talkers.count(), actual.talkers.count(), "talkers" + at);
        }
    }

    /** Every array field of {@link Consumers}, compared element by element (floats by their bits). */
    private static void assertSameConsumers(Consumers expected, Consumers actual, int tick) {
        int arrays = 0;
        for (Field f : Consumers.class.getDeclaredFields()) {
            if (!f.getType().isArray()) {
                continue;
            }
            arrays++;
            try {
                assertTrue(Objects.deepEquals(f.get(expected), f.get(actual)), f.getName() + " differs after tick " + tick);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        assertTrue(arrays > 15, "consumer arrays compared: " + arrays);
    }
}
