package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * How many consumer-ticks of the flagship's mixed strategy, daily for a year, bring the consumer
 * an event: a stage move, a purchase (its margin booked), a flag set or goodwill given (a delivery,
 * an answer, a welcome; an advocate's programme reward accrues every tick and is not counted). The
 * rest only fade and are heard: the work a next-event time model would pass over, and the premise
 * of the plan for issue 15's targets in docs/performance.md. Run it alone to see the shares:
 * {@code mvn -pl simulator -am test -Dtest=EventCensusTest}.
 */
class EventCensusTest {
    @Test
    void fewConsumerTicksBringAnEvent() {
        MarketModel m = Harness.flagshipMixedDaily("population.size=10000");
        m.start();
        Consumers c = m.consumers;
        int k = m.brandCount;
        byte[] stage = c.stage.clone();
        double[] margin = c.discountedMargin.clone();
        byte[] flags = c.flags.clone();
        float[] goodwill = c.goodwill.clone();
        long customerTicks = 0;
        long customerEvents = 0;
        long otherTicks = 0;
        long otherEvents = 0;
        for (int tick = 1; tick <= m.ticks; tick++) {
            m.schedule.step(m);
            for (int i = 0; i < m.size; i++) {
                boolean customer = false;
                boolean event = false;
                for (int p = i * k; p < (i + 1) * k; p++) {
                    customer |= Stage.active(stage[p]);
                    event |= c.stage[p] != stage[p] || c.discountedMargin[p] != margin[p] || c.flags[p] != flags[p]
                            || (c.goodwill[p] > goodwill[p] && stage[p] != Stage.ADVOCATE_CODE);
                }
                if (customer) {
                    customerTicks++;
                    customerEvents += event ? 1 : 0;
                } else {
                    otherTicks++;
                    otherEvents += event ? 1 : 0;
                }
            }
            System.arraycopy(c.stage, 0, stage, 0, stage.length);
            System.arraycopy(c.discountedMargin, 0, margin, 0, margin.length);
            System.arraycopy(c.flags, 0, flags, 0, flags.length);
            System.arraycopy(c.goodwill, 0, goodwill, 0, goodwill.length);
        }
        long all = customerTicks + otherTicks;
        double eventful = (double) (customerEvents + otherEvents) / all;
        System.out.printf("flagship mixed, daily, a year at 10,000: %d consumer-ticks, %.1f%% with an event; "
                        + "customers' ticks %.1f%% of all, %.1f%% of them with an event; the others' %.2f%%%n",
                all, 100 * eventful, 100.0 * customerTicks / all, 100.0 * customerEvents / customerTicks,
                100.0 * otherEvents / otherTicks);
        // A customer buys about every other week, so at least one in thirty of its daily ticks has an
        // event; a census that finds fewer has stopped seeing purchases.
        assertTrue((double) customerEvents / customerTicks > 1 / 30.0, "customers' eventful share");
        assertTrue(otherEvents > 0, "no event outside the customers");
        // The premise of a next-event model: most consumer-ticks bring nothing.
        assertTrue(eventful < 0.10, "eventful share " + eventful);
    }
}
