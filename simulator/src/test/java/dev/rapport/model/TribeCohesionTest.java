package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.StrategySpec;
import org.junit.jupiter.api.Test;

/**
 * Tribe cohesion, the share of tribe members' ties that lead to other members or advocates, counted
 * in chunks shared among the workers as they come free ({@code ObservationStep}), is the share a
 * plain count over every member's contacts gives, ties added by introductions included.
 */
class TribeCohesionTest {
    @Test
    void cohesionCountsEveryMembersTiesWhicheverWorkerCountsThem() {
        // More consumers than two chunks, so that three workers share them.
        LoadedScenario loaded = Harness.load(TalkersTest.HOSTED, "population.size=40000", "time.horizon_weeks=30");
        StrategySpec strategy = loaded.scenario().effectiveStrategies().get(0);
        double[] recorded = new double[1];
        MarketModel m = new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), strategy, 0),
                (tick, week, brand, values) -> recorded[0] = values[Metric.TRIBE_COHESION.ordinal()], 3);
        m.start();
        int withTribe = 0;
        long added = 0;
        try {
            for (int tick = 1; tick <= m.ticks; tick++) {
                m.schedule.step(m);
                long inside = 0;
                long all = 0;
                for (int i = 0; i < m.size; i++) {
                    if (!tribe(m.consumers.stage[i])) {
                        continue;
                    }
                    long[] counts = new long[2];
                    m.network.forEachContact(i, (j, strong) -> {
                        counts[0]++;
                        counts[1] += tribe(m.consumers.stage[j]) ? 1 : 0;
                    });
                    all += counts[0];
                    inside += counts[1];
                    added += m.network.addedCount(i);
                }
                assertEquals(all == 0 ? 0 : (double) inside / all, recorded[0], "tribe cohesion at tick " + tick);
                withTribe += inside > 0 ? 1 : 0;
            }
        } finally {
            m.finish();
        }
        assertTrue(withTribe > 10 && added > 0, "ticks with ties inside the tribe " + withTribe + ", added ties " + added);
    }

    private static boolean tribe(byte st) {
        return st == Stage.MEMBER_CODE || st == Stage.ADVOCATE_CODE;
    }
}
