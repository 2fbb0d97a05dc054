package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Community hosting's introductions: hosting pays (see {@link PlanStep}) for members (or
 * advocates) to be introduced to each other at the scenario's rate per hosted member, each
 * introduction adding a strong tie between two of them, which tightens the tribe (cohesion) and
 * carries its talk. On a complete network everyone already hears everyone, so nothing is introduced.
 */
final class CommunityStep implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        MarketModel m = (MarketModel) state;
        Mechanisms.Community cm = m.mech.community();
        if (!cm.enabled() || m.network.isComplete()) {
            return;
        }
        Consumers c = m.consumers;
        int k = m.brandCount;
        for (BrandState brand : m.brands) {
            long wanted = brand.levers.introductionsDue();
            if (wanted <= 0) {
                continue;
            }
            int[] tribe = new int[Math.max(16, brand.membersAtStart + brand.advocatesAtStart + 16)];
            int count = 0;
            for (int i = 0; i < m.size; i++) {
                if (c.stage[i * k + brand.index] >= Stage.MEMBER_CODE && c.stage[i * k + brand.index] <= Stage.ADVOCATE_CODE) {
                    if (count == tribe.length) {
                        tribe = java.util.Arrays.copyOf(tribe, count * 2);
                    }
                    tribe[count++] = i;
                }
            }
            if (count < 2) {
                continue;
            }
            long attempts = 0;
            long made = 0;
            while (made < wanted && attempts++ < wanted * 4) {
                int a = tribe[m.random.nextInt(count)];
                int b = tribe[m.random.nextInt(count)];
                if (m.network.addStrongTie(a, b)) {
                    made++;
                    if (m.talkers != null) {
                        m.talkers.introduce(a, b);
                    }
                    if (m.lulls != null) {
                        // A customer's kept bound counts the contacts it hears: one more now.
                        m.lulls.wake(a);
                        m.lulls.wake(b);
                    }
                }
            }
        }
    }
}
