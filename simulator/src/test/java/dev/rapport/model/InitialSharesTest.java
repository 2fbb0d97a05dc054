package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/**
 * D20: the starting shares of a brand are shares of everyone, as docs/model-odd.md §5 says:
 * customers and detractors are exclusive, so their shares sum to at most 1 (validation refuses
 * more, see the bad-scenario corpus) and each then holds.
 */
class InitialSharesTest {
    private static final int N = 20_000;

    private static int[] stages(double customers, double detractors) {
        Scenario s = Harness.load(Harness.BASE, "population.size=" + N, "brands[0].initial_customers=" + customers,
                "brands[0].initial_detractors=" + detractors).scenario();
        Consumers c = Population.create(s, new MersenneTwisterFast(7));
        int[] count = new int[Stage.values().length];
        for (int i = 0; i < c.size; i++) {
            count[c.stage[i]]++;
        }
        return count;
    }

    @Test
    void d20_initialDetractorsAreAShareOfEveryoneNotOfTheNonCustomers() {
        int[] count = stages(0.5, 0.3);
        // 4 binomial standard errors at N = 20,000: 0.013.
        assertEquals(0.5, count[Stage.CUSTOMER.ordinal()] / (double) N, 0.014);
        assertEquals(0.3, count[Stage.DETRACTOR.ordinal()] / (double) N, 0.013);
    }

    @Test
    void d20_sharesThatSumToOneLeaveNobodyElse() {
        int[] count = stages(0.9995, 0.0005);
        assertEquals(N, count[Stage.CUSTOMER.ordinal()] + count[Stage.DETRACTOR.ordinal()]);
    }
}
