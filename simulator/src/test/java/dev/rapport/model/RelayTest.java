package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.StrategySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Consumers decided by several workers ({@link Relay}: out of order where they can be, the rest in
 * order segment after segment) end every tick in the very state deciding everyone in order on one
 * thread leaves them in: every array of every consumer, after every tick, and every metric
 * recorded, to the bit. The flagship's mixed strategy runs in daily ticks on a budget that runs
 * dry, so that deliveries and welcomes are refused part way through ticks and the order of the
 * customers' ticks matters; with more segments than workers, so that each worker relays several.
 */
class RelayTest {

    @Test
    void helpersLeaveEveryConsumerAsOneThreadDoesEveryDayOnABudgetRunningDry() {
        String flagship;
        try {
            flagship = Files.readString(Path.of("..", "scenarios", "spend-vs-invest.yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadedScenario loaded = Harness.load(flagship, "population.size=" + (5 * Listening.BLOCK + 333),
                "time.tick=day", "time.horizon_weeks=16", "outputs.baseline=false", "strategies[mixed].budget=80000");
        long[] customerTicks = new long[1];
        MarketModel two = compare(loaded, "mixed", 2, false, customerTicks);
        long consumerTicks = (long) two.size * 16 * 7;
        // Every consumer-tick but the customers' is decided out of order unless it adopts, and most
        // customers' too: those with no event in the tick.
        long others = consumerTicks - customerTicks[0];
        assertTrue(customerTicks[0] > consumerTicks / 50, "customers' consumer-ticks: " + customerTicks[0]);
        assertTrue(two.decisions.decidedAlone() > others - others / 100 + customerTicks[0] / 2,
                two.decisions.decidedAlone() + " of " + consumerTicks + " consumer-ticks decided out of order, "
                        + customerTicks[0] + " of them customers'");
        assertTrue(two.decisions.heldBack() > 20, "ticks held back: " + two.decisions.heldBack());
        BrandState acme = two.brands[0];
        assertTrue(acme.budget.refused() > 0, "the budget never ran dry: the order of customers' ticks went untested");
    }

    @Test
    void threeWorkersHearingEveryoneAheadLeaveEveryConsumerAsOneListeningWhenAsked() {
        LoadedScenario loaded = Harness.load(Harness.BASE, "population.size=" + (4 * Listening.BLOCK + 10),
                "time.horizon_weeks=20");
        MarketModel three = compare(loaded, loaded.scenario().effectiveStrategies().get(0).name(), 3, true, new long[1]);
        assertTrue(three.decisions.heldBack() > 0, "adoptions held back: " + three.decisions.heldBack());
    }

    @Test
    void threeWorkersLeaveEveryConsumerAsOneOnTwoBrandsHeardAhead() {
        LoadedScenario loaded = Harness.load(ListeningWorkersTest.TWO_BRANDS, "time.horizon_weeks=30");
        MarketModel three = compare(loaded, loaded.scenario().effectiveStrategies().get(0).name(), 3, false, new long[1]);
        assertTrue(three.decisions.decidedAlone() > 0);
        assertTrue(three.decisions.heldBack() > 0, "adoptions held back: " + three.decisions.heldBack());
    }

    /**
     * Steps the strategy's run with one worker and with {@code workers} side by side, comparing
     * every consumer array after every tick and the rows recorded; returns the second run, which
     * hears every consumer ahead if {@code ahead}, and adds the customers' consumer-ticks to
     * {@code customerTicks[0]}.
     */
    private static MarketModel compare(LoadedScenario loaded, String strategyName, int workers, boolean ahead,
            long[] customerTicks) {
        StrategySpec strategy = loaded.scenario().effectiveStrategies().stream()
                .filter(s -> s.name().equals(strategyName)).findFirst().orElseThrow();
        List<double[]> oneRows = new ArrayList<>();
        List<double[]> manyRows = new ArrayList<>();
        MarketModel one = model(loaded, strategy, 1, oneRows);
        MarketModel many = model(loaded, strategy, workers, manyRows);
        try {
            for (MarketModel m : List.of(one, many)) {
                m.start();
                m.recordStart();
            }
            if (ahead) {
                many.listening.hearEveryoneAhead();
            }
            int ticks = 0;
            while (true) {
                for (int i = 0; i < one.size; i++) {
                    customerTicks[0] += one.consumers.activeBrand(i) >= 0 ? 1 : 0;
                }
                if (!one.schedule.step(one)) {
                    break;
                }
                assertTrue(many.schedule.step(many));
                ticks++;
                assertSameConsumers(one.consumers, many.consumers, ticks);
                assertSameTalk(one, many, ticks);
                assertEquals(oneRows.size(), manyRows.size());
                for (int r = 0; r < oneRows.size(); r++) {
                    assertArrayEquals(oneRows.get(r), manyRows.get(r), "row " + r + " after tick " + ticks);
                }
                if (ticks == one.ticks()) {
                    break;
                }
            }
            assertTrue(ticks > 10, "ticks stepped: " + ticks);
        } finally {
            one.finish();
            many.finish();
        }
        return many;
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
        if (expected.talkers != null) {
            assertArrayEquals(expected.talkers.mask, actual.talkers.mask, "talkers' masks" + at);
            assertArrayEquals(expected.talkers.voiceSum, actual.talkers.voiceSum, "talkers' voice sums" + at);
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
