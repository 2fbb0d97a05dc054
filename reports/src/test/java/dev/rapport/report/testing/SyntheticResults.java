package dev.rapport.report.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a results folder with known values, as {@code docs/results-format.md} describes it, for
 * tests to read back. The default values form a small model whose answers are known in closed form:
 * <ul>
 *   <li>cumulative profit of spend is {@code 100·t}; of invest {@code 150·t − 1500 − 50·δ(r)} with
 *       {@code δ(r) = r − (n−1)/2}, so invest overtakes spend for good in week 31 on average and in
 *       week {@code 31 + δ(r)} in replication r;</li>
 *   <li>the funnel stages always add up to {@link #POPULATION};</li>
 *   <li>invest acquires 2 referral, 1 word-of-mouth, 0.5 organic, 0.2 advertising and 0.1 discount
 *       customers per tick after tick 0; spend 0.2, 0.3, 0.5, 2 and 1.</li>
 * </ul>
 * Any metric can be replaced with {@link #metric}.
 */
public final class SyntheticResults {

    /** Consumers in the market: the funnel stages add up to this. */
    public static final double POPULATION = 1000;

    /** Every metric of the results format, in file order. */
    public static final List<String> ALL_METRICS = List.of("unaware", "aware", "customers",
            "members", "advocates", "lapsed", "detractors", "awareness", "trust", "nps", "revenue",
            "cogs", "lever_cost", "discount_cost", "profit", "cumulative_profit", "cumulative_spend",
            "profit_per_spend", "acquired_advertising", "acquired_discount", "acquired_referral",
            "acquired_word_of_mouth", "acquired_organic", "referral_share", "viral_coefficient",
            "referral_depth", "followers", "engaged_ratio", "tribe_cohesion", "market_share", "clv",
            "plan_carried_out", "budget_used_up_week", "discount_weeks_missed", "discount_windows_missed");

    /** A metric's value for one strategy, replication, tick and brand. */
    @FunctionalInterface
    public interface Values {
        double value(String strategy, int replication, int tick, String brand);
    }

    private record StrategySpec(String name, String kind, double budget) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final List<StrategySpec> strategies = new ArrayList<>();
    private final Map<String, Values> overrides = new HashMap<>();
    private List<String> brands = List.of("acme");
    private List<String> metrics = ALL_METRICS;
    private int replications = 5;
    private int ticks = 53;
    private double tickWeeks = 1.0;
    private boolean summary = true;
    private boolean summaryCsv = false;
    private String scenarioYaml;
    private boolean complete = true;
    private int requested = -1;
    private final List<ObjectNode> failures = new ArrayList<>();

    /** The default run: spend and invest, one brand, 5 replications, weeks 0 to 52. */
    public static SyntheticResults spendAndInvest() {
        return new SyntheticResults().strategy("spend", "spend", 150_000).strategy("invest", "invest", 150_000);
    }

    /** A run with no strategy yet. */
    public static SyntheticResults empty() {
        return new SyntheticResults();
    }

    public SyntheticResults strategy(String name, String kind, double budget) {
        strategies.add(new StrategySpec(name, kind, budget));
        return this;
    }

    public SyntheticResults brands(String... names) {
        brands = List.of(names);
        return this;
    }

    public SyntheticResults replications(int n) {
        replications = n;
        return this;
    }

    /** @param n ticks including tick 0, so the horizon is week {@code (n−1)·tickWeeks} */
    public SyntheticResults ticks(int n) {
        ticks = n;
        return this;
    }

    public SyntheticResults tickWeeks(double weeks) {
        tickWeeks = weeks;
        return this;
    }

    public SyntheticResults metrics(List<String> names) {
        metrics = List.copyOf(names);
        return this;
    }

    public SyntheticResults metric(String name, Values values) {
        overrides.put(name, values);
        return this;
    }

    /** Writes {@code text} as the scenario file given ({@code scenario.yaml}), as the simulator copies it. */
    public SyntheticResults scenarioYaml(String text) {
        scenarioYaml = text;
        return this;
    }

    public SyntheticResults withoutSummary() {
        summary = false;
        return this;
    }

    /**
     * Also writes {@code summary.csv} at the horizon, as the simulator does, with the interval
     * computed here from Student's t of commons-math (not the module's own {@code Interval}), so
     * tests can check the module's numbers against an independent computation.
     */
    public SyntheticResults withSummaryCsv() {
        summaryCsv = true;
        return this;
    }

    public SyntheticResults incomplete() {
        complete = false;
        return this;
    }

    /**
     * An incomplete run that asked for {@code replications} but holds only the ones
     * {@link #replications(int)} writes, as an interrupted or partly failed run leaves it.
     */
    public SyntheticResults incompleteOf(int replicationsAskedFor) {
        complete = false;
        requested = replicationsAskedFor;
        return this;
    }

    /** A failed run listed in the manifest's {@code failures}. */
    public SyntheticResults failure(int replication, String strategy, long seed, String error) {
        failures.add(json.createObjectNode().put("replication", replication).put("strategy", strategy)
                .put("seed", seed).put("error", error));
        return this;
    }

    /** @return how many rows {@link #writeTo} writes to series.csv */
    public long rows() {
        return (long) strategies.size() * replications * ticks * brands.size() * metrics.size();
    }

    /** Writes series.csv, manifest.json, scenario.json, scenario.yaml when given, and (unless turned off) summary.json. */
    public Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            writeSeries(dir.resolve("series.csv"));
            json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("manifest.json").toFile(), manifest());
            json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("scenario.json").toFile(), scenario());
            if (scenarioYaml != null) {
                Files.writeString(dir.resolve("scenario.yaml"), scenarioYaml);
            }
            if (summary) {
                json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("summary.json").toFile(), summaryJson());
            }
            if (summaryCsv) {
                writeSummaryCsv(dir.resolve("summary.csv"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** @return the value written for a metric, as tests compute expectations from it */
    public double value(String metric, String strategy, int replication, int tick, String brand) {
        Values override = overrides.get(metric);
        if (override != null) {
            return override.value(strategy, replication, tick, brand);
        }
        return defaultValue(metric, strategy, replication, tick, brand);
    }

    private void writeSeries(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("strategy,replication,tick,week,brand,metric,value\n");
            StringBuilder line = new StringBuilder(96);
            for (StrategySpec s : strategies) {
                for (int r = 0; r < replications; r++) {
                    for (int t = 0; t < ticks; t++) {
                        String week = Double.toString(t * tickWeeks);
                        for (String brand : brands) {
                            for (String metric : metrics) {
                                line.setLength(0);
                                line.append(s.name()).append(',').append(r).append(',').append(t).append(',')
                                        .append(week).append(',').append(brand).append(',').append(metric)
                                        .append(',').append(value(metric, s.name(), r, t, brand)).append('\n');
                                out.append(line);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Rows {@code strategy,brand,metric,week,n,mean,sd,ci_low,ci_high} at the horizon, 95% intervals. */
    private void writeSummaryCsv(Path file) throws IOException {
        int t = ticks - 1;
        double critical = new org.apache.commons.math3.distribution.TDistribution(replications - 1)
                .inverseCumulativeProbability(0.975);
        StringBuilder out = new StringBuilder("strategy,brand,metric,week,n,mean,sd,ci_low,ci_high\n");
        for (StrategySpec s : strategies) {
            for (String brand : brands) {
                for (String metric : metrics) {
                    double sum = 0;
                    for (int r = 0; r < replications; r++) {
                        sum += value(metric, s.name(), r, t, brand);
                    }
                    double mean = sum / replications;
                    double squares = 0;
                    for (int r = 0; r < replications; r++) {
                        double d = value(metric, s.name(), r, t, brand) - mean;
                        squares += d * d;
                    }
                    double sd = Math.sqrt(squares / (replications - 1));
                    double half = critical * sd / Math.sqrt(replications);
                    out.append(s.name()).append(',').append(brand).append(',').append(metric).append(',')
                            .append(t * tickWeeks).append(',').append(replications).append(',').append(mean)
                            .append(',').append(sd).append(',').append(mean - half).append(',').append(mean + half)
                            .append('\n');
                }
            }
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private boolean invest(String strategy) {
        return strategies.stream().filter(s -> s.name().equals(strategy)).findFirst()
                .map(s -> s.kind().equals("invest")).orElse(false);
    }

    private double delta(int replication) {
        return replication - (replications - 1) / 2.0;
    }

    private double defaultValue(String metric, String strategy, int r, int t, String brand) {
        boolean invest = invest(strategy);
        boolean focal = brand.equals(brands.get(0));
        double scale = focal ? 1 : 0.5;
        double customers = scale * ((invest ? 100 + 2.0 * t : 150 + t) + r);
        double members = scale * (invest ? t : t / 4.0);
        double advocates = scale * (invest ? t / 2.0 : t / 10.0);
        double lapsed = scale * t / 2.0;
        double detractors = scale * (invest ? t / 10.0 : t / 5.0);
        double aware = scale * 200;
        double cumulativeProfit = invest ? 150.0 * t - 1500 - 50 * delta(r) : 100.0 * t;
        double cumulativeSpend = 80.0 * t;
        return switch (metric) {
            case "unaware" -> POPULATION - aware - customers - members - advocates - lapsed - detractors;
            case "aware" -> aware;
            case "customers" -> customers;
            case "members" -> members;
            case "advocates" -> advocates;
            case "lapsed" -> lapsed;
            case "detractors" -> detractors;
            case "awareness" -> (aware + customers + members + advocates + lapsed + detractors) / POPULATION;
            case "trust" -> (invest ? 0.5 + 0.004 * t : 0.5 + 0.001 * t) + 0.01 * delta(r);
            case "nps" -> (invest ? 10 + 0.5 * t : 5 + 0.1 * t) + delta(r);
            case "revenue" -> 10 * customers;
            case "cumulative_profit" -> cumulativeProfit;
            case "cumulative_spend" -> cumulativeSpend;
            case "profit_per_spend" -> cumulativeSpend > 0 ? cumulativeProfit / cumulativeSpend : 0;
            case "acquired_referral" -> t == 0 ? 0 : invest ? 2 : 0.2;
            case "acquired_word_of_mouth" -> t == 0 ? 0 : invest ? 1 : 0.3;
            case "acquired_organic" -> t == 0 ? 0 : 0.5;
            case "acquired_advertising" -> t == 0 ? 0 : invest ? 0.2 : 2;
            case "acquired_discount" -> t == 0 ? 0 : invest ? 0.1 : 1;
            // Every plan runs in full unless a test says otherwise.
            case "plan_carried_out" -> 1;
            case "budget_used_up_week", "discount_weeks_missed", "discount_windows_missed" -> 0;
            case "market_share" -> brands.size() == 1 ? 1.0
                    : focal ? (invest ? 0.3 + 0.004 * t : 0.4) + 0.01 * delta(r) : 1 - (invest ? 0.3 + 0.004 * t : 0.4);
            default -> t + r / 10.0;
        };
    }

    private ObjectNode manifest() {
        ObjectNode m = json.createObjectNode();
        m.put("rapport_version", "0.1.0");
        m.put("java_version", "17.0.15");
        m.put("scenario_file", "scenarios/synthetic.yaml");
        m.put("scenario_name", "Synthetic spend versus invest");
        m.put("scenario_sha256", scenarioYaml == null ? "3f1a9c0e5b7d2a4c6e8f0b1d3a5c7e9f1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a"
                : sha256(scenarioYaml));
        m.put("seed", 20261123);
        int asked = requested > 0 ? requested : replications;
        m.put("replications", asked);
        ArrayNode seeds = m.putArray("replication_seeds");
        for (int r = 0; r < asked; r++) {
            seeds.add(1000 + r);
        }
        m.put("threads", 2);
        m.put("tick_weeks", tickWeeks);
        m.put("horizon_weeks", (ticks - 1) * tickWeeks);
        m.put("focal_brand", brands.get(0));
        m.put("objective", "cumulative_profit");
        ArrayNode brandArray = m.putArray("brands");
        brands.forEach(brandArray::add);
        ArrayNode list = m.putArray("strategies");
        for (StrategySpec s : strategies) {
            list.addObject().put("name", s.name()).put("brand", brands.get(0)).put("kind", s.kind())
                    .put("description", "The " + s.name() + " strategy").put("budget", s.budget());
        }
        m.putArray("overrides").add("population.size=1000");
        m.put("started", "2026-11-23T09:00:00Z");
        m.put("finished", "2026-11-23T09:01:00Z");
        m.put("complete", complete);
        ArrayNode completed = m.putArray("completed_replications");
        for (int r = 0; r < replications; r++) {
            completed.add(r);
        }
        m.putArray("failures").addAll(failures);
        return m;
    }

    private ObjectNode scenario() {
        ObjectNode s = json.createObjectNode();
        s.put("name", "Synthetic spend versus invest");
        s.put("description", "A synthetic market for testing reports.");
        s.putObject("population").put("size", (int) POPULATION).put("network", "small-world");
        s.putObject("time").put("tick_weeks", tickWeeks).put("horizon_weeks", (ticks - 1) * tickWeeks);
        s.putObject("market").put("currency", "EUR");
        ArrayNode brandArray = s.putArray("brands");
        brands.forEach(b -> brandArray.addObject().put("name", b).put("price", 12.5));
        ArrayNode list = s.putArray("strategies");
        for (StrategySpec spec : strategies) {
            ObjectNode o = list.addObject().put("name", spec.name()).put("kind", spec.kind())
                    .put("budget", spec.budget());
            o.putObject("levers").put("advertising", spec.kind().equals("spend") ? 0.7 : 0.1)
                    .put("community", spec.kind().equals("invest") ? 0.6 : 0.0);
        }
        s.putObject("outputs").putArray("checkpoints_weeks").add(26).add(52);
        return s;
    }

    /** A summary with one invest-versus-spend comparison whose numbers are recognisable in tests. */
    private ObjectNode summaryJson() {
        ObjectNode s = json.createObjectNode();
        s.put("horizon_week", (ticks - 1) * tickWeeks);
        s.put("objective", "cumulative_profit");
        s.put("focal_brand", brands.get(0));
        s.putArray("metrics");
        ArrayNode comparisons = s.putArray("comparisons");
        if (strategies.size() >= 2) {
            comparisons.addObject().put("metric", "cumulative_profit").put("brand", brands.get(0))
                    .put("a", strategies.get(1).name()).put("b", strategies.get(0).name())
                    .put("week", (ticks - 1) * tickWeeks).put("mean_difference", 1234.0)
                    .put("ci_low", 1000.0).put("ci_high", 1468.0).put("probability_a_beats_b", 0.77);
        }
        return s;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
