package dev.rapport.ties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The pair table agrees with a boxed map on every key through growth, either way round a pair. */
class PairTableTest {

    @Test
    void aPairIsTheSameEitherWayRound() {
        assertEquals(PairTable.key(3, 7), PairTable.key(7, 3));
        assertEquals((3L << 32) | 7, PairTable.key(7, 3));
    }

    @Test
    void countsAndFirstRowsMatchABoxedMapThroughGrowth() {
        PairTable counts = new PairTable(4);
        PairTable first = new PairTable(4);
        Map<Long, Integer> countsSeen = new HashMap<>();
        Map<Long, Integer> firstSeen = new HashMap<>();
        SplittableRandom rng = new SplittableRandom(5);
        for (int row = 0; row < 50_000; row++) {
            long key = PairTable.key(rng.nextInt(300), rng.nextInt(300));
            int delta = rng.nextInt(4) == 0 ? -1 : 1;
            assertEquals(countsSeen.getOrDefault(key, 0), counts.add(key, delta), "the value before");
            countsSeen.merge(key, delta, Integer::sum);
            Integer earlier = firstSeen.putIfAbsent(key, row);
            assertEquals(earlier == null ? PairTable.MISSING : earlier, first.putIfAbsent(key, row));
        }
        for (Map.Entry<Long, Integer> e : countsSeen.entrySet()) {
            assertEquals(e.getValue(), counts.get(e.getKey()));
        }
        assertEquals(PairTable.MISSING, counts.get(PairTable.key(1000, 2000)), "a pair never added");
    }
}
