package dev.rapport.model;

/**
 * What every consumer says about every brand this tick, fixed at the start of the tick so that
 * decisions are synchronous (with the catch-up of last tick's changes, see
 * {@link ConversationStep}): positive and negative voice, interleaved in one array
 * ({@code talk[2p]} positive, {@code talk[2p + 1]} negative for pair p) so that listening to a
 * contact touches one cache line rather than two; an advocate's positive voice counts as referral
 * (the speaker's stage tells). Population totals serve complete mixing.
 */
final class Voices {
    final float[] talk;
    final double[] totalPositive;
    final double[] totalAdvocate;
    final double[] totalNegative;
    final int[] activeCount;
    final int[] tribeCount;
    /** Speaking advocates per brand (complete mixing picks referrers from them). */
    final int[][] advocates;
    final int[] advocateCount;

    Voices(int size, int brands) {
        talk = new float[2 * size * brands];
        totalPositive = new double[brands];
        totalAdvocate = new double[brands];
        totalNegative = new double[brands];
        activeCount = new int[brands];
        tribeCount = new int[brands];
        advocates = new int[brands][16];
        advocateCount = new int[brands];
    }

    void clearTotals() {
        java.util.Arrays.fill(totalPositive, 0);
        java.util.Arrays.fill(totalAdvocate, 0);
        java.util.Arrays.fill(totalNegative, 0);
        java.util.Arrays.fill(activeCount, 0);
        java.util.Arrays.fill(tribeCount, 0);
        java.util.Arrays.fill(advocateCount, 0);
    }

    void addAdvocate(int b, int i) {
        if (advocateCount[b] == advocates[b].length) {
            advocates[b] = java.util.Arrays.copyOf(advocates[b], advocates[b].length * 2);
        }
        advocates[b][advocateCount[b]++] = i;
    }
}
