package dev.rapport.report.results;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of {@code series.csv} a report uses: for each strategy, brand and metric kept, the
 * values by replication and tick, and the week of every tick. Built once by {@link SeriesReader};
 * read-only afterwards.
 */
public final class SeriesTable {

    private final List<String> strategies;
    private final List<String> brandsSeen;
    private final List<String> metricsSeen;
    private final double[] weeks;
    private final List<Integer> replications;
    private final Map<String, Map<String, Map<String, Replicates>>> values;

    private SeriesTable(List<String> strategies, List<String> brandsSeen, List<String> metricsSeen, double[] weeks,
                        List<Integer> replications, Map<String, Map<String, Map<String, Replicates>>> values) {
        this.strategies = List.copyOf(strategies);
        this.brandsSeen = List.copyOf(brandsSeen);
        this.metricsSeen = List.copyOf(metricsSeen);
        this.weeks = weeks;
        this.replications = List.copyOf(replications);
        this.values = values;
    }

    /** @return the replication numbers of the rows kept, ascending */
    public List<Integer> replications() {
        return replications;
    }

    /** @return the strategies, in the order the file lists them */
    public List<String> strategies() {
        return strategies;
    }

    /** @return every brand in the file, kept or not, in the order first seen */
    public List<String> brandsSeen() {
        return brandsSeen;
    }

    /** @return every metric in the file, kept or not, in the order first seen: the run's metric set */
    public List<String> metricsSeen() {
        return metricsSeen;
    }

    /** @return the number of ticks whose week is known */
    public int ticks() {
        return weeks.length;
    }

    /** @return the week at the end of {@code tick} */
    public double week(int tick) {
        return weeks[tick];
    }

    /** @return the values of a strategy, brand and metric, when the file has them and they were kept */
    public Optional<Replicates> find(String strategy, String brand, String metric) {
        return Optional.ofNullable(values.getOrDefault(strategy, Map.of())
                .getOrDefault(brand, Map.of()).get(metric));
    }

    /** @return the metrics kept for a strategy and brand, in file order */
    public Set<String> metricsOf(String strategy, String brand) {
        return values.getOrDefault(strategy, Map.of()).getOrDefault(brand, Map.of()).keySet();
    }

    /** Collects rows as {@link SeriesReader} streams them, keyed by plain strings to avoid per-row objects. */
    static final class Builder {

        private final Map<String, Map<String, Map<String, List<DoubleList>>>> rows =
                new LinkedHashMap<>();
        private final Set<String> brandsSeen = new LinkedHashSet<>();
        private final Set<String> metricsSeen = new LinkedHashSet<>();
        private final DoubleList weeks = new DoubleList();
        private final BitSet replications = new BitSet();
        private int maxTick = -1;

        void seeStrategy(String strategy) {
            rows.computeIfAbsent(strategy, s -> new LinkedHashMap<>());
        }

        void seeBrand(String brand) {
            brandsSeen.add(brand);
        }

        void seeMetric(String metric) {
            metricsSeen.add(metric);
        }

        void add(String strategy, int replication, int tick, double week, String brand,
                 String metric, double value) {
            List<DoubleList> byReplication = rows.computeIfAbsent(strategy, s -> new LinkedHashMap<>())
                    .computeIfAbsent(brand, b -> new LinkedHashMap<>())
                    .computeIfAbsent(metric, m -> new ArrayList<>());
            while (byReplication.size() <= replication) {
                byReplication.add(new DoubleList());
            }
            byReplication.get(replication).set(tick, value);
            replications.set(replication);
            if (tick > maxTick) {
                weeks.set(tick, week);
                maxTick = tick;
            }
        }

        SeriesTable build() {
            Map<String, Map<String, Map<String, Replicates>>> table = new LinkedHashMap<>();
            rows.forEach((strategy, brands) -> {
                Map<String, Map<String, Replicates>> byBrand = new LinkedHashMap<>();
                brands.forEach((brand, metrics) -> {
                    Map<String, Replicates> byMetric = new LinkedHashMap<>();
                    metrics.forEach((metric, replications) -> byMetric.put(metric, new Replicates(
                            replications.stream().map(DoubleList::toArray).toArray(double[][]::new))));
                    byBrand.put(brand, Collections.unmodifiableMap(byMetric));
                });
                table.put(strategy, Collections.unmodifiableMap(byBrand));
            });
            return new SeriesTable(new ArrayList<>(rows.keySet()), new ArrayList<>(brandsSeen),
                    new ArrayList<>(metricsSeen), weeks.toArray(), replications.stream().boxed().toList(), Collections.unmodifiableMap(table));
        }
    }
}
