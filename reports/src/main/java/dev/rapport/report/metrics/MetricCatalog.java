package dev.rapport.report.metrics;

import dev.rapport.report.results.RunResults;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Labels and units of the metrics {@code docs/results-format.md} lists. Flow metrics are measured
 * per tick, so their titles say "per week" when a tick is a week and "per tick" with its length
 * otherwise. Unknown metric names get a readable label built from the name, so a metric added to
 * the simulator later still charts.
 */
public final class MetricCatalog {

    /** Stages of the funnel, bottom of the stack first; they partition the population. */
    public static final List<String> FUNNEL = List.of(
            "unaware", "aware", "customers", "members", "advocates", "lapsed", "detractors");
    /** Metrics charted over time, mean with a 95% band, in report order. */
    public static final List<String> KEY_METRICS = List.of(
            "cumulative_profit", "members", "advocates", "trust", "nps", "revenue", "profit_per_spend");
    /**
     * Metrics with no meaning at week 0, charted from the first tick after it: NPS, since no one
     * surveyed has experienced the brand yet (every answer is the prior trust, read as a detractor's).
     */
    public static final Set<String> UNDEFINED_AT_START = Set.of("nps");
    /**
     * Ratios to the money spent: results-format.md writes them 0 while nothing was spent, so a
     * strategy with no budget (the do-nothing baseline) has none to state, not a ratio of 0.
     */
    public static final Set<String> PER_SPEND = Set.of("profit_per_spend", "incremental_roi");

    /**
     * @return true when {@code metric} is a ratio to money spent and {@code strategy}'s budget is
     *         zero: its 0 means "nothing spent", not a ratio of 0
     */
    public static boolean spendsNothingOn(RunResults results, String strategy, String metric) {
        return PER_SPEND.contains(metric) && results.strategy(strategy).budget().isPresent()
                && results.strategy(strategy).budget().getAsDouble() == 0;
    }
    /** Metrics measured against the do-nothing baseline, same replication; charted when the run has one. */
    public static final List<String> INCREMENTAL = List.of(
            "incremental_cumulative_profit", "incremental_discounted_profit", "incremental_revenue",
            "incremental_customers", "incremental_members");
    /** First-purchase channels, earned ones first. */
    public static final List<String> ACQUISITION = List.of(
            "acquired_referral", "acquired_word_of_mouth", "acquired_organic",
            "acquired_advertising", "acquired_discount");
    /** The metric for the market-share chart. */
    public static final String MARKET_SHARE = "market_share";
    /** The metric the break-even analysis compares. */
    public static final String CUMULATIVE_PROFIT = "cumulative_profit";
    /** What of its plan a strategy's budget let it carry out; the key findings say when it was cut. */
    public static final List<String> PLAN = List.of("plan_carried_out", "budget_used_up_week", "discount_windows_missed");
    /** The metric the payback analysis reads. */
    public static final String INCREMENTAL_CUMULATIVE_PROFIT = "incremental_cumulative_profit";

    /** The unit of money metrics: "currency" when the results do not say which. */
    private static final String UNKNOWN_CURRENCY = "currency";

    private final String perTick;
    private final String money;

    /** @return every metric some chart or table of the report draws: the only ones worth keeping */
    public static Set<String> reported() {
        Set<String> metrics = new LinkedHashSet<>(KEY_METRICS);
        metrics.addAll(FUNNEL);
        metrics.addAll(ACQUISITION);
        metrics.add(MARKET_SHARE);
        metrics.add(INCREMENTAL_CUMULATIVE_PROFIT);
        metrics.addAll(PLAN);
        return Set.copyOf(metrics);
    }

    /** @param tickWeeks weeks per tick of the run; money in an unnamed currency */
    public MetricCatalog(double tickWeeks) {
        this(tickWeeks, null);
    }

    /**
     * @param tickWeeks weeks per tick of the run
     * @param currency  the market's currency code ({@code EUR}), whose symbol is the unit of money
     *                  metrics; null when the results do not say
     */
    public MetricCatalog(double tickWeeks, String currency) {
        this.money = currency == null ? UNKNOWN_CURRENCY : CurrencySymbol.of(currency);
        this.perTick = tickWeeks == 1.0 ? "per week"
                : "per tick of " + ValueFormat.SCORE.format(tickWeeks) + " weeks";
    }

    /** @return how a report names {@code name} */
    public Metric metric(String name) {
        return switch (name) {
            case "unaware" -> count(name, "Unaware");
            case "aware" -> count(name, "Aware");
            case "customers" -> count(name, "Customers");
            case "members" -> count(name, "Members");
            case "advocates" -> count(name, "Advocates");
            case "lapsed" -> count(name, "Lapsed");
            case "detractors" -> count(name, "Detractors");
            case "awareness" -> new Metric(name, "Awareness", "share of population", ValueFormat.SHARE);
            // Three decimals: strategies' trust and its intervals differ in the third (0.643, 0.642–0.644).
            case "trust" -> new Metric(name, "Trust", "0-1", ValueFormat.RATE);
            case "nps" -> new Metric(name, "NPS", "-100 to 100", ValueFormat.SCORE);
            case "revenue" -> flow(name, "Revenue");
            case "purchases" -> new Metric(name, "Purchases", "units " + perTick, ValueFormat.COUNT);
            case "cogs" -> flow(name, "Cost of goods sold");
            case "lever_cost" -> flow(name, "Lever spending");
            case "advertising_cost" -> flow(name, "Advertising spending");
            case "paid_reach_cost" -> flow(name, "Paid reach spending");
            case "value_delivery_cost" -> flow(name, "Value delivery spending");
            case "community_cost" -> flow(name, "Community spending");
            case "advocate_programme_cost" -> flow(name, "Advocate programme spending");
            case "listening_cost" -> flow(name, "Listening spending");
            case "response_cost" -> flow(name, "Crisis response spending");
            case "discount_cost" -> flow(name, "Discounts given");
            case "profit" -> flow(name, "Profit");
            case "cumulative_profit" -> money(name, "Cumulative profit");
            case "discounted_profit" -> money(name, "Net present value of profit");
            case "cumulative_spend" -> money(name, "Cumulative spend");
            // Total profit, baseline sales included, over spend: not a return on the marketing money (incremental_roi is).
            case "profit_per_spend" -> new Metric(name, "Profit per unit spent", "cumulative profit / spend", ValueFormat.RATIO);
            case "incremental_cumulative_profit" -> money(name, "Incremental cumulative profit");
            case "incremental_discounted_profit" -> money(name, "Incremental net present value of profit");
            case "incremental_revenue" -> money(name, "Incremental revenue");
            case "incremental_customers" -> new Metric(name, "Incremental customers", "consumers", ValueFormat.COUNT);
            case "incremental_members" -> new Metric(name, "Incremental members", "consumers", ValueFormat.COUNT);
            case "incremental_roi" -> new Metric(name, "Incremental ROI", "incremental profit / spend", ValueFormat.RATIO);
            case "acquired_advertising" -> acquired(name, "Advertising");
            case "acquired_discount" -> acquired(name, "Discount");
            case "acquired_referral" -> acquired(name, "Referral");
            case "acquired_word_of_mouth" -> acquired(name, "Word of mouth");
            case "acquired_organic" -> acquired(name, "Organic trial");
            case "referral_share" -> new Metric(name, "Referral share", "share of acquisitions",
                    ValueFormat.SHARE);
            case "viral_coefficient" -> new Metric(name, "Viral coefficient",
                    "referred customers per customer per week", ValueFormat.RATE);
            case "referral_depth" -> new Metric(name, "Referral depth", "generations",
                    ValueFormat.SCORE);
            case "followers" -> count(name, "Followers");
            case "engaged_ratio" -> new Metric(name, "Engaged followers", "share of followers",
                    ValueFormat.SHARE);
            case "tribe_cohesion" -> new Metric(name, "Tribe cohesion", "share of ties",
                    ValueFormat.SHARE);
            case "market_share" -> new Metric(name, "Market share", "share of active customers",
                    ValueFormat.SHARE);
            case "clv" -> money(name, "Customer lifetime value");
            case "plan_carried_out" -> new Metric(name, "Plan carried out", "share of planned lever money",
                    ValueFormat.SHARE);
            case "budget_used_up_week" -> new Metric(name, "Week the budget ran out", "week, 0 while it lasts",
                    ValueFormat.SCORE);
            case "discount_weeks_missed" -> new Metric(name, "Discount weeks missed", "weeks", ValueFormat.SCORE);
            case "discount_windows_missed" -> new Metric(name, "Discount windows missed", "windows", ValueFormat.COUNT);
            default -> new Metric(name, readable(name), "", ValueFormat.SCORE);
        };
    }

    private static Metric count(String name, String label) {
        return new Metric(name, label, "consumers", ValueFormat.COUNT);
    }

    private Metric money(String name, String label) {
        return new Metric(name, label, money, ValueFormat.CURRENCY);
    }

    private Metric flow(String name, String label) {
        return new Metric(name, label + " " + perTick, money, ValueFormat.CURRENCY);
    }

    private Metric acquired(String name, String channel) {
        return new Metric(name, channel, "new customers " + perTick, ValueFormat.COUNT);
    }

    private static String readable(String name) {
        String words = name.replace('_', ' ').strip();
        return words.isEmpty() ? name
                : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
