package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The metrics recorded per brand and tick, in output order. The names are the {@code metric}
 * column of {@code series.csv} and are documented in docs/results-format.md.
 *
 * <p>Most are observed in the model's state. The {@code incremental_*} ones are not: they are the
 * difference between a strategy's run and the do-nothing baseline's run of the same replication,
 * which no single run can see, so the experiment fills them in from the two recorded series
 * ({@link #baselineSource()}); the model leaves them at 0.
 */
public enum Metric {
    UNAWARE, AWARE, CUSTOMERS, MEMBERS, ADVOCATES, LAPSED, DETRACTORS,
    AWARENESS, TRUST, NPS,
    REVENUE, COGS,
    /** Units sold in the tick, in people's purchases (an agent's purchase is that many people's): sales volume, not money. */
    PURCHASES,
    LEVER_COST,
    /** Lever cost of one lever in the tick: the six of them and {@link #RESPONSE_COST} sum to {@link #LEVER_COST}. */
    ADVERTISING_COST, PAID_REACH_COST, VALUE_DELIVERY_COST, COMMUNITY_COST, ADVOCATE_PROGRAMME_COST, LISTENING_COST,
    /** Crisis responses paid in the tick (lever cost no plan line asked for). */
    RESPONSE_COST,
    DISCOUNT_COST, PROFIT, CUMULATIVE_PROFIT,
    /**
     * Net present value at week 0 of the profit earned so far: each tick's profit discounted
     * continuously at {@code market.discount_rate_per_week} to the week the tick ends,
     * exp(-rate * week), as a purchase's margin is discounted for {@link #CLV}. Equal to
     * {@link #CUMULATIVE_PROFIT} at rate 0.
     */
    DISCOUNTED_PROFIT,
    CUMULATIVE_SPEND, PROFIT_PER_SPEND,
    ACQUIRED_ADVERTISING, ACQUIRED_DISCOUNT, ACQUIRED_REFERRAL, ACQUIRED_WORD_OF_MOUTH, ACQUIRED_ORGANIC,
    REFERRAL_SHARE, VIRAL_COEFFICIENT, REFERRAL_DEPTH,
    FOLLOWERS, ENGAGED_RATIO, TRIBE_COHESION, MARKET_SHARE, CLV,
    /** Share of the planned lever money the budget granted, from week 0; 1 while nothing was planned. */
    PLAN_CARRIED_OUT,
    /** The week the budget ran out in, once it has cut the plan; 0 until then. */
    BUDGET_USED_UP_WEEK,
    /** Planned discount weeks that did not run for want of budget, from week 0. */
    DISCOUNT_WEEKS_MISSED,
    /** Discount lines of the plan with a planned week that did not run, from week 0. */
    DISCOUNT_WINDOWS_MISSED,
    /** Cumulative profit minus the baseline's, same replication. */
    INCREMENTAL_CUMULATIVE_PROFIT,
    /** Discounted profit (net present value) minus the baseline's, same replication. */
    INCREMENTAL_DISCOUNTED_PROFIT,
    /** Net revenue summed from week 0, minus the baseline's: a running sum of the {@link #REVENUE} difference. */
    INCREMENTAL_REVENUE,
    /** Customers minus the baseline's. */
    INCREMENTAL_CUSTOMERS,
    /** Members minus the baseline's. */
    INCREMENTAL_MEMBERS;

    private final String column = name().toLowerCase(Locale.ROOT);

    /** Whether the model observes this metric (else the experiment derives it against the baseline). */
    public boolean observed() {
        return baselineSource() == null;
    }

    /** The observed metric an incremental one is the difference of, or null for an observed metric. */
    public Metric baselineSource() {
        return switch (this) {
            case INCREMENTAL_CUMULATIVE_PROFIT -> CUMULATIVE_PROFIT;
            case INCREMENTAL_DISCOUNTED_PROFIT -> DISCOUNTED_PROFIT;
            case INCREMENTAL_REVENUE -> REVENUE;
            case INCREMENTAL_CUSTOMERS -> CUSTOMERS;
            case INCREMENTAL_MEMBERS -> MEMBERS;
            default -> null;
        };
    }

    /**
     * The metrics a run's series holds: every applicable one ({@link #notApplicable}), or the
     * observed ones alone when there is no baseline to difference.
     */
    public static List<Metric> recorded(boolean baseline, Mechanisms mechanisms) {
        return Arrays.stream(values()).filter(m -> baseline || m.observed())
                .filter(m -> m.notApplicable(mechanisms).isEmpty()).toList();
    }

    /**
     * Why this metric does not apply under these mechanisms, or empty when it does. A metric does
     * not apply when a mechanism it measures is off: it is then the same for every strategy by
     * construction (trust stays 0.5, nobody joins, nobody is referred), and a comparison on it
     * would name a winner of a race nobody ran. The one place that decides it.
     */
    public Optional<String> notApplicable(Mechanisms m) {
        return switch (this) {
            case TRUST, NPS -> off(m.trust().enabled(), "mechanisms.trust is off: trust stays 0.5");
            case MEMBERS, ADVOCATES, ENGAGED_RATIO, TRIBE_COHESION, INCREMENTAL_MEMBERS ->
                    off(m.membership().enabled(), "mechanisms.membership is off: nobody joins");
            case ACQUIRED_REFERRAL, REFERRAL_SHARE, VIRAL_COEFFICIENT, REFERRAL_DEPTH ->
                    // Referrals are advocates' talk: they need both talk and advocates.
                    off(m.wordOfMouth().enabled(), "mechanisms.word_of_mouth is off: nobody talks, so nobody is referred")
                            .or(() -> off(m.membership().enabled(), "mechanisms.membership is off: no advocates refer"));
            default -> Optional.empty();
        };
    }

    private static Optional<String> off(boolean enabled, String reason) {
        return enabled ? Optional.empty() : Optional.of(reason);
    }

    /** The name used in outputs and in {@code outputs.objective}. */
    public String column() {
        return column;
    }

    public static Set<String> names() {
        return Arrays.stream(values()).map(Metric::column).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static Metric byColumn(String name) {
        for (Metric m : values()) {
            if (m.column.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no metric " + name);
    }

    /** The metric counting consumers at {@code stage}. */
    static Metric countOf(Stage stage) {
        return values()[stage.ordinal()];
    }

    /** The metric of one lever's cost in the tick. */
    static Metric costOf(Lever lever) {
        return values()[ADVERTISING_COST.ordinal() + lever.ordinal()];
    }

    /** The metric counting acquisitions through {@code channel}. */
    static Metric acquiredBy(Channel channel) {
        return values()[ACQUIRED_ADVERTISING.ordinal() + channel.ordinal()];
    }
}
