package dev.rapport.model;

/**
 * What every consumer shows its contacts about every brand this tick, fixed at the start of the
 * tick so that decisions are synchronous (with the catch-up of last tick's changes, see
 * {@link ConversationStep}): positive and negative voice, and how much it counts as a customer
 * (social proof) and as a member of the brand's tribe (rivals' pull), interleaved in one array of
 * {@link #STRIDE} floats per pair ({@code talk[STRIDE·p + POSITIVE]} and so on) so that listening
 * to a contact touches one cache line; an advocate's positive voice counts as referral (the
 * speaker's stage tells). Population totals serve complete mixing.
 *
 * <p>{@link #speaking} marks, one bit per consumer, those whose record about some brand is not
 * all zeros this tick. Most consumers of a market are silent (unaware, aware or lapsed a while:
 * no voice, neither customer nor member), and a listener can skip a silent contact after reading
 * one bit of a bitmap that stays in cache, instead of its 16-byte record: its terms are zeros,
 * which leave every sum exactly as it was.
 */
final class Voices {
    static final int STRIDE = 4;
    static final int POSITIVE = 0;
    static final int NEGATIVE = 1;
    static final int CUSTOMER = 2;
    static final int TRIBE = 3;

    final float[] talk;
    /** Bit i set when consumer i's record about some brand is not all zeros this tick. */
    final long[] speaking;
    final double[] totalPositive;
    final double[] totalAdvocate;
    final double[] totalNegative;
    final double[] customerTotal;
    final double[] tribeTotal;
    /** Speaking advocates per brand (complete mixing picks referrers from them). */
    final int[][] advocates;
    final int[] advocateCount;

    Voices(int size, int brands) {
        talk = new float[STRIDE * size * brands];
        speaking = new long[(size + 63) >>> 6];
        totalPositive = new double[brands];
        totalAdvocate = new double[brands];
        totalNegative = new double[brands];
        customerTotal = new double[brands];
        tribeTotal = new double[brands];
        advocates = new int[brands][16];
        advocateCount = new int[brands];
    }

    /** Whether consumer i's record about some brand is not all zeros this tick. */
    boolean speaks(int i) {
        return (speaking[i >>> 6] & (1L << i)) != 0;
    }

    void clearTotals() {
        java.util.Arrays.fill(totalPositive, 0);
        java.util.Arrays.fill(totalAdvocate, 0);
        java.util.Arrays.fill(totalNegative, 0);
        java.util.Arrays.fill(customerTotal, 0);
        java.util.Arrays.fill(tribeTotal, 0);
        java.util.Arrays.fill(advocateCount, 0);
    }

    void addAdvocate(int b, int i) {
        if (advocateCount[b] == advocates[b].length) {
            advocates[b] = java.util.Arrays.copyOf(advocates[b], advocates[b].length * 2);
        }
        advocates[b][advocateCount[b]++] = i;
    }
}
