package dev.rapport.model;

import dev.rapport.scenario.WeekRange;
import java.util.ArrayList;
import java.util.List;

/**
 * One brand's customers whose first purchase fell in a span of weeks, by the channel of that first
 * acquisition: how many, how many of them have lapsed at least once since, and the margin they
 * have earned, discounted to their first purchase (the pair's {@code discountedMargin}, the same
 * sum {@link Metric#CLV} divides). Read from the consumers' state and the tick-end
 * {@link CustomerHistory} when asked, changing nothing. Counts and money are in people, as in the
 * outputs.
 *
 * @param weeks     the weeks the first purchases fell in
 * @param byChannel one tally per {@link Channel}, in its order
 */
public record Cohort(WeekRange weeks, List<Tally> byChannel) {

    /**
     * Customers of one channel (or of several pooled).
     *
     * @param customers people acquired
     * @param lapsed    of them, people who have lapsed at least once since (whether won back or not)
     * @param margin    their margin earned since the first purchase, discounted to it (money)
     * @param tenure    the weeks from their first purchase to when the cohort was read, summed (people-weeks)
     */
    public record Tally(double customers, double lapsed, double margin, double tenure) {
        public static final Tally NONE = new Tally(0, 0, 0, 0);

        /** Share of the customers who lapsed at least once; NaN without customers. */
        public double lapsedShare() {
            return customers == 0 ? Double.NaN : lapsed / customers;
        }

        /** Margin per customer (the cohort's customer value so far); NaN without customers. */
        public double value() {
            return customers == 0 ? Double.NaN : margin / customers;
        }

        /**
         * Margin per customer-week since the first purchase: customer value with the time each
         * had to earn it taken out, so that channels that acquire later in a span (word of mouth
         * grows as advertising fades) are not worth less only for having had less time. NaN
         * without customers.
         */
        public double valuePerWeek() {
            return tenure == 0 ? Double.NaN : margin / tenure;
        }

        Tally plus(Tally other) {
            return new Tally(customers + other.customers, lapsed + other.lapsed, margin + other.margin,
                    tenure + other.tenure);
        }
    }

    public Cohort {
        if (byChannel.size() != Channel.values().length) {
            throw new IllegalArgumentException("one tally per channel, got " + byChannel.size());
        }
        byChannel = List.copyOf(byChannel);
    }

    /** The customers of these channels, pooled. */
    public Tally of(Channel... channels) {
        Tally sum = Tally.NONE;
        for (Channel ch : channels) {
            sum = sum.plus(byChannel.get(ch.ordinal()));
        }
        return sum;
    }

    /** Every channel but these, pooled. */
    public Tally allBut(Channel... channels) {
        Tally sum = Tally.NONE;
        for (Channel ch : Channel.values()) {
            if (!List.of(channels).contains(ch)) {
                sum = sum.plus(byChannel.get(ch.ordinal()));
            }
        }
        return sum;
    }

    /**
     * Reads the cohort of brand {@code b} from the consumers' arrays.
     *
     * @param peoplePerAgent how many people an agent stands for
     */
    static Cohort read(Consumers c, CustomerHistory history, int b, WeekRange weeks, double peoplePerAgent, double now) {
        int k = c.brands;
        int channels = Channel.values().length;
        long[] customers = new long[channels];
        long[] lapsed = new long[channels];
        double[] margin = new double[channels];
        double[] tenure = new double[channels];
        for (int i = 0; i < c.size; i++) {
            int p = i * k + b;
            // Starting customers are stamped week 0, which no week range holds: they were never acquired in the run.
            if ((c.flags[p] & Consumers.EVER_ACQUIRED) == 0 || !weeks.contains(c.firstPurchaseWeek[p])) {
                continue;
            }
            int ch = history.firstChannel(p);
            if (ch == CustomerHistory.NONE) {
                continue; // acquired before the first tick ended: only starting customers, outside every range
            }
            customers[ch]++;
            if (history.lapses(p) > 0) {
                lapsed[ch]++;
            }
            margin[ch] += c.discountedMargin[p];
            tenure[ch] += now - c.firstPurchaseWeek[p];
        }
        List<Tally> tallies = new ArrayList<>(channels);
        for (int ch = 0; ch < channels; ch++) {
            // An agent's margin is its people's margin (as for CLV); its count is peoplePerAgent people.
            tallies.add(new Tally(customers[ch] * peoplePerAgent, lapsed[ch] * peoplePerAgent, margin[ch],
                    tenure[ch] * peoplePerAgent));
        }
        return new Cohort(weeks, tallies);
    }
}
