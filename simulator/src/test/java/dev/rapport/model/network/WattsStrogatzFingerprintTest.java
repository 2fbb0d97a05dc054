package dev.rapport.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/**
 * The Watts–Strogatz generator builds exactly the networks it built when every tie went through a
 * hash set of all ties (about 30 bytes a tie end at its peak, which kept ten million consumers out
 * of a 4 GB heap): fingerprints of every contact and tie strength, taken with that earlier code,
 * for the flagship's settings, no rewiring, full rewiring, and rings so small that a consumer's
 * lattice ties meet from both sides.
 */
class WattsStrogatzFingerprintTest {

    static String fingerprint(int n, int degree, double rewire, long seed) {
        Network net = WattsStrogatz.generate(n, degree, rewire, 0.3, new MersenneTwisterFast(seed));
        long h = 1125899906842597L;
        for (int i = 0; i < n; i++) {
            for (int e = net.tiesFrom(i); e < net.tiesFrom(i + 1); e++) {
                h = 31 * h + net.tieContact(e);
                h = 31 * h + (net.tieStrong(e) ? 1 : 0);
            }
        }
        return Long.toHexString(h) + "/" + net.tieCount();
    }

    @Test
    void theNetworksAreThoseTheHashSetOfAllTiesBuilt() {
        assertEquals("fe7bd40648160b04/24998", fingerprint(5000, 10, 0.1, 1));
        assertEquals("89472cffea6f8e68/29996", fingerprint(3000, 20, 0.1, 2));
        assertEquals("f543d72517cc8a71/20000", fingerprint(2000, 20, 0.0, 3));
        assertEquals("7aacc83ee8b9ad2e/6000", fingerprint(2000, 6, 1.0, 4));
        assertEquals("fff61d9dc5971282/39962", fingerprint(2000, 40, 0.5, 5));
        assertEquals("12c815083907b3d2/19", fingerprint(7, 6, 0.3, 6));
        assertEquals("7c6abb7f54a20910/34", fingerprint(9, 8, 0.8, 7));
        assertEquals("be3c834aaab7b9ab/54", fingerprint(12, 10, 0.5, 8));
        assertEquals("da61e209dcfd6849/100", fingerprint(50, 4, 0.9, 9));
    }
}
