package dev.rapport.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/**
 * The random regular generator builds exactly the networks it built before its repairs kept tie
 * counts instead of rebuilding the set of ties after every switch (which took minutes at a
 * million consumers): fingerprints of every contact and tie strength, taken with the earlier code
 * for a sparse graph, one with many repairs and a dense one built as a complement.
 */
class RandomRegularFingerprintTest {

    private static String fingerprint(int n, int k, long seed) {
        Network net = RandomRegular.generate(n, k, 0.3, new MersenneTwisterFast(seed));
        long h = 1125899906842597L;
        for (int i = 0; i < n; i++) {
            for (int e = net.tiesFrom(i); e < net.tiesFrom(i + 1); e++) {
                h = 31 * h + net.tieContact(e);
                h = 31 * h + (net.tieStrong(e) ? 1 : 0);
            }
        }
        return Long.toHexString(h);
    }

    @Test
    void theNetworksAreThoseTheEarlierRepairBuilt() {
        assertEquals("93cae3b06b6646c9", fingerprint(2000, 20, 5));
        assertEquals("d9df2c91ca6cc449", fingerprint(1000, 300, 3));
        assertEquals("d0c4774593d700ed", fingerprint(1000, 700, 4));
    }
}
