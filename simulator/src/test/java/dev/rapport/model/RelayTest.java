package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        LoadedScenario loaded = Harness.load(flagship(), "population.size=" + (5 * Listening.BLOCK + 333),
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

    /**
     * With more segments than the two workers' slots ({@link Relay#WINDOW} each), so that each slot is
     * used again within a tick once its held-back consumers are decided, and the chain of those
     * passes between the workers many times a tick.
     */
    @Test
    void twoWorkersUseTheirSlotsAgainOverMoreSegmentsThanSlots() {
        int segments = 2 * Relay.WINDOW * 2 + 3;
        LoadedScenario loaded = Harness.load(flagship(), "population.size=" + ((segments - 1) * Listening.BLOCK + 77),
                "time.horizon_weeks=12", "outputs.baseline=false");
        MarketModel two = compare(loaded, "mixed", 2, false, new long[1]);
        assertTrue(two.decisions.heldBack() > 10L * segments, "ticks held back: " + two.decisions.heldBack());
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

    private static String flagship() {
        try {
            return Files.readString(Path.of("..", "scenarios", "spend-vs-invest.yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Steps the strategy's run with one worker and with {@code workers} side by side, comparing
     * every consumer array after every tick and the rows recorded ({@link SideBySide}); returns the
     * second run, which hears every consumer ahead if {@code ahead}, and adds the customers'
     * consumer-ticks to {@code customerTicks[0]}.
     */
    private static MarketModel compare(LoadedScenario loaded, String strategyName, int workers, boolean ahead,
            long[] customerTicks) {
        SideBySide runs = new SideBySide(loaded, strategyName, 1, workers);
        runs.start();
        if (ahead) {
            runs.actual.listening.hearEveryoneAhead();
        }
        MarketModel one = runs.expected;
        runs.stepToTheEnd(() -> {
            for (int i = 0; i < one.size; i++) {
                customerTicks[0] += one.consumers.activeBrand(i) >= 0 ? 1 : 0;
            }
        });
        return runs.actual;
    }
}
