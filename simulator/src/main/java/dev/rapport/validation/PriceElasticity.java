package dev.rapport.validation;

import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.BrandSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.MarketSpec;
import dev.rapport.scenario.StrategySpec;
import dev.rapport.scenario.WeekRange;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The price elasticity of sales on the flagship's spend strategy (Bijmolt, van Heerde &amp;
 * Pieters 2005): the brand's list price ({@code brands[].price}, one number for the whole run)
 * raised by {@code step} (5%), and units sold in the first four weeks at the new price, against
 * the unchanged price replication by replication: the short-term response. Everything else stays
 * as it was, the market's reference price included when the scenario format has one.
 */
final class PriceElasticity implements FactCase {
    static final String STRATEGY = "spend";
    static final WeekRange WINDOW = new WeekRange(1, 4);

    private final List<String> overrides;
    private final double step;
    private final int replications;

    PriceElasticity(List<String> overrides, double step, int replications) {
        this.overrides = List.copyOf(overrides);
        this.step = step;
        this.replications = replications;
    }

    @Override
    public String title() {
        return Format.f("Price elasticity: %s, list price %+.0f%% (%d paired runs)", STRATEGY, 100 * step, replications);
    }

    @Override
    public List<FactResult> run(Replications runs) {
        LoadedScenario unchanged = Flagship.load(overrides);
        double price = unchanged.scenario().focalBrand().price();
        double newPrice = changedPrice(price, step);
        double applied = newPrice / price - 1;
        LoadedScenario changed = Flagship.load(overrides, priceOverrides(unchanged, newPrice).toArray(String[]::new));
        StrategySpec before = Flagship.strategy(unchanged, STRATEGY);
        StrategySpec after = Flagship.strategy(changed, STRATEGY);
        List<double[]> units = runs.each(replications, r -> new double[] {
                run(unchanged, before, r).sum(Metric.PURCHASES, WINDOW),
                run(changed, after, r).sum(Metric.PURCHASES, WINDOW)});
        double[] base = units.stream().mapToDouble(u -> u[0]).toArray();
        double[] moved = units.stream().mapToDouble(u -> u[1]).toArray();
        return List.of(new FactResult("Price elasticity of sales (short term)", "-2.62 (mean of 1,851)",
                "Bijmolt, van Heerde & Pieters 2005, JMR 42(2)",
                FactResult.over(Elasticity.paired(base, moved, base, applied)),
                FactResult.Band.between(-4.5, -1.0),
                "-2.62 is a mean over categories and brands with a wide spread (the earlier meta-analysis, Tellis 1988, "
                        + "gave -1.76); elastic demand (below -1) is the robust part, beyond -4.5 is rare",
                Format.f("%s strategy, list price %+.0f%% from week 1 (the price is one number for the run), units "
                        + "(purchases) in weeks %d-%d; %d paired runs on common random numbers", STRATEGY, 100 * step,
                        WINDOW.from(), WINDOW.to(), replications)));
    }

    private static Trajectory run(LoadedScenario loaded, StrategySpec strategy, int replication) {
        Trajectory t = new Trajectory(Metric.PURCHASES);
        new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), strategy, replication), t).runToHorizon();
        return t;
    }

    /** The price {@code step} away, in whole cents (prices are money); the elasticity divides by the step applied. */
    static double changedPrice(double price, double step) {
        return Math.round(price * (1 + step) * 100) / 100.0;
    }

    /**
     * The overrides that set the focal brand's price to {@code newPrice}, holding the market's
     * reference price where it is: at the scenario's value, or at the old price where the
     * reference price would otherwise default to the brand's price and move with it.
     */
    static List<String> priceOverrides(LoadedScenario loaded, double newPrice) {
        BrandSpec brand = loaded.scenario().focalBrand();
        List<String> out = new ArrayList<>();
        out.add("brands[" + brand.name() + "].price=" + newPrice);
        referencePrice(loaded.scenario().market(), brand.price())
                .ifPresent(ref -> out.add("market.reference_price=" + ref));
        return out;
    }

    /**
     * The market's reference price to hold, if the scenario format has one
     * ({@code market.reference_price}): looked up by name so that this harness keeps it fixed
     * from the day the key exists, without a change here.
     */
    static Optional<Double> referencePrice(MarketSpec market, double brandPrice) {
        for (RecordComponent c : MarketSpec.class.getRecordComponents()) {
            if (c.getName().equals("referencePrice")) {
                try {
                    Object value = c.getAccessor().invoke(market);
                    return Optional.of(value instanceof Number n && n.doubleValue() > 0 ? n.doubleValue() : brandPrice);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read market.reference_price", e);
                }
            }
        }
        return Optional.empty();
    }
}
