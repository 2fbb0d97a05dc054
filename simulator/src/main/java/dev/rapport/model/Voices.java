package dev.rapport.model;

/**
 * What every consumer shows its contacts about every brand this tick, fixed at the start of the
 * tick so that decisions are synchronous (with the catch-up of last tick's changes, see
 * {@link ConversationStep}): positive and negative voice, and how much it counts as a customer
 * (social proof) and as a member of the brand's tribe (rivals' pull), interleaved in one array of
 * {@link #STRIDE} floats per pair ({@code talk[STRIDE·p + POSITIVE]} and so on) so that listening
 * to a contact touches one cache line; an advocate's positive voice counts as referral (the
 * speaker's stage tells). Population totals serve complete mixing.
 */
final class Voices {
    static final int STRIDE = 4;
    static final int POSITIVE = 0;
    static final int NEGATIVE = 1;
    static final int CUSTOMER = 2;
    static final int TRIBE = 3;

    final float[] talk;
    final double[] totalPositive;
    final double[] totalAdvocate;
    final double[] totalNegative;
    final double[] customerTotal;
    final double[] tribeTotal;
    /**
     * Per brand, the most positive voice per unit of talkativeness any record carries this tick
     * (stage's voice, catch-up and goodwill's factor): with {@link Talkers#tribeVoiceSum}, a bound on
     * what a consumer hears from the tribe without listening ({@link Hearing#mostTribeVoice}).
     */
    final double[] loudest;
    /**
     * Per brand, the same over the records of consumers outside the tribe ({@link ConversationStep#inTribe}):
     * customers, whose voice is a fraction of an advocate's. With the rest of {@link Talkers#voiceSum},
     * the bound on what a consumer hears from them ({@link Hearing#mostCustomerVoice}).
     */
    final double[] loudestCustomer;
    /** Speaking advocates per brand (complete mixing picks referrers from them). */
    final int[][] advocates;
    final int[] advocateCount;

    Voices(int size, int brands) {
        talk = new float[STRIDE * size * brands];
        totalPositive = new double[brands];
        totalAdvocate = new double[brands];
        totalNegative = new double[brands];
        customerTotal = new double[brands];
        tribeTotal = new double[brands];
        advocates = new int[brands][16];
        advocateCount = new int[brands];
        loudest = new double[brands];
        loudestCustomer = new double[brands];
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
