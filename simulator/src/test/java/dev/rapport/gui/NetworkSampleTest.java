package dev.rapport.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.MarketModel;
import dev.rapport.model.network.Network;
import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.util.Properties;

/** Which consumers the network view draws, where, and with which ties. */
class NetworkSampleTest {

    /** A ring of {@code n} consumers, each tied to the next two; every third tie strong. */
    private static Network ring(int n) {
        int[] a = new int[2 * n];
        int[] b = new int[2 * n];
        boolean[] strong = new boolean[2 * n];
        for (int i = 0; i < n; i++) {
            for (int d = 1; d <= 2; d++) {
                int e = 2 * i + d - 1;
                a[e] = i;
                b[e] = (i + d) % n;
                strong[e] = e % 3 == 0;
            }
        }
        return Network.fromEdges(n, a, b, strong, 2 * n);
    }

    @Test
    void aNeighbourhoodWithItsTiesOnASquareGrid() {
        Network net = ring(1000);
        NetworkSample sample = NetworkSample.of(net, 100, new MersenneTwisterFast(7));
        int[] drawn = sample.consumers();
        assertEquals(100, drawn.length);
        assertEquals(100, Arrays.stream(drawn).distinct().count(), "each consumer once");
        // Grown breadth-first on a ring: a contiguous arc of 100 consumers, with all 197 ties inside
        // it (99 to the next consumer, 98 to the one after), each one a tie of the network.
        assertEquals(197, sample.ties());
        int strong = 0;
        for (int e = 0; e < sample.ties(); e++) {
            assertTrue(net.connected(drawn[sample.from()[e]], drawn[sample.to()[e]]));
            strong += sample.strong()[e] ? 1 : 0;
        }
        assertTrue(strong > 0 && strong < sample.ties(), "strong and weak ties both drawn: " + strong);
        assertEquals(10, sample.width());
        assertEquals(10, sample.height());
        for (int s = 0; s < drawn.length; s++) {
            assertTrue(sample.x()[s] > 0 && sample.x()[s] < 10 && sample.y()[s] > 0 && sample.y()[s] < 10);
        }
        NetworkSample again = NetworkSample.of(net, 100, new MersenneTwisterFast(7));
        assertArrayEquals(drawn, again.consumers(), "the display's seed decides the sample");
        assertArrayEquals(sample.x(), again.x());
    }

    @Test
    void aCompleteNetworkGivesARandomSampleAndNoLines() {
        NetworkSample sample = NetworkSample.of(Network.complete(500), 50, new MersenneTwisterFast(3));
        assertEquals(50, Arrays.stream(sample.consumers()).distinct().count());
        assertEquals(0, sample.ties());
    }

    @Test
    void aSmallNetworkIsDrawnWhole() {
        assertEquals(30, NetworkSample.of(ring(30), 2000, new MersenneTwisterFast(1)).consumers().length);
    }

    @Test
    void aClickedConsumerShowsItsStageAndTrust() {
        MarketGui gui = new MarketGui(WatchedRun.of(MarketGuiTest.flagship("population.size=300"), "spend", 0), 50, null);
        gui.start();
        MarketModel m = gui.model();
        Properties p = Properties.getProperties(new NetworkView.Consumer(m, 5, 0));
        List<String> names = java.util.stream.IntStream.range(0, p.numProperties()).mapToObj(p::getName).toList();
        assertEquals(m.stage(5, 0).name().toLowerCase(), p.getValue(names.indexOf("Stage")));
        assertEquals(m.trust(5, 0), (Double) p.getValue(names.indexOf("Trust")));
        gui.finish();
    }
}
