package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 3 of a tick, the speaking half of word of mouth: fixes the state everyone reacts to this
 * tick (a copy of the stages) and what each consumer says about each brand. Customers, members
 * and advocates speak well in proportion to their talkativeness and their stage's voice
 * (advocates most, boosted by an advocate programme); detractors speak badly, louder while a
 * crisis is in the news. With {@code speaking: once}, adopters speak only in the tick after they
 * adopted: the independent cascade's single chance. {@link DecisionStep} does the listening.
 */
final class ConversationStep implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        MarketModel m = (MarketModel) state;
        Consumers c = m.consumers;
        Voices v = m.voices;
        Mechanisms.WordOfMouth wom = m.mech.wordOfMouth();
        boolean once = wom.speaking() == Mechanisms.WordOfMouth.Speaking.ONCE;
        boolean programmeOn = m.mech.advocateProgramme().enabled();
        int k = m.brandCount;
        int previousTick = m.tick() - 1;
        boolean complete = m.network.isComplete();
        System.arraycopy(c.stage, 0, c.stageAtTickStart, 0, c.stage.length);
        v.clearTotals();
        double[] advocateVoice = new double[k];
        double[] detractorVoice = new double[k];
        for (int b = 0; b < k; b++) {
            BrandState brand = m.brands[b];
            double boost = programmeOn ? 1 + m.mech.advocateProgramme().sharingBoost() * brand.programmeCoverage : 1;
            advocateVoice[b] = wom.advocateVoice() * boost;
            detractorVoice[b] = wom.detractorVoice() * brand.negativeVoiceMultiplier;
        }
        for (int i = 0; i < m.size; i++) {
            float talk = c.talkativeness[i];
            for (int b = 0; b < k; b++) {
                int p = i * k + b;
                byte st = c.stage[p];
                float pos = 0;
                float adv = 0;
                float neg = 0;
                if (wom.enabled()) {
                    if (Stage.active(st) && (!once || c.acquiredTick[p] == previousTick)) {
                        double voice = switch (st) {
                            case Stage.CUSTOMER_CODE -> wom.customerVoice();
                            case Stage.MEMBER_CODE -> wom.memberVoice();
                            default -> advocateVoice[b];
                        };
                        pos = (float) (talk * voice);
                        if (st == Stage.ADVOCATE_CODE) {
                            adv = pos;
                        }
                    } else if (st == Stage.DETRACTOR_CODE) {
                        neg = (float) (talk * detractorVoice[b]);
                    }
                }
                v.talk[2 * p] = pos;
                v.talk[2 * p + 1] = neg;
                if (complete) {
                    v.totalPositive[b] += pos;
                    v.totalAdvocate[b] += adv;
                    v.totalNegative[b] += neg;
                    if (Stage.active(st)) {
                        v.activeCount[b]++;
                        if (st >= Stage.MEMBER_CODE) {
                            v.tribeCount[b]++;
                        }
                    }
                    if (adv > 0) {
                        v.addAdvocate(b, i);
                    }
                }
            }
        }
    }
}
