package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioException;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * The model's invariants over random valid scenarios (jqwik): small populations, short horizons,
 * random networks, brands, lever plans, budgets, crises and mechanisms switched off. At every
 * recorded tick and for every brand: the recorded stage counts, awareness and mean trust match a
 * recount from the consumers' arrays, every consumer's evidence is finite and non-negative, money
 * is conserved between the budget, the books and the outputs to the cent ({@link Recount}), the
 * focal strategy's spend stays within its budget, and no metric is NaN or infinite. A fixed seed
 * keeps the build reproducible; tries are few so the default build stays fast.
 */
class ModelPropertiesTest {
    private static final List<String> LEVERS = List.of("advertising", "paid_reach", "value_delivery", "community",
            "advocate_programme", "listening", "discount");
    private static final List<String> MECHANISMS = List.of("awareness", "advertising", "discount", "price", "paid_reach",
            "value_delivery", "community", "advocate_programme", "listening", "word_of_mouth", "social_proof", "trust",
            "value_fit", "reciprocity", "membership", "churn", "detraction", "experience");

    /** A random valid scenario, its population size and the focal strategy's budget. */
    record Market(String yaml, int size, double budget) {
        @Override
        public String toString() {
            return yaml;
        }
    }

    @Property(tries = 200, seed = "20261123", shrinking = ShrinkingMode.BOUNDED)
    void invariantsHoldAtEveryTick(@ForAll("markets") Market market) {
        LoadedScenario loaded = Harness.load(market.yaml());
        Recount recount = new Recount(loaded.scenario().brands().size());
        List<Harness.Row> rows = Harness.run(loaded, 0, recount::check);
        assertEquals(loaded.scenario().ticks(), rows.get(rows.size() - 1).tick(), "recorded to the horizon");
        for (Harness.Row row : rows) {
            String at = "brand " + row.brand() + " at tick " + row.tick();
            for (Metric m : Metric.values()) {
                assertTrue(Double.isFinite(row.get(m)), m + " is " + row.get(m) + ", " + at);
            }
            if (row.brand() == 0) {
                assertTrue(row.get(Metric.CUMULATIVE_SPEND) <= market.budget() + 1e-6,
                        "spend " + row.get(Metric.CUMULATIVE_SPEND) + " within the budget " + market.budget() + ", " + at);
            }
        }
    }

    /**
     * D10, D19: whatever validation accepts runs. Every network type at, just below and just above
     * its bounds for the population (degrees of population.size - 1 on up to 40 consumers,
     * stochastic blocks of a few consumers or none, up to 200 segments) is either refused as a scenario problem or runs to the
     * horizon with stage counts that sum to the population.
     */
    @Property(tries = 150, seed = "20261126", shrinking = ShrinkingMode.OFF)
    void d10_d19_whateverValidationAcceptsRuns(@ForAll("boundaryMarkets") Market market) {
        LoadedScenario loaded;
        try {
            loaded = Harness.load(market.yaml());
        } catch (ScenarioException refused) {
            return;
        }
        assertRunsToTheHorizon(loaded);
    }

    /** D10: 150 segments as stochastic blocks of about two consumers each (segment 134 was index -122). */
    @Example
    void d10_stochasticBlockWithMoreThan127SegmentsRuns() {
        String yaml = boundaryMarket(300, 150, "{type: stochastic_block, within_degree: 1, between_degree: 2}");
        assertRunsToTheHorizon(Harness.load(yaml));
    }

    /** The run records its last tick, and what it records there is what its consumers hold. */
    private static void assertRunsToTheHorizon(LoadedScenario loaded) {
        int ticks = loaded.scenario().ticks();
        List<Harness.Row> rows = Harness.run(loaded, 0, (model, row) -> {
            if (row.tick() == ticks) {
                Recount.consumers(model, row);
            }
        });
        assertEquals(ticks, rows.get(rows.size() - 1).tick(), "recorded to the horizon");
    }

    /** D19: a stochastic block's within-segment degree must fit in the segment, as other degrees fit in the population. */
    @Example
    void d19_stochasticBlockWithinDegreeAbovePopulationIsRefused() {
        String yaml = boundaryMarket(300, 1, "{type: stochastic_block, within_degree: 1000}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Harness.load(yaml));
        assertEquals("network.within_degree", e.problems().get(0).path());
    }

    @Provide
    Arbitrary<Market> boundaryMarkets() {
        Arbitrary<Integer> size = Arbitraries.integers().between(2, 40).edgeCases(c -> c.add(2, 3, 4, 40));
        Arbitrary<Integer> segments = Arbitraries.integers().between(1, 200).edgeCases(c -> c.add(1, 127, 128, 129, 150, 200));
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> offset = Arbitraries.integers().between(-2, 1);
        return Combinators.combine(size, segments, kind, offset).as((n, k, net, off) ->
                new Market(boundaryMarket(n, k, boundaryNetwork(net, n, k, off)), n, 0));
    }

    /** A network of kind {@code kind} with its degree at the bound for {@code n} consumers plus {@code offset}. */
    private static String boundaryNetwork(int kind, int n, int segments, int offset) {
        int top = n - 1 + offset;
        return switch (kind) {
            case 0 -> "{type: complete}";
            case 1 -> "{type: erdos_renyi, mean_degree: " + Math.max(0, top) + "}";
            case 2 -> "{type: watts_strogatz, degree: " + Math.max(2, top - top % 2) + ", rewire: 0.5}";
            case 3 -> "{type: barabasi_albert, edges_per_node: " + Math.max(1, top) + "}";
            case 4 -> "{type: random_regular, degree: " + Math.max(1, top) + "}";
            default -> {
                int within = Math.max(0, n / segments - 1 + offset);
                yield "{type: stochastic_block, within_degree: " + within + ", between_degree: " + Math.max(0, n - 1 - within + offset) + "}";
            }
        };
    }

    /** One brand, {@code segments} segments of equal share, a few weeks. */
    private static String boundaryMarket(int n, int segments, String network) {
        StringBuilder y = new StringBuilder("name: bounds\nseed: 5\nreplications: 1\ntime: {horizon_weeks: 3}\n");
        y.append("population:\n  size: ").append(n).append("\n  segments:\n");
        double share = 1.0 / segments;
        for (int s = 0; s < segments; s++) {
            double last = 1 - share * (segments - 1);
            y.append(String.format(Locale.ROOT, "    - {name: s%d, share: %.15f}%n", s, s == segments - 1 ? last : share));
        }
        y.append("network: ").append(network).append('\n');
        y.append("brands:\n  - {name: acme, initial_awareness: 0.3, initial_customers: 0.1}\n");
        return y.toString();
    }

    @Provide
    Arbitrary<Market> markets() {
        Arbitrary<Integer> size = Arbitraries.integers().between(40, 300);
        Arbitrary<Integer> horizon = Arbitraries.integers().between(3, 30);
        Arbitrary<Integer> brands = Arbitraries.integers().between(1, 3);
        Arbitrary<Double> budget = Arbitraries.doubles().between(0, 20_000).ofScale(2);
        Arbitrary<List<String>> off = Arbitraries.of(MECHANISMS).list().ofMaxSize(4).uniqueElements();
        Arbitrary<Integer> networkKind = Arbitraries.integers().between(0, 5);
        Arbitrary<List<int[]>> plan = Arbitraries.integers().between(0, 1_000_000).array(int[].class).ofSize(5)
                .list().ofMaxSize(6);
        Arbitrary<Long> seed = Arbitraries.longs().between(0, 1_000_000);
        Arbitrary<Boolean> crisis = Arbitraries.of(true, false);
        return Combinators.combine(size, horizon, brands, budget, off, networkKind, plan, seed)
                .flatAs((n, h, k, b, offList, net, levers, s) -> crisis.map(c ->
                        market(n, h, k, b, offList, net, levers, s, c)));
    }

    private static Market market(int n, int horizon, int brands, double budget, List<String> off, int networkKind,
                                 List<int[]> levers, long seed, boolean crisis) {
        StringBuilder y = new StringBuilder();
        y.append("name: property\nseed: ").append(seed).append("\nreplications: 1\n");
        y.append("time: {horizon_weeks: ").append(horizon).append(", tick: week}\n");
        y.append("population:\n  size: ").append(n).append("\n  segments:\n")
                .append("    - {name: a, share: 0.5, values: [0.4, 0.6]}\n")
                .append("    - {name: b, share: 0.5, values: [0.7, 0.3], talkativeness: {mean: 2, sd: 0.5}}\n");
        y.append("network: ").append(network(networkKind, n)).append('\n');
        if (!off.isEmpty()) {
            y.append("mechanisms:\n");
            off.forEach(m -> y.append("  ").append(m).append(": {enabled: false}\n"));
        }
        y.append("brands:\n");
        for (int b = 0; b < brands; b++) {
            y.append(String.format(Locale.ROOT, "  - {name: brand%d, purpose: [0.%d, 0.5], quality: 0.%d, price: %d, "
                    + "initial_awareness: 0.2, initial_customers: 0.05}%n", b, 3 + 2 * b, 6 + b, 20 + 15 * b));
        }
        y.append("strategies:\n  - name: s\n    budget: ").append(budget).append("\n    plan:");
        if (levers.isEmpty()) {
            y.append(" []");
        }
        y.append('\n');
        for (int[] l : levers) {
            String lever = LEVERS.get(l[0] % LEVERS.size());
            int from = 1 + l[1] % horizon;
            int to = from + l[2] % (horizon - from + 1);
            y.append("      - {lever: ").append(lever).append(", weeks: ").append(from).append('-').append(to);
            if (lever.equals("discount")) {
                y.append(", depth: 0.").append(l[3] % 9);
            } else {
                y.append(", per_week: ").append(l[3] % 800);
            }
            if (lever.equals("listening")) {
                y.append(", share: 0.").append(l[4] % 10);
            }
            y.append("}\n");
        }
        if (crisis) {
            y.append("events:\n  - {type: crisis, brand: brand0, week: ").append(1 + horizon / 2)
                    .append(", severity: 3, share_affected: 0.3, response: honest}\n");
        }
        return new Market(y.toString(), n, budget);
    }

    private static String network(int kind, int n) {
        return switch (kind) {
            case 0 -> "{type: complete}";
            case 1 -> "{type: erdos_renyi, mean_degree: " + Math.min(6, n - 1) + "}";
            case 2 -> "{type: watts_strogatz, degree: 6, rewire: 0.2}";
            case 3 -> "{type: barabasi_albert, edges_per_node: 3}";
            case 4 -> "{type: random_regular, degree: 4}";
            default -> "{type: stochastic_block, within_degree: 5, between_degree: 1}";
        };
    }

}
