package dev.rapport.model;

import dev.rapport.model.network.Network;

/**
 * The records of contacts far from their listener, gathered each tick in the listeners' order. In
 * a large market a listener's near contacts (a ring's neighbours) sit in cache beside its own
 * record, but each tie rewired across the population costs a cache miss on the contact's record and
 * stage. Once a tick, before anyone listens, the far contacts' records are copied, contact by
 * contact in ascending order (reads in sequence), to the slots of the ties that read them, laid out
 * in the listeners' order; listening then reads them in sequence too. The copies are the same floats,
 * summed in the same order, so what is heard does not change by a bit.
 *
 * <p>Single-brand markets on an explicit network only; ties added during the run are read directly.
 */
final class FarTies {
    /** Contacts further than this along the consumers' order are far (8 kB of records either side). */
    static final int NEAR = 256;

    final int size;
    /** Consumer i's far ties are slots {@code start[i] .. start[i+1]}, in its contacts' order. */
    final int[] start;
    /** Slots by contact: those reading contact j are {@code slotsOf[bySourceStart[j] ..]}. */
    private final int[] bySourceStart;
    private final int[] slotsOf;
    /** The gathered records, {@link Voices#STRIDE} floats a slot. */
    final float[] records;
    /** 1 when slot s's contact is an advocate at the tick's start (a byte a slot, so parts can be gathered at once). */
    final byte[] advocate;

    private FarTies(int size, int[] start, int[] bySourceStart, int[] slotsOf) {
        this.size = size;
        this.start = start;
        this.bySourceStart = bySourceStart;
        this.slotsOf = slotsOf;
        int slots = start[size];
        this.records = new float[Voices.STRIDE * slots];
        this.advocate = new byte[slots];
    }

    /** Whether contact j is far from listener i. */
    static boolean far(int i, int j, int size) {
        int d = Math.abs(i - j);
        return Math.min(d, size - d) > NEAR;
    }

    /** The far ties of the network's base ties. */
    static FarTies of(Network net) {
        int n = net.size();
        int[] start = new int[n + 1];
        int[] bySourceStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int e = net.tiesFrom(i); e < net.tiesFrom(i + 1); e++) {
                int j = net.tieContact(e);
                if (far(i, j, n)) {
                    count++;
                    bySourceStart[j + 1]++;
                }
            }
            start[i + 1] = start[i] + count;
        }
        for (int j = 0; j < n; j++) {
            bySourceStart[j + 1] += bySourceStart[j];
        }
        int[] fill = java.util.Arrays.copyOf(bySourceStart, n);
        int[] slotsOf = new int[start[n]];
        for (int i = 0; i < n; i++) {
            int slot = start[i];
            for (int e = net.tiesFrom(i); e < net.tiesFrom(i + 1); e++) {
                int j = net.tieContact(e);
                if (far(i, j, n)) {
                    slotsOf[fill[j]++] = slot++;
                }
            }
        }
        return new FarTies(n, start, bySourceStart, slotsOf);
    }

    /** Copies every far contact's record of this tick to the slots that read it. */
    void gather(float[] talk, byte[] stageAtStart) {
        gather(talk, stageAtStart, 0, size);
    }

    /**
     * Copies the records of far contacts {@code from .. to − 1}; parts of the consumers can be
     * gathered on several threads at once, as each slot is written by its contact's part alone.
     */
    void gather(float[] talk, byte[] stageAtStart, int fromContact, int toContact) {
        for (int j = fromContact; j < toContact; j++) {
            int to = bySourceStart[j + 1];
            int from = bySourceStart[j];
            if (from == to) {
                continue;
            }
            int said = Voices.STRIDE * j;
            float pos = talk[said + Voices.POSITIVE];
            float neg = talk[said + Voices.NEGATIVE];
            float customer = talk[said + Voices.CUSTOMER];
            float tribe = talk[said + Voices.TRIBE];
            byte isAdvocate = (byte) (stageAtStart[j] == Stage.ADVOCATE_CODE ? 1 : 0);
            for (int s = from; s < to; s++) {
                int slot = slotsOf[s];
                int at = Voices.STRIDE * slot;
                records[at + Voices.POSITIVE] = pos;
                records[at + Voices.NEGATIVE] = neg;
                records[at + Voices.CUSTOMER] = customer;
                records[at + Voices.TRIBE] = tribe;
                advocate[slot] = isAdvocate;
            }
        }
    }
}
