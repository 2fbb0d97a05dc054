package dev.rapport.model.network;

import dev.rapport.scenario.EdgeListData;
import dev.rapport.scenario.NetworkSpec;
import ec.util.MersenneTwisterFast;
import java.util.Optional;

/**
 * Builds the network a scenario asks for. Each generator draws only from the generator it is
 * given, so a replication's network is the same for every strategy (common random numbers).
 */
public final class NetworkFactory {
    private NetworkFactory() {
    }

    /** Whether the network {@code spec} asks for is laid from the consumers' segments ({@link #build}'s {@code segmentOf}). */
    public static boolean needsSegments(NetworkSpec spec) {
        return spec instanceof NetworkSpec.StochasticBlock;
    }

    /**
     * @param segmentOf each consumer's segment (the blocks of a stochastic block model); only
     *                  read when {@link #needsSegments}
     * @param edges     the edge list, when the spec is {@link NetworkSpec.EdgeList}
     */
    public static Network build(NetworkSpec spec, int size, byte[] segmentOf, int segments,
                                Optional<EdgeListData> edges, MersenneTwisterFast rng) {
        if (spec instanceof NetworkSpec.ErdosRenyi er) {
            return ErdosRenyi.generate(size, er.meanDegree(), er.strongTieShare(), rng);
        } else if (spec instanceof NetworkSpec.WattsStrogatz ws) {
            return WattsStrogatz.generate(size, ws.degree(), ws.rewire(), ws.strongTieShare(), rng);
        } else if (spec instanceof NetworkSpec.BarabasiAlbert ba) {
            return BarabasiAlbert.generate(size, ba.edgesPerNode(), ba.strongTieShare(), rng);
        } else if (spec instanceof NetworkSpec.StochasticBlock sb) {
            return StochasticBlock.generate(size, segmentOf, segments, sb.withinDegree(), sb.betweenDegree(),
                    sb.strongTieShare(), rng);
        } else if (spec instanceof NetworkSpec.RandomRegular rr) {
            return RandomRegular.generate(size, rr.degree(), rr.strongTieShare(), rng);
        } else if (spec instanceof NetworkSpec.EdgeList) {
            return fromEdgeList(size, edges.orElseThrow(
                    () -> new IllegalStateException("edge list not loaded: load scenarios through ScenarioLoader")));
        }
        return Network.complete(size);
    }

    private static Network fromEdgeList(int size, EdgeListData data) {
        return Network.fromEdges(size, data.sources(), data.targets(), data.strong(), data.edgeCount());
    }

    /**
     * Expected bytes of the network's arrays for a population, used to refuse runs that would not
     * fit in the heap before they start.
     */
    public static long estimateBytes(NetworkSpec spec, int size, Optional<EdgeListData> edges) {
        return lastingBytes(spec, size, edges) + temporaryBytes(spec, size, edges);
    }

    /** Of {@link #estimateBytes}, the network's own arrays, which last the run. */
    public static long lastingBytes(NetworkSpec spec, int size, Optional<EdgeListData> edges) {
        return 4L * (size + 1) + 5L * tieEnds(spec, size, edges);
    }

    /** Of {@link #estimateBytes}, the generator's temporary arrays, garbage once the network is built. */
    public static long temporaryBytes(NetworkSpec spec, int size, Optional<EdgeListData> edges) {
        if (spec instanceof NetworkSpec.WattsStrogatz ws) {
            return WattsStrogatz.temporaryBytes(size, ws.degree(), ws.rewire()); // no list of ties
        }
        long ends = tieEnds(spec, size, edges);
        // Beside the CSR arrays (5 bytes a tie end, 4 an offset), the generator's temporary tie list:
        // 9 bytes a tie (4.5 a tie end), a hash set of every tie (about 20 bytes a tie end at its
        // peak), and 4 bytes a consumer of fill pointers while the CSR arrays are filled.
        return (long) Math.ceil(4.5 * ends) + 20L * ends + 4L * size;
    }

    /** About how many tie ends (twice the ties) the network of {@code spec} has, from its mean degree, for memory estimates. */
    public static long tieEnds(NetworkSpec spec, int size, Optional<EdgeListData> edges) {
        double meanDegree = 0;
        if (spec instanceof NetworkSpec.ErdosRenyi er) {
            meanDegree = er.meanDegree();
        } else if (spec instanceof NetworkSpec.WattsStrogatz ws) {
            meanDegree = ws.degree();
        } else if (spec instanceof NetworkSpec.BarabasiAlbert ba) {
            meanDegree = 2.0 * ba.edgesPerNode();
        } else if (spec instanceof NetworkSpec.StochasticBlock sb) {
            meanDegree = sb.withinDegree() + sb.betweenDegree();
        } else if (spec instanceof NetworkSpec.RandomRegular rr) {
            meanDegree = rr.degree();
        } else if (spec instanceof NetworkSpec.EdgeList) {
            meanDegree = edges.map(e -> 2.0 * e.edgeCount() / Math.max(1, size)).orElse(0.0);
        }
        return (long) Math.ceil(meanDegree * size);
    }
}
