package dev.rapport.model;

import dev.rapport.scenario.LeverSpec;
import dev.rapport.scenario.Mechanisms;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 1 and 2 of a tick: each brand applies its plan for this tick and pays for it, and
 * advertising becomes pressure. A lever whose mechanism is switched off neither acts nor costs.
 *
 * <p>Advertising: the week's spend buys impressions at the cost per thousand; pressure is
 * impressions per person per week, carried over by a normalised geometric adstock
 * A ← A·c^dt + (1 − c^dt)·x (so a steady spend gives A = x whatever the tick: the exact solution of
 * dA/dt = ln(1/c)·(x − A) over a tick of constant spend); within the tick consumers feel the
 * adstock averaged over the tick, and its effect is the Hill function A^S / (A^S + K^S) (Meridian, Robyn), or A / K without saturation.
 */
final class PlanStep implements Steppable {
    private static final long serialVersionUID = 1L;
    /** A month, in weeks: how far back listening looks to judge how many criticisms to expect. */
    private static final double CRITICISM_MEMORY_WEEKS = 4;

    @Override
    public void step(SimState state) {
        MarketModel m = (MarketModel) state;
        double week = m.week();
        Mechanisms mech = m.mech;
        for (BrandState brand : m.brands) {
            learnCriticismRate(m, brand);
        }
        countStarts(m);
        int tick = m.tick();
        for (BrandState brand : m.brands) {
            double[] perWeek = new double[Lever.COUNT];
            boolean[] running = new boolean[Lever.COUNT];
            double depth = 0;
            double listeningShare = 0;
            brand.planRecord.tickStarts(tick, brand.budget.free() > 0);
            for (int line = 0; line < brand.plan.size(); line++) {
                LeverSpec lever = brand.plan.get(line);
                if (!lever.weeks().contains(week)) {
                    continue;
                }
                if (lever instanceof LeverSpec.Discount d) {
                    depth = Math.max(depth, d.depth());
                    continue;
                }
                LeverSpec.Money money = (LeverSpec.Money) lever;
                Lever kind = Lever.of(money);
                if (!kind.enabledIn(mech)) {
                    continue;
                }
                perWeek[kind.ordinal()] += brand.weeklySpend[line];
                running[kind.ordinal()] = true;
                if (lever instanceof LeverSpec.Listening l) {
                    listeningShare = Math.max(listeningShare, l.share());
                }
            }
            // Reserve in a fixed lever order so a binding budget is shared the same way every run.
            long[] granted = new long[Lever.COUNT];
            for (Lever lever : Lever.values()) {
                if (!running[lever.ordinal()]) {
                    brand.budget.release(lever);
                }
                long want = plannedCents(brand, lever, perWeek[lever.ordinal()] * m.dt);
                long refusedBefore = brand.budget.refused();
                granted[lever.ordinal()] = brand.budget.reserve(lever, want);
                brand.planRecord.lever(tick, want, brand.budget.refused() - refusedBefore);
            }
            brand.levers.discountDepth = mech.discount().enabled() && brand.budget.free() > 0 ? depth : 0;
            if (mech.discount().enabled()) {
                recordDiscounts(brand, week, tick, depth > 0 && brand.levers.discountDepth == 0);
            }
            brand.levers.listeningShare = listeningShare;
            // A response costs more than a short tick's listening allowance may hold: what is left
            // (up to one response) stays for the next tick, so daily ticks answer as many a week.
            brand.budget.keep(Lever.LISTENING, m.units.responseCents());
            listening(m, brand);
            advertising(m, brand);
            paidReach(m, brand);
            valueDelivery(m, brand);
            community(m, brand, granted[Lever.COMMUNITY.ordinal()]);
            brand.levers.tickJoins = 0;
            advocateProgramme(m, brand);
        }
    }

    /** Tells the plan record which discount lines were planned this tick and whether they ran. */
    private static void recordDiscounts(BrandState brand, double week, int tick, boolean missed) {
        for (int line = 0; line < brand.plan.size(); line++) {
            LeverSpec lever = brand.plan.get(line);
            if (lever instanceof LeverSpec.Discount d && d.depth() > 0 && lever.weeks().contains(week)) {
                brand.planRecord.discount(tick, line, !missed);
            }
        }
        if (missed) {
            brand.planRecord.discountTickMissed();
        }
    }

    /**
     * This tick's want of a lever in cents: the plan's money to date rounded to the cent, less what
     * earlier ticks asked. Rounding each tick's amount instead would drift by up to half a cent a
     * tick (a budget share of 3000 over 26 weeks asks 115.3846... a week), so a line would not
     * spend exactly what it was given.
     */
    private static long plannedCents(BrandState brand, Lever lever, double money) {
        int l = lever.ordinal();
        if (money <= 0) {
            return 0;
        }
        brand.plannedMoney[l] += money;
        long toDate = Budget.cents(brand.plannedMoney[l]);
        long want = toDate - brand.plannedCents[l];
        brand.plannedCents[l] = toDate;
        return want;
    }

    /**
     * Folds last tick's criticisms into the brand's criticisms per active customer per week, an
     * exponential average over about a month of weeks whatever the tick (so weekly and daily
     * ticks plan from the same evidence). Per customer, so that a growing base does not leave
     * the estimate behind.
     */
    private static void learnCriticismRate(MarketModel m, BrandState brand) {
        if (m.tick() > 1 && brand.activeAtStart > 0) {
            double seen = brand.levers.tickCriticisms / (brand.activeAtStart * m.dt);
            double weight = -Math.expm1(-m.dt / CRITICISM_MEMORY_WEEKS);
            brand.levers.criticismRate = Double.isNaN(brand.levers.criticismRate) ? seen
                    : brand.levers.criticismRate + weight * (seen - brand.levers.criticismRate);
        }
        brand.levers.tickCriticisms = 0;
    }

    /**
     * The probability of answering a criticism this tick: the plan's share, or less when the
     * allowance cannot pay for that share of the criticisms expected from the active customers.
     * Before any criticism has been seen the brand answers its full share.
     */
    private static void listening(MarketModel m, BrandState brand) {
        double share = brand.levers.listeningShare;
        long costCents = m.units.responseCents();
        double affordable = brand.budget.allowance(Lever.LISTENING) / (double) costCents;
        double expected = Double.isNaN(brand.levers.criticismRate) ? 0
                : share * brand.levers.criticismRate * brand.activeAtStart * m.dt;
        brand.levers.answerProbability = share <= 0 || affordable <= 0 ? 0
                : expected <= affordable ? share : share * affordable / expected;
    }

    /** Per stage code, 1 for the stages counted as active customers, members and advocates, else 0. */
    private static final int[] ACTIVE = stageTable(Stage.CUSTOMER_CODE, Stage.MEMBER_CODE, Stage.ADVOCATE_CODE);
    private static final int[] MEMBER = stageTable(Stage.MEMBER_CODE);
    private static final int[] ADVOCATE = stageTable(Stage.ADVOCATE_CODE);

    private static int[] stageTable(byte... codes) {
        int[] table = new int[Byte.MAX_VALUE + 1];
        for (byte code : codes) {
            table[code] = 1;
        }
        return table;
    }

    private static void countStarts(MarketModel m) {
        Consumers c = m.consumers;
        int k = m.brandCount;
        byte[] stage = c.stage;
        for (int b = 0; b < k; b++) {
            // Added from tables rather than branched on: stages mix at random along the array, and a
            // branch per pair mispredicts for a fifth of a market.
            int active = 0;
            int members = 0;
            int advocates = 0;
            for (int p = b; p < stage.length; p += k) {
                byte st = stage[p];
                active += ACTIVE[st];
                members += MEMBER[st];
                advocates += ADVOCATE[st];
            }
            BrandState brand = m.brands[b];
            brand.activeAtStart = active;
            brand.membersAtStart = members;
            brand.advocatesAtStart = advocates;
            brand.ledger.activeWeeks(brand.activeAtStart * m.dt);
        }
    }

    private static void advertising(MarketModel m, BrandState brand) {
        Mechanisms.Advertising ad = m.mech.advertising();
        long cents = brand.budget.allowance(Lever.ADVERTISING);
        brand.budget.charge(Lever.ADVERTISING, cents);
        double impressions = cents / 100.0 / ad.costPerThousand() * 1000.0;
        double pressure = impressions / m.units.people(m.size) / m.dt;
        double keep = Math.pow(ad.carryover(), m.dt);
        double before = brand.levers.adstock;
        brand.levers.adstock = before * keep + (1 - keep) * pressure;
        // Consumers feel the adstock averaged over the tick, not its value at the tick's end:
        // A(s) = x + (A0 − x)·c^s, whose mean over [0, dt] is x + (A0 − x)(1 − c^dt)/(dt·ln(1/c)).
        // With the end-of-tick value a weekly tick would feel a rising or fading adstock half a
        // tick ahead of a daily one.
        double decay = -Math.log(ad.carryover());
        double a;
        if (decay <= 0) {
            a = before; // carryover 1: the stock never moves
        } else if (Double.isInfinite(decay)) {
            a = pressure; // carryover 0: no memory
        } else {
            a = pressure + (before - pressure) * (1 - keep) / (m.dt * decay);
        }
        brand.levers.tickPressure = Math.max(0, a);
        a = brand.levers.tickPressure;
        if (!ad.enabled() || a <= 0) {
            brand.levers.adEffect = 0;
        } else if (ad.saturation()) {
            double as = Math.pow(a, ad.hillShape());
            brand.levers.adEffect = as / (as + Math.pow(ad.halfSaturation(), ad.hillShape()));
        } else {
            brand.levers.adEffect = a / ad.halfSaturation();
        }
    }

    /** Buys followers among consumers who do not follow yet; they become aware. */
    private static void paidReach(MarketModel m, BrandState brand) {
        long costCents = m.units.followerCents();
        long wanted = brand.budget.allowance(Lever.PAID_REACH) / costCents;
        Consumers c = m.consumers;
        int k = m.brandCount;
        for (long f = 0; f < wanted; f++) {
            int p = -1;
            for (int attempt = 0; attempt < 8; attempt++) {
                int candidate = m.random.nextInt(m.size) * k + brand.index;
                if ((c.flags[candidate] & Consumers.FOLLOWER) == 0) {
                    p = candidate;
                    break;
                }
            }
            if (p < 0 || !brand.budget.charge(Lever.PAID_REACH, costCents)) {
                break;
            }
            c.flags[p] |= Consumers.FOLLOWER;
            if (c.stage[p] == Stage.UNAWARE_CODE) {
                c.stage[p] = Stage.AWARE_CODE;
            }
            if (m.lulls != null) {
                m.lulls.wake(p / k);
            }
        }
    }

    /** Deliveries per active customer per week that the allowance pays for (charged per delivery). */
    private static void valueDelivery(MarketModel m, BrandState brand) {
        Mechanisms.ValueDelivery vd = m.mech.valueDelivery();
        long allowance = brand.budget.allowance(Lever.VALUE_DELIVERY);
        if (allowance <= 0 || brand.activeAtStart == 0) {
            brand.levers.deliveryRate = 0;
            return;
        }
        double affordable = allowance / (double) m.units.deliveryCents() / brand.activeAtStart / m.dt;
        brand.levers.deliveryRate = Math.min(vd.maxPerWeek(), affordable);
        if (affordable < vd.maxPerWeek()) {
            // Deliveries are Poisson around what the allowance pays for, so some ticks leave money
            // unused: it stays for the next tick, or short ticks would deliver less per week.
            brand.budget.keep(Lever.VALUE_DELIVERY, allowance);
        }
    }

    /**
     * Community hosting: members (and advocates) covered this tick, at the scenario's cost per
     * member per week, from the allowance left after money kept back to welcome as many new
     * members as joined last tick (welcomes are charged one by one as members join, see
     * {@code mechanisms.community}). Coverage is the share of the tribe's hosting cost paid, as for
     * the advocate programme; it also buys introductions among the hosted, made by
     * {@link CommunityStep}.
     */
    private static void community(MarketModel m, BrandState brand, long grantedCents) {
        Mechanisms.Community cm = m.mech.community();
        long allowance = brand.budget.allowance(Lever.COMMUNITY);
        brand.levers.welcoming = grantedCents > 0 || allowance > 0;
        long welcomeCents = m.units.welcomeCents();
        long forWelcomes = Math.min(allowance, brand.levers.tickJoins * welcomeCents);
        int tribe = brand.membersAtStart + brand.advocatesAtStart;
        double wantCents = cm.costPerMember() * m.dt * 100 * m.units.people(tribe);
        long paid = Math.min(allowance - forWelcomes, (long) Math.ceil(wantCents));
        if (tribe > 0 && paid > 0 && brand.budget.charge(Lever.COMMUNITY, paid)) {
            brand.levers.hostingCoverage = Math.min(1, paid / wantCents);
        } else {
            brand.levers.hostingCoverage = 0;
        }
        if (!m.network.isComplete()) {
            brand.levers.introductionCredit += cm.introductionRate() * brand.levers.hostingCoverage * tribe * m.dt;
        }
        // A welcome costs more than a short tick's share may hold: keep up to two for the next tick.
        brand.budget.keep(Lever.COMMUNITY, 2 * welcomeCents);
    }

    /** Covers as many advocates as the allowance pays for this tick. */
    private static void advocateProgramme(MarketModel m, BrandState brand) {
        Mechanisms.AdvocateProgramme ap = m.mech.advocateProgramme();
        long allowance = brand.budget.allowance(Lever.ADVOCATE_PROGRAMME);
        int advocates = brand.advocatesAtStart;
        if (allowance <= 0) {
            brand.levers.programmeCoverage = 0;
            return;
        }
        // With no advocates yet the programme still exists (it recruits); it pays for one seat.
        // Seats are people: each advocate agent stands for market.size / population.size of them.
        // Coverage is the share of the seats' exact cost the allowance pays, not a whole number
        // of seats, whose rounding would cover fewer advocates with short ticks.
        double seats = Math.max(1, m.units.people(advocates));
        double wantCents = ap.costPerAdvocate() * m.dt * 100 * seats;
        long paid = Math.min(allowance, (long) Math.ceil(wantCents));
        if (paid > 0 && brand.budget.charge(Lever.ADVOCATE_PROGRAMME, paid)) {
            brand.levers.programmeCoverage = Math.min(1, paid / wantCents);
        } else {
            brand.levers.programmeCoverage = 0;
        }
    }
}
