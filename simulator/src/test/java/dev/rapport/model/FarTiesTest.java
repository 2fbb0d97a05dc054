package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import org.junit.jupiter.api.Test;

/**
 * Listening with the far contacts' records gathered ({@link FarTies}, on ticks when most consumers
 * talk) hears, bit for bit, what listening to every contact directly hears: every consumer, every tick, on a small world rewired
 * enough that many ties are far, with hosting adding ties during the run and an advocate programme
 * making advocates (whose voice counts apart), in count and in fraction mode.
 */
class FarTiesTest {
    private static final String HOSTED = TalkersTest.HOSTED;

    @Test
    void gatheredFarRecordsAreHeardAsTheContactsThemselvesInCountMode() {
        check(TalkersTest.scattered(false));
    }

    @Test
    void gatheredFarRecordsAreHeardAsTheContactsThemselvesInFractionMode() {
        check(TalkersTest.scattered(true));
    }

    @Test
    void gatheringInPartsOnTwoThreadsCopiesWhatOnePassCopies() throws InterruptedException {
        LoadedScenario loaded = Harness.load(HOSTED, "population.size=3000", "network.rewire=0.4", "time.horizon_weeks=30");
        MarketModel m = new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(),
                loaded.scenario().effectiveStrategies().get(0), 0), (tick, week, brand, values) -> { });
        m.start();
        for (int tick = 0; tick < 30; tick++) {
            m.schedule.step(m);
        }
        FarTies whole = FarTies.of(m.network);
        FarTies parts = FarTies.of(m.network);
        whole.gather(m.voices.talk, m.consumers.stageAtTickStart);
        int cut = 1234;
        Thread other = new Thread(() -> parts.gather(m.voices.talk, m.consumers.stageAtTickStart, cut, m.size));
        other.start();
        parts.gather(m.voices.talk, m.consumers.stageAtTickStart, 0, cut);
        other.join();
        assertTrue(java.util.Arrays.equals(whole.records, parts.records), "records differ");
        assertTrue(java.util.Arrays.equals(whole.advocate, parts.advocate), "advocate flags differ");
        int advocates = 0;
        for (byte flag : whole.advocate) {
            advocates += flag;
        }
        assertTrue(advocates > 0, "no far contact is an advocate: the flags went untested");
    }

    @Test
    void aMarketLargeEnoughToGatherRecordsTheSameWithOneWorkerAsWithTwo() {
        // Most consumers customers from the start, so that most talk and the records are gathered.
        LoadedScenario loaded = Harness.load(HOSTED, "population.size=" + (Listening.GATHER_FROM + 1000),
                "network.rewire=0.2", "time.horizon_weeks=6", "brands[acme].initial_customers=0.7");
        MarketModel m = new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(),
                loaded.scenario().effectiveStrategies().get(0), 0), (tick, week, brand, values) -> { });
        m.start();
        m.schedule.step(m);
        assertTrue(m.talkers.count() > Listening.GATHER_SHARE * m.size,
                m.talkers.count() + " of " + m.size + " talk: too few for gathering, which went untested");
        assertEquals(series(loaded, 1), series(loaded, 2));
    }

    /** Every value the run records, as text (bits of each double), with {@code workers} threads. */
    private static String series(LoadedScenario loaded, int workers) {
        StringBuilder out = new StringBuilder();
        new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), loaded.scenario().effectiveStrategies().get(0), 0),
                (tick, week, brand, values) -> {
                    out.append(tick).append(':');
                    for (double v : values) {
                        out.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(',');
                    }
                    out.append('\n');
                }, workers).runToHorizon();
        return out.toString();
    }

    private static void check(LoadedScenario loaded) {
        MarketModel m = new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(),
                loaded.scenario().effectiveStrategies().get(0), 0), (tick, week, brand, values) -> { });
        m.start();
        FarTies far = FarTies.of(m.network);
        assertTrue(far.start[m.size] > m.size, "far ties: " + far.start[m.size]);
        Hearing gathered = new Hearing(m);
        gathered.readFar(far);
        TalkersTest.assertHearsAsEveryone(m, gathered, model -> far.gather(model.voices.talk, model.consumers.stageAtTickStart));
    }
}
