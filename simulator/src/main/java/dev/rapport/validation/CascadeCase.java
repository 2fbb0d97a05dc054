package dev.rapport.validation;

import dev.rapport.model.Metric;
import dev.rapport.scenario.EdgeListData;
import dev.rapport.scenario.LoadedScenario;
import java.util.List;

/**
 * Independent cascade on a small graph (scenarios/validation/cascade-*.yaml: word of mouth in count
 * mode, speaking once, trial_rate = −ln(1 − p)): the Monte Carlo mean spread against the exact
 * expected spread, computed by enumerating the live-edge graphs of the same edge list with the
 * case's p. Tolerance: 3 standard errors of the Monte Carlo mean.
 */
final class CascadeCase implements ValidationCase {
    private final String graph;
    private final double p;
    private final int replications;

    /** @param graph triangle, star or path: the scenario cascade-GRAPH.yaml seeded at consumer 0 */
    CascadeCase(String graph, double p, int replications) {
        this.graph = graph;
        this.p = p;
        this.replications = replications;
    }

    @Override
    public String title() {
        return Format.f("Independent cascade on the %s (%d runs)", graph, replications);
    }

    @Override
    public List<CaseResult> run(Replications runs) {
        LoadedScenario s = BundledScenario.load("validation/cascade-" + graph + ".yaml", List.of());
        EdgeListData edges = s.edges().orElseThrow(() -> new IllegalStateException("cascade scenarios use an edge list"));
        int nodes = s.scenario().population().size();
        double expected = CascadeSpread.expected(nodes, edges.sources(), edges.targets(), 0, p);
        double[] spread = runs.run(s, replications, Metric.CUSTOMERS).stream()
                .mapToDouble(t -> t.last(Metric.CUSTOMERS)).toArray();
        Sample sample = Sample.of(spread);
        return List.of(CaseResult.within(Format.f("Independent cascade, %s, p = %s: expected spread", graph, Format.num(p)),
                expected, sample.mean(), 3 * sample.se(),
                Format.f("%d runs; exact by live-edge enumeration; tol = 3 SE, SE = %s", replications,
                        Format.num(sample.se()))));
    }
}
