package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 3 of a tick, the speaking half of word of mouth: what each consumer says about each
 * brand this tick. Customers, members and advocates speak well in proportion to their
 * talkativeness and their stage's voice (advocates most, boosted by an advocate programme);
 * detractors speak badly, louder while a crisis is in the news. With {@code speaking: once},
 * adopters speak only in the tick after they adopted: the independent cascade's single chance.
 * {@link DecisionStep} does the listening.
 *
 * <p>Each pair's record also says how much it counts as a customer (social proof) and as a
 * member of the brand's tribe (rivals' pull). Contacts see these records of the tick's start for
 * the whole tick. A consumer whose stage changed during the last tick (at
 * {@link Consumers#movedAt}) was seen in its old stage for the rest of that tick; with
 * {@code timing: catch_up} its record now adds the difference for that missed part,
 * (new − old) × (1 − movedAt/dt), so that what others heard and saw up to each tick's start is
 * what continuous time gives, and a coarse tick does not put word of mouth behind by half a tick
 * per generation of adopters. (Weekly ticks otherwise ran 4% behind daily ones in customers while
 * word of mouth grew the base.) The difference is negative for a consumer who lapsed; listeners
 * never take less than nothing. At the end the stages are copied as the tick's start state that
 * the decisions react to.
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
        v.clearTotals();
        double[] advocateVoice = new double[k];
        double[] memberVoice = new double[k];
        double[] detractorVoice = new double[k];
        boolean communityOn = m.mech.community().enabled();
        Mechanisms.Reciprocity goodwill = m.mech.reciprocity();
        for (int b = 0; b < k; b++) {
            BrandState brand = m.brands[b];
            double boost = programmeOn ? 1 + m.mech.advocateProgramme().sharingBoost() * brand.levers.programmeCoverage : 1;
            advocateVoice[b] = wom.advocateVoice() * boost;
            // Hosting raises the talk of the whole tribe (members and advocates).
            double hosted = communityOn ? 1 + m.mech.community().talkBoost() * brand.levers.hostingCoverage : 1;
            memberVoice[b] = wom.memberVoice() * hosted;
            advocateVoice[b] *= hosted;
            detractorVoice[b] = wom.detractorVoice() * brand.crisis.negativeVoiceMultiplier;
        }
        // The most positive voice per unit of talkativeness any record carries, per brand.
        double[] loudest = new double[k];
        // Tick 1 has no previous tick to catch up on.
        boolean catchUp = !once && wom.timing() == Mechanisms.WordOfMouth.Timing.CATCH_UP && m.tick() > 1;
        // Single-brand markets keep who says anything: there a silent record can be passed over.
        Talkers silent = m.talkers;
        for (int i = 0; i < m.size; i++) {
            float talk = c.talkativeness[i];
            for (int b = 0; b < k; b++) {
                int p = i * k + b;
                byte st = c.stage[p];
                byte before = c.stageAtTickStart[p]; // the last tick's start
                // A consumer that said nothing last tick and whose stage neither speaks nor changed
                // would write its record of zeros back (most of a market a brand is entering).
                if (silent != null && st == before && !Stage.active(st) && st != Stage.DETRACTOR_CODE
                        && !silent.talking(i)) {
                    continue;
                }
                // Share of the last tick this pair spent in its present stage but was heard in
                // its old one; 0 when nothing changed or nothing is caught up.
                double missed = catchUp && before != st ? 1 - c.movedAt[p] / m.dt : 0;
                float pos = 0;
                float adv = 0;
                float neg = 0;
                if (wom.enabled()) {
                    if (once) {
                        if (Stage.active(st) && c.acquiredTick[p] == previousTick) {
                            double good = positiveVoice(wom, st, memberVoice[b], advocateVoice[b]);
                            double factor = Goodwill.factor(goodwill, c.goodwill[p]);
                            pos = (float) (talk * good * factor);
                            if (good * factor > loudest[b]) {
                                loudest[b] = good * factor;
                            }
                        } else if (st == Stage.DETRACTOR_CODE) {
                            neg = (float) (talk * detractorVoice[b]);
                        }
                    } else {
                        double good = positiveVoice(wom, st, memberVoice[b], advocateVoice[b]);
                        double bad = st == Stage.DETRACTOR_CODE ? detractorVoice[b] : 0;
                        good += missed * (good - positiveVoice(wom, before, memberVoice[b], advocateVoice[b]));
                        bad += missed * (bad - (before == Stage.DETRACTOR_CODE ? detractorVoice[b] : 0));
                        double factor = Goodwill.factor(goodwill, c.goodwill[p]);
                        pos = (float) (talk * good * factor);
                        neg = (float) (talk * bad);
                        if (good * factor > loudest[b]) {
                            loudest[b] = good * factor;
                        }
                    }
                    if (st == Stage.ADVOCATE_CODE) {
                        adv = pos;
                    }
                }
                double customer = customerWeight(st);
                double tribe = tribeWeight(st);
                customer += missed * (customer - customerWeight(before));
                tribe += missed * (tribe - tribeWeight(before));
                int at = Voices.STRIDE * p;
                v.talk[at + Voices.POSITIVE] = pos;
                v.talk[at + Voices.NEGATIVE] = neg;
                v.talk[at + Voices.CUSTOMER] = (float) customer;
                v.talk[at + Voices.TRIBE] = (float) tribe;
                if (m.talkers != null) {
                    m.talkers.set(i, pos != 0 || neg != 0 || v.talk[at + Voices.CUSTOMER] != 0
                            || v.talk[at + Voices.TRIBE] != 0, neg != 0);
                }
                if (complete) {
                    v.totalPositive[b] += pos;
                    v.totalAdvocate[b] += adv;
                    v.totalNegative[b] += neg;
                    v.customerTotal[b] += customer;
                    v.tribeTotal[b] += tribe;
                    if (adv > 0) {
                        v.addAdvocate(b, i);
                    }
                }
            }
        }
        System.arraycopy(loudest, 0, v.loudest, 0, k);
        System.arraycopy(c.stage, 0, c.stageAtTickStart, 0, c.stage.length);
    }

    /** 1 for an active customer (social proof counts it), else 0. */
    private static double customerWeight(byte st) {
        return Stage.active(st) ? 1 : 0;
    }

    /** 1 for a member or advocate (a rival's tribe pulls with it), else 0. */
    private static double tribeWeight(byte st) {
        return Stage.active(st) && st >= Stage.MEMBER_CODE ? 1 : 0;
    }

    /** The positive voice of a pair in stage st, before its talkativeness. */
    private static double positiveVoice(Mechanisms.WordOfMouth wom, byte st, double member, double advocate) {
        return switch (st) {
            case Stage.CUSTOMER_CODE -> wom.customerVoice();
            case Stage.MEMBER_CODE -> member;
            case Stage.ADVOCATE_CODE -> advocate;
            default -> 0;
        };
    }
}
