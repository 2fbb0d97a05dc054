package dev.rapport.model;

/**
 * A brand's books in cents: the recording interval being booked, the tick until it settles, and
 * the run so far (profit, spend, customers acquired and referred).
 */
final class Ledger {
    /** What one recording interval booked. */
    static final class Interval {
        long revenue;
        /** Purchases, in agents. */
        long purchases;
        long cogs;
        long leverCost;
        /** Lever cost by {@link Lever} (ordinal); with {@link #responseCost} it sums to {@link #leverCost}. */
        final long[] leverCostBy = new long[Lever.COUNT];
        /** Crisis responses paid: lever cost that no plan line asked for. */
        long responseCost;
        long discountCost;
        /** Customers acquired, in agents, by {@link Channel}. */
        final long[] acquired = new long[Channel.values().length];
        long referred;
        /** Active customers times weeks, summed over the interval's ticks: the viral coefficient's denominator. */
        double activeWeeks;

        private void clear() {
            revenue = 0;
            purchases = 0;
            cogs = 0;
            leverCost = 0;
            java.util.Arrays.fill(leverCostBy, 0);
            responseCost = 0;
            discountCost = 0;
            java.util.Arrays.fill(acquired, 0);
            referred = 0;
            activeWeeks = 0;
        }
    }

    /** The interval being booked. */
    Interval interval = new Interval();
    /** The interval last closed (on a recording tick): what the observer reads. */
    Interval closed = new Interval();

    // This tick's money, until the tick settles.
    long tickRevenue;
    long tickCogs;
    long tickDiscount;
    long tickResponseCost;

    // Since the start of the run.
    long cumulativeProfit;
    /**
     * Each settled tick's profit in cents times its discount factor, summed: the present value at
     * week 0 of {@link #cumulativeProfit}. A double, since discounted cents are not whole; summed
     * in tick order within one run, so the same whatever the thread count.
     */
    double discountedProfit;
    long cumulativeSpend;
    long cumulativeAcquired;
    long cumulativeReferred;
    int maxReferralDepth;
    /** Customers ever acquired (starting customers included), in agents: CLV's denominator. */
    long everAcquired;

    /** One purchase: what the customer paid and what the product cost to make. */
    void sale(long paid, long unitCost) {
        interval.revenue += paid;
        tickRevenue += paid;
        interval.cogs += unitCost;
        tickCogs += unitCost;
        interval.purchases++;
    }

    /** Money a discount took off a purchase's list price. */
    void discount(long off) {
        interval.discountCost += off;
        tickDiscount += off;
    }

    /** What a crisis response cost, paid from the budget's free money. */
    void responseCost(long cents) {
        tickResponseCost += cents;
    }

    /** A customer's first acquisition by the brand ever. */
    void firstAcquisition() {
        everAcquired++;
    }

    /** An acquisition through {@code channel}. */
    void acquisition(Channel channel) {
        interval.acquired[channel.ordinal()]++;
        cumulativeAcquired++;
        if (channel == Channel.REFERRAL) {
            cumulativeReferred++;
            interval.referred++;
        }
    }

    /** A referral whose customer sits {@code depth} generations deep in its referral tree. */
    void referralDepth(int depth) {
        maxReferralDepth = Math.max(maxReferralDepth, depth);
    }

    /** Active customers at the tick's start times the tick's weeks. */
    void activeWeeks(double weeks) {
        interval.activeWeeks += weeks;
    }

    /**
     * Settles the tick: the levers' spend from the budget and any crisis response count as lever
     * cost; profit and spend accumulate, and the profit discounted by {@code discountFactor}; the
     * tick's amounts start again.
     *
     * @param discountFactor what a unit of money at the tick's end is worth at week 0
     */
    void settle(Budget budget, double discountFactor) {
        long leverSpend = budget.settle(interval.leverCostBy) + tickResponseCost;
        interval.responseCost += tickResponseCost;
        interval.leverCost += leverSpend;
        long profit = tickRevenue - tickCogs - leverSpend;
        cumulativeProfit += profit;
        discountedProfit += profit * discountFactor;
        cumulativeSpend += leverSpend + tickDiscount;
        tickRevenue = 0;
        tickCogs = 0;
        tickDiscount = 0;
        tickResponseCost = 0;
    }

    /** Closes the recording interval for the observer and starts a new one (swapped, not allocated). */
    void closeInterval() {
        Interval done = interval;
        interval = closed;
        closed = done;
        interval.clear();
    }
}
