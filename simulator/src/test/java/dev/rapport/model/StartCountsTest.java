package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import org.junit.jupiter.api.Test;

/**
 * The plan step's counts of each brand's active customers, members and advocates at the tick's
 * start (which listening's answers, welcomes and the viral coefficient's active weeks use) are what
 * counting the stages the tick started from gives, at every tick, for two brands.
 */
class StartCountsTest {
    @Test
    void theCountsAtEachTicksStartAreTheStagesCounted() {
        LoadedScenario loaded = Harness.load(ListeningWorkersTest.TWO_BRANDS, "time.horizon_weeks=30");
        MarketModel m = Harness.model(loaded);
        m.start();
        int k = m.brandCount;
        long members = 0;
        long advocates = 0;
        for (int tick = 1; tick <= m.ticks; tick++) {
            m.schedule.step(m);
            for (int b = 0; b < k; b++) {
                int active = 0;
                int member = 0;
                int advocate = 0;
                // The stages the tick started from, as speaking copied them.
                for (int p = b; p < m.consumers.stageAtTickStart.length; p += k) {
                    byte st = m.consumers.stageAtTickStart[p];
                    active += Stage.active(st) ? 1 : 0;
                    member += st == Stage.MEMBER_CODE ? 1 : 0;
                    advocate += st == Stage.ADVOCATE_CODE ? 1 : 0;
                }
                BrandState brand = m.brands[b];
                String at = " of brand " + b + " at tick " + tick;
                assertEquals(active, brand.activeAtStart, "active customers" + at);
                assertEquals(member, brand.membersAtStart, "members" + at);
                assertEquals(advocate, brand.advocatesAtStart, "advocates" + at);
                members += member;
                advocates += advocate;
            }
        }
        m.finish();
        assertTrue(members > 0 && advocates > 0, "members " + members + ", advocates " + advocates + ": a stage went uncounted");
    }
}
