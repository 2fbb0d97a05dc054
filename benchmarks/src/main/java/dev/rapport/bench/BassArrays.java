package dev.rapport.bench;

import dev.rapport.model.network.Network;
import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * The floor of the MASON comparison: the Bass update of {@link Bass} as one loop over plain
 * arrays, contacts in compressed sparse rows, a consumer's adoption kept as the tick it happened
 * so that a tick reads its start's state without a second buffer.
 */
final class BassArrays {
    private final int[] offsets;
    private final int[] contacts;
    private final int[] adoptedTick;
    private final MersenneTwisterFast random;
    private int tick;

    BassArrays(Network network, long seed) {
        int n = network.size();
        offsets = new int[n + 1];
        contacts = new int[(int) (2 * network.tieCount())];
        int at = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = at;
            for (int e = network.tiesFrom(i); e < network.tiesFrom(i + 1); e++) {
                contacts[at++] = network.tieContact(e);
            }
        }
        offsets[n] = at;
        adoptedTick = new int[n];
        random = new MersenneTwisterFast(seed);
        reset();
    }

    /** Back to week 0: nobody has adopted. */
    void reset() {
        Arrays.fill(adoptedTick, Bass.NEVER);
        tick = 0;
    }

    /** One week for every consumer; returns the number who adopted in it. */
    int step() {
        int t = tick++;
        int adopted = 0;
        for (int i = 0; i < adoptedTick.length; i++) {
            if (adoptedTick[i] != Bass.NEVER) {
                continue;
            }
            int from = offsets[i];
            int to = offsets[i + 1];
            int heard = 0;
            for (int e = from; e < to; e++) {
                if (adoptedTick[contacts[e]] < t) {
                    heard++;
                }
            }
            double share = to == from ? 0 : (double) heard / (to - from);
            if (random.nextDouble() < Bass.adoption(share)) {
                adoptedTick[i] = t;
                adopted++;
            }
        }
        return adopted;
    }

    /** Weeks stepped since the last reset. */
    int weeks() {
        return tick;
    }

    /** Share of consumers who have adopted. */
    double adoptedShare() {
        long n = Arrays.stream(adoptedTick).filter(t -> t != Bass.NEVER).count();
        return (double) n / adoptedTick.length;
    }
}
