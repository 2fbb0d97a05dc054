package dev.rapport.model;

/**
 * What every consumer says about every brand this tick, fixed at the start of the tick so that
 * decisions are synchronous: positive voice (and the advocates' part of it, which counts as
 * referral), negative voice, and population totals for complete mixing.
 */
final class Voices {
    final float[] positive;
    final float[] advocate;
    final float[] negative;
    final double[] totalPositive;
    final double[] totalAdvocate;
    final double[] totalNegative;
    final int[] activeCount;
    final int[] tribeCount;
    /** Speaking advocates per brand (complete mixing picks referrers from them). */
    final int[][] advocates;
    final int[] advocateCount;

    Voices(int size, int brands) {
        positive = new float[size * brands];
        advocate = new float[size * brands];
        negative = new float[size * brands];
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
