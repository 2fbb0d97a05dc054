package dev.rapport.model;

/**
 * A brand's money for the horizon, in cents so that accounting is exact. Each tick the plan
 * reserves an allowance per lever; the processes charge what they actually use against it; what
 * is left returns to the budget when the tick settles. Deliveries that a tick's demand pushes past
 * its allowance borrow from the unreserved budget against the lever's next allowances. Discounts charge the unreserved budget purchase by purchase. Nothing is ever charged
 * beyond what remains, so cumulative spend never exceeds the budget.
 */
final class Budget {
    static final long UNLIMITED = Long.MAX_VALUE / 4;

    private final long total;
    private long spent;
    private long reserved;
    private final long[] allowance = new long[Lever.COUNT];
    private final long[] used = new long[Lever.COUNT];
    private final long[] kept = new long[Lever.COUNT];
    /** What each lever borrowed beyond its allowances, repaid from its next ones. */
    private final long[] owed = new long[Lever.COUNT];
    /** Each lever's want at its last reservation: the most it may owe. */
    private final long[] lastWant = new long[Lever.COUNT];
    /** Lever money asked for that the budget could not grant, from week 0. */
    private long refused;

    Budget(long totalCents) {
        this.total = totalCents;
    }

    static long cents(double money) {
        return Math.round(money * 100.0);
    }

    /** Money not yet spent nor reserved. */
    long free() {
        return total - spent - reserved;
    }

    long spent() {
        return spent;
    }

    long total() {
        return total;
    }

    /** Lever money {@link #reserve} could not grant for want of budget, from week 0. */
    long refused() {
        return refused;
    }

    /**
     * Reserves up to {@code wantCents} for {@code lever} this tick, less what the lever still owes
     * (see {@link #chargeOrBorrow}); returns what was granted.
     */
    long reserve(Lever lever, long wantCents) {
        int l = lever.ordinal();
        lastWant[l] = Math.max(0, wantCents);
        long repaid = Math.min(owed[l], Math.max(0, wantCents));
        owed[l] -= repaid;
        long grant = Math.max(0, Math.min(wantCents - repaid, free()));
        refused += Math.max(0, wantCents - repaid - grant);
        allowance[l] += grant;
        reserved += grant;
        return grant;
    }

    long allowance(Lever lever) {
        return allowance[lever.ordinal()];
    }

    long remainingAllowance(Lever lever) {
        return allowance[lever.ordinal()] - used[lever.ordinal()];
    }

    /** Charges {@code cents} to the lever's allowance if it fits; returns whether it did. */
    boolean charge(Lever lever, long cents) {
        int l = lever.ordinal();
        if (cents < 0 || used[l] + cents > allowance[l]) {
            return false;
        }
        used[l] += cents;
        return true;
    }

    /**
     * Charges {@code cents} to the lever's allowance, or beyond it to the unreserved budget, to be
     * repaid from the lever's next allowances; false if the lever would owe more than one tick's
     * want or the budget cannot pay. For actions bought one consumer at a time at a rate set from
     * the allowance (deliveries): with a hard allowance, the consumers visited last in a tick would
     * go without whenever the tick's Poisson demand ran over, always the same ones; borrowing
     * absorbs that noise and keeps the lever's spend on plan over the weeks. The cap keeps it from
     * funding demand that outruns the plan for good. It is one tick's want, or one unit when a unit
     * costs more than that: a response that costs more than a day's listening allowance could
     * otherwise never be bought on daily ticks, and daily ticks would answer fewer criticisms than
     * weekly ones on the same plan.
     */
    boolean chargeOrBorrow(Lever lever, long cents) {
        if (charge(lever, cents)) {
            return true;
        }
        int l = lever.ordinal();
        long over = used[l] + cents - allowance[l];
        if (cents < 0 || over > free() || owed[l] + over > Math.max(lastWant[l], cents)) {
            return false;
        }
        allowance[l] += over;
        reserved += over;
        used[l] += cents;
        owed[l] += over;
        return true;
    }

    /** Charges {@code cents} to the unreserved budget if it fits (discounts, crisis responses). */
    boolean chargeFree(long cents) {
        if (cents < 0 || cents > free()) {
            return false;
        }
        spent += cents;
        return true;
    }

    /**
     * Keeps up to {@code cents} of the lever's unused allowance reserved into the next tick's
     * allowance instead of returning it: money set aside for actions that cost more than a short
     * tick's allowance (an introduction, a delivery), so that how many are bought per week does
     * not depend on the tick length.
     */
    void keep(Lever lever, long cents) {
        kept[lever.ordinal()] += Math.max(0, cents);
    }

    /**
     * Returns to the budget what a lever carried into this tick ({@link #keep}), at the start of a
     * tick in which no plan line of the lever runs: a line that has ended spends nothing more, not
     * even money it set aside for a purchase it could not yet afford.
     */
    void release(Lever lever) {
        int l = lever.ordinal();
        long unused = allowance[l] - used[l];
        reserved -= unused;
        allowance[l] = used[l];
    }

    /**
     * Ends the tick: used allowances become spent, unused ones return except what {@link #keep}
     * carries into the next tick. Returns lever spend in the tick.
     */
    long settle() {
        return settle(null);
    }

    /**
     * As {@link #settle()}, and adds each lever's spend in the tick to {@code byLever} (indexed by
     * {@link Lever} ordinal) when it is given.
     */
    long settle(long[] byLever) {
        long leverSpend = 0;
        for (int l = 0; l < Lever.COUNT; l++) {
            leverSpend += used[l];
            if (byLever != null) {
                byLever[l] += used[l];
            }
            long carried = Math.min(kept[l], allowance[l] - used[l]);
            reserved -= allowance[l] - carried;
            allowance[l] = carried;
            used[l] = 0;
            kept[l] = 0;
        }
        spent += leverSpend;
        return leverSpend;
    }
}
