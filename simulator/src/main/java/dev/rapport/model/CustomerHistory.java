package dev.rapport.model;

import java.util.Arrays;

/**
 * What the consumers' state forgets and cohort comparisons need, kept from what the end of every
 * tick shows ({@link SettleStep}): the channel of each (consumer, brand) pair's first acquisition
 * (the state keeps only the latest one, which a win-back overwrites) and how many times the pair
 * has lapsed (left the active stages). Nothing the model decides reads it, so keeping it changes no
 * run; it is updated every tick, recorded or not, so it does not depend on
 * {@code outputs.every_weeks}.
 *
 * <p>A lapse is seen as a pair active at the tick's start and not active at its end, or acquired
 * in the tick and not active at its end, or active at the start and acquired again within the tick
 * (lapsed and won back). Two lapses of one pair within one tick count as one.
 */
final class CustomerHistory {
    /** No acquisition yet, or a starting customer (acquired before the run). */
    static final byte NONE = -1;

    private final byte[] firstChannel;
    private final short[] lapses;

    CustomerHistory(int pairs) {
        firstChannel = new byte[pairs];
        lapses = new short[pairs];
        Arrays.fill(firstChannel, NONE);
    }

    /** Bytes per (consumer, brand) pair, for memory estimates. */
    static long bytesPerPair() {
        return 3;
    }

    /** Reads the tick's end state against its start ({@link Consumers#stageAtTickStart}). */
    void update(Consumers c, int tick) {
        for (int p = 0; p < firstChannel.length; p++) {
            boolean acquiredNow = c.acquiredTick[p] == tick;
            // Neither acquired in the tick nor in another stage than at its start: nothing to note
            // (most pairs, every tick).
            if (!acquiredNow && c.stage[p] == c.stageAtTickStart[p]) {
                continue;
            }
            // Starting customers bought before the run (week 0): a win-back is not their first acquisition.
            if (acquiredNow && firstChannel[p] == NONE && c.firstPurchaseWeek[p] > 0) {
                firstChannel[p] = c.channel[p];
            }
            boolean wasActive = Stage.active(c.stageAtTickStart[p]);
            boolean isActive = Stage.active(c.stage[p]);
            boolean lapsed = (wasActive && !isActive) || (acquiredNow && (!isActive || wasActive));
            if (lapsed && lapses[p] < Short.MAX_VALUE) {
                lapses[p]++;
            }
        }
    }

    /** The channel code of pair p's first acquisition in the run, or {@link #NONE}. */
    byte firstChannel(int p) {
        return firstChannel[p];
    }

    /** Times pair p has lapsed since the run began. */
    int lapses(int p) {
        return lapses[p];
    }
}
