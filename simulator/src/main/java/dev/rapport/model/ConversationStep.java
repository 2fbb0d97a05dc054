package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;
import java.util.Arrays;
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
 *
 * <p>A record is made from its own pair's state alone, so a run's workers each speak for a range of
 * consumers; what {@link Talkers} keep of who talks moves after everyone has spoken, each worker
 * moving what the listeners of its range keep (integers and bits, the same in any order), so the
 * results do not depend on the number of workers.
 */
final class ConversationStep implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Per worker, the consumers whose talking or critical state changed this tick, ascending. */
    private transient int[][] changed;
    private transient int[] changedCount;
    /** Per worker, the loudest voice per unit of talkativeness its records carry, per brand. */
    private transient double[][] loudest;
    /** Per worker, the same over its records of consumers outside the tribe, per brand. */
    private transient double[][] loudestCustomer;

    @Override
    public void step(SimState state) {
        MarketModel m = (MarketModel) state;
        Voices v = m.voices;
        int k = m.brandCount;
        Speech speech = new Speech(m);
        v.clearTotals();
        // The consumers are split among the workers in ranges; complete mixing sums totals in the
        // consumers' order, so one worker speaks for all there.
        int workers = m.network.isComplete() ? 1 : m.listening.workers();
        if (changed == null || changed.length != workers || loudest[0].length != k) {
            changed = new int[workers][64];
            changedCount = new int[workers];
            loudest = new double[workers][k];
            loudestCustomer = new double[workers][k];
        }
        int per = (m.size + workers - 1) / workers;
        if (workers == 1) {
            speak(m, speech, 0, 0, m.size);
        } else {
            m.listening.onEveryWorker(w -> speak(m, speech, w, Math.min(m.size, w * per), Math.min(m.size, (w + 1) * per)));
        }
        // The talkers' bits and their contacts' sums move after everyone spoke: the speaking above
        // reads each consumer's own bit as the last tick left it. Each worker moves the sums of the
        // contacts in its range, then the speakers' own bits move.
        if (m.talkers != null) {
            if (workers == 1) {
                hearChanges(m, workers, 0, m.size);
            } else {
                m.listening.onEveryWorker(w -> hearChanges(m, workers, Math.min(m.size, w * per),
                        Math.min(m.size, (w + 1) * per)));
            }
            for (int w = 0; w < workers; w++) {
                for (int n = 0; n < changedCount[w]; n++) {
                    int j = changed[w][n];
                    int at = Voices.STRIDE * j;
                    m.talkers.keep(j, says(v.talk, at), v.talk[at + Voices.NEGATIVE] != 0, inTribe(m.consumers.stageAtTickStart[j]));
                }
            }
        }
        for (int b = 0; b < k; b++) {
            double most = 0;
            double mostCustomer = 0;
            for (int w = 0; w < workers; w++) {
                most = Math.max(most, loudest[w][b]);
                mostCustomer = Math.max(mostCustomer, loudestCustomer[w][b]);
            }
            v.loudest[b] = most;
            v.loudestCustomer[b] = mostCustomer;
        }
    }

    /** Moves what the contacts numbered {@code from} to {@code to} (excluded) keep of every changed record ({@link Talkers#hear}). */
    private void hearChanges(MarketModel m, int workers, int from, int to) {
        float[] talk = m.voices.talk;
        for (int w = 0; w < workers; w++) {
            for (int n = 0; n < changedCount[w]; n++) {
                int j = changed[w][n];
                int at = Voices.STRIDE * j;
                m.talkers.hear(j, says(talk, at), talk[at + Voices.NEGATIVE] != 0, inTribe(m.consumers.stageAtTickStart[j]), from, to);
            }
        }
    }

    /** What every record of the tick is made from: the stages' voices per brand, and the switches. */
    private static final class Speech {
        final Mechanisms.WordOfMouth wom;
        final boolean once;
        final Mechanisms.Reciprocity goodwill;
        final int previousTick;
        final double[] advocateVoice;
        final double[] memberVoice;
        final double[] detractorVoice;
        /** Whether records add what a stage change during the last tick kept others from hearing. */
        final boolean catchUp;

        Speech(MarketModel m) {
            wom = m.mech.wordOfMouth();
            once = wom.speaking() == Mechanisms.WordOfMouth.Speaking.ONCE;
            goodwill = m.mech.reciprocity();
            previousTick = m.tick() - 1;
            int k = m.brandCount;
            boolean programmeOn = m.mech.advocateProgramme().enabled();
            boolean communityOn = m.mech.community().enabled();
            advocateVoice = new double[k];
            memberVoice = new double[k];
            detractorVoice = new double[k];
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
            // Tick 1 has no previous tick to catch up on.
            catchUp = !once && wom.timing() == Mechanisms.WordOfMouth.Timing.CATCH_UP && m.tick() > 1;
        }
    }

    /**
     * Worker w writes the records of consumers {@code from} to {@code to} (excluded), notes those
     * whose talking or critical state changed, and copies their stages as the tick's start state.
     */
    private void speak(MarketModel m, Speech s, int w, int from, int to) {
        Consumers c = m.consumers;
        Voices v = m.voices;
        Mechanisms.WordOfMouth wom = s.wom;
        int k = m.brandCount;
        boolean complete = m.network.isComplete();
        double[] loud = loudest[w];
        double[] loudCustomer = loudestCustomer[w];
        Arrays.fill(loud, 0);
        Arrays.fill(loudCustomer, 0);
        changedCount[w] = 0;
        // Single-brand markets keep who says anything: there a silent record can be passed over.
        Talkers silent = m.talkers;
        for (int i = from; i < to; i++) {
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
                double missed = s.catchUp && before != st ? 1 - c.movedAt[p] / m.dt : 0;
                float pos = 0;
                float adv = 0;
                float neg = 0;
                if (wom.enabled()) {
                    if (s.once) {
                        if (Stage.active(st) && c.acquiredTick[p] == s.previousTick) {
                            double good = positiveVoice(wom, st, s.memberVoice[b], s.advocateVoice[b]);
                            double factor = Goodwill.factor(s.goodwill, c.goodwill[p]);
                            pos = (float) (talk * good * factor);
                            louder(loud, loudCustomer, b, st, good * factor);
                        } else if (st == Stage.DETRACTOR_CODE) {
                            neg = (float) (talk * s.detractorVoice[b]);
                        }
                    } else {
                        double good = positiveVoice(wom, st, s.memberVoice[b], s.advocateVoice[b]);
                        double bad = st == Stage.DETRACTOR_CODE ? s.detractorVoice[b] : 0;
                        good += missed * (good - positiveVoice(wom, before, s.memberVoice[b], s.advocateVoice[b]));
                        bad += missed * (bad - (before == Stage.DETRACTOR_CODE ? s.detractorVoice[b] : 0));
                        double factor = Goodwill.factor(s.goodwill, c.goodwill[p]);
                        pos = (float) (talk * good * factor);
                        neg = (float) (talk * bad);
                        louder(loud, loudCustomer, b, st, good * factor);
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
                if (silent != null && silent.changes(i, says(v.talk, at), neg != 0, inTribe(st))) {
                    noteChanged(w, i);
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
        System.arraycopy(c.stage, from * k, c.stageAtTickStart, from * k, (to - from) * k);
    }

    /** Raises brand b's loudest voices to a record's {@code voice} per unit of talkativeness, stage st's. */
    private static void louder(double[] loud, double[] loudCustomer, int b, byte st, double voice) {
        if (voice > loud[b]) {
            loud[b] = voice;
        }
        if (!inTribe(st) && voice > loudCustomer[b]) {
            loudCustomer[b] = voice;
        }
    }

    private void noteChanged(int w, int i) {
        int n = changedCount[w];
        if (n == changed[w].length) {
            changed[w] = Arrays.copyOf(changed[w], 2 * n);
        }
        changed[w][n] = i;
        changedCount[w] = n + 1;
    }

    /** Whether the record at {@code talk[at ..]} says anything (a silent one is all zeros). */
    private static boolean says(float[] talk, int at) {
        return talk[at + Voices.POSITIVE] != 0 || talk[at + Voices.NEGATIVE] != 0 || talk[at + Voices.CUSTOMER] != 0
                || talk[at + Voices.TRIBE] != 0;
    }

    /** 1 for an active customer (social proof counts it), else 0. */
    private static double customerWeight(byte st) {
        return Stage.active(st) ? 1 : 0;
    }

    /** 1 for a member or advocate (a rival's tribe pulls with it), else 0. */
    private static double tribeWeight(byte st) {
        return inTribe(st) ? 1 : 0;
    }

    /**
     * Whether a record of stage st is the tribe's (a member's or an advocate's), whose voice may be
     * an advocate's; any other record's is at most a customer's ({@link Voices#loudestCustomer}).
     */
    static boolean inTribe(byte st) {
        return Stage.active(st) && st >= Stage.MEMBER_CODE;
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
