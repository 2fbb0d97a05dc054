package dev.rapport.model;

import java.util.Arrays;

/**
 * One consumer's tick, processes 4 and 5, as {@link DecisionStep} describes it: the decision
 * processes wired to a {@link ConsumerTick} of their own, so that each thread of a run decides
 * with its own.
 *
 * <p>{@link #alone} lets a thread decide a consumer out of order ({@link Relay}). A consumer who buys
 * no brand and adopts none in a tick, or a customer whose tick its bound shows quiet (no purchase,
 * delivery or move), writes nothing but its own state (evidence, goodwill, a reference price, its
 * stages among the inactive ones) and reads nothing another consumer's tick writes: no budget, no
 * ledger, no other consumer's state (customers' bounds take the bond at its most rather than ask
 * whether the contact still buys). So whichever thread decides it, and whenever within the tick,
 * its state after the tick is the same to the bit. One who turns out to adopt, or a customer whose
 * tick may hold an event, is put back as it was and left to be decided in order, since purchases,
 * deliveries and moves book sales, charge budgets and change what others read.
 */
final class Decider {
    /** Key of the stream a consumer adopting mid-tick draws the rest of its tick from. */
    private static final long REST_STREAM = 0x5EED_00A5L;
    /** Most rounds of adopting and lapsing a consumer lives within one tick. */
    private static final int MOST_ROUNDS = 4;

    private final MarketModel m;
    private final Consumers c;
    private final int k;
    private final double dt;
    /** What the consumer at hand heard, its stream, and its brands' candidacy in the tick. */
    final ConsumerTick t;
    private final Evidence evidence;
    private final Goodwill goodwill;
    private final Awareness awareness;
    private final Trial trial;
    private final CustomerLife life;
    private final StageMoves moves;
    // The state a tick decided alone may write before an adoption shows it must wait, per brand.
    private final byte[] keptStage;
    private final float[] keptPositive;
    private final float[] keptNegative;
    private final float[] keptGoodwill;
    private final float[] keptReferencePrice;
    /** Whether {@link #passesBy} settles ticks (the model's {@link MarketModel#passersBy}). */
    private final boolean passersBy;
    /** The model's lulls ({@link Lulls}), or null where passers-by are not settled at bounds. */
    private final Lulls lulls;
    /** Consumer-ticks settled at bounds ({@link #passesBy}), those settled at kept bounds ({@link #sieve}) included. */
    private long passedBy;
    /** Consumer-ticks settled at kept bounds ({@link #sieve}), customers' apart. */
    private long lulled;
    /** Customers' quiet ticks settled at kept bounds ({@link #sieve}). */
    private long lulledCustomers;
    /** Consumer-ticks this decider decided out of order, and adoptions it held back to be decided in order. */
    private long decidedAlone;
    private long heldBack;

    /**
     * Wires the processes to the model's arrays, which {@link MarketModel#start} has built;
     * {@code atListShare} is {@link Trial#atListShares}'s, shared by every thread's decider.
     */
    Decider(MarketModel model, double[] atListShare) {
        this.m = model;
        this.passersBy = model.passersBy;
        this.lulls = model.passersBy ? model.lulls : null;
        this.c = model.consumers;
        this.k = model.brandCount;
        this.dt = model.dt;
        t = new ConsumerTick(k);
        evidence = new Evidence(model, t);
        goodwill = new Goodwill(model);
        awareness = new Awareness(model, t);
        Purchases purchases = new Purchases(model, t);
        moves = new StageMoves(model, t, evidence, purchases);
        life = new CustomerLife(model, t, evidence, purchases, moves);
        trial = new Trial(model, t, evidence, new Acquisition(model, t, purchases), atListShare);
        keptStage = new byte[k];
        keptPositive = new float[k];
        keptNegative = new float[k];
        keptGoodwill = new float[k];
        keptReferencePrice = new float[k];
    }

    /** Sets the tick under way. */
    void beginTick(int tick, double week) {
        t.tick = tick;
        t.week = week;
    }

    /**
     * Decides consumer i out of order if its tick writes only its own state (see the class comment);
     * returns whether it did. If not, its state is as it was, and it is to be decided in order ({@link #decide}).
     * What it heard is listened for with {@code asked} when first asked, or, with {@code asked}
     * null, is in {@code heard[at ..]} as {@link Hearing} wrote it.
     */
    boolean alone(int i, Hearing asked, double[] heard, int at) {
        if (asked != null && passesBy(i, asked)) {
            decidedAlone++;
            return true;
        }
        int base = i * k;
        for (int b = 0; b < k; b++) {
            keptStage[b] = c.stage[base + b];
            keptPositive[b] = c.positive[base + b];
            keptNegative[b] = c.negative[base + b];
            keptGoodwill[b] = c.goodwill[base + b];
            keptReferencePrice[b] = c.referencePrice[base + b];
        }
        if (asked != null) {
            t.listenWhenAsked(asked, i);
        } else {
            t.hear(heard, at);
        }
        t.outOfOrder = true;
        try {
            if (decide(i) != Trial.HELD) {
                decidedAlone++;
                return true;
            }
        } finally {
            t.outOfOrder = false;
        }
        for (int b = 0; b < k; b++) {
            c.stage[base + b] = keptStage[b];
            c.positive[base + b] = keptPositive[b];
            c.negative[base + b] = keptNegative[b];
            c.goodwill[base + b] = keptGoodwill[b];
            c.referencePrice[base + b] = keptReferencePrice[b];
        }
        heldBack++;
        return false;
    }

    /**
     * Settles consumer i's tick from the bounds on what it can have heard ({@code hearing}'s, without
     * listening) when the tick can only leave it as it was, and returns whether it did; if not,
     * nothing was written, and the tick is to be decided in full. That is the tick of a consumer who
     * buys no brand, holds no evidence or goodwill and hears no bad talk (so trust's and goodwill's
     * half ticks leave it as it is), and either has heard of no brand and, by its draws, hears of
     * none, or is aware of every brand, sees no shouting ads, and by its draws tries none and forgets
     * none: most consumers of most ticks. It makes {@link #decide}'s draws in {@link #decide}'s order
     * and tests them against the same bounds, so it settles a tick only as {@link #decide} would,
     * writing nothing; it spares the processes' bookkeeping, which for these ticks costs several
     * times the draws. A change to the draws {@link #decide} makes, or to their first tests, is a
     * change here too: {@code PassersByTest}, which runs the market both ways, fails otherwise. A
     * consumer it settles keeps its bound for later ticks ({@link Lulls}, {@link #sieve}), which test
     * the same draws: so a change here is a change there too ({@code LullsTest}).
     */
    boolean passesBy(int i, Hearing hearing) {
        if (!passersBy || !hearing.bounded(i) || hearing.mayHearNegative(i)) {
            return false;
        }
        int base = i * k;
        byte stage = c.stage[base];
        if (stage != Stage.AWARE_CODE && (stage != Stage.UNAWARE_CODE || !awareness.enabled())) {
            return false;
        }
        for (int b = 0; b < k; b++) {
            int p = base + b;
            if (c.stage[p] != stage || !evidence.leaves(p, b, false) || !goodwill.leaves(p)) {
                return false;
            }
        }
        t.rng.reset(m.dynamicsKey, t.tick, i);
        if (stage == Stage.UNAWARE_CODE) {
            // decide's draws: awareness's for each brand; trial's then has no candidate.
            double mostPositive = hearing.mostPositive(i);
            for (int b = 0; b < k; b++) {
                if (!awareness.outlastsMost(i, b, t.rng.nextDouble(), mostPositive)) {
                    return false;
                }
            }
        } else {
            // decide's draws: trial's, tested as trial tests it before listening (and two passed
            // over), then for each brand the passive one of awareness (and one passed over).
            double u = t.rng.nextDouble();
            if (!trial.outlastsMost(i, u, hearing.mostTribeVoice(i), hearing.mostCustomerVoice(i), hearing.mostShare(i))
                    && !trial.outlastsAttracted(i, u)) {
                return false;
            }
            t.rng.skip(2);
            for (int b = 0; b < k; b++) {
                if (awareness.mayForget(t.rng.nextDouble())) {
                    return false;
                }
                t.rng.skip(1);
            }
        }
        passedBy++;
        if (lulls != null && lulls.open() && lulls.keepsPassersBy()) {
            lull(i, stage, hearing);
        }
        return true;
    }

    /**
     * Keeps passer-by i's bound at the lulls' caps ({@link Lulls}): the hazard its trial draw is tested
     * against at its own attraction if aware ({@link Trial#mostAttracted}), the rate of hearing of the
     * brand if unaware (k is 1 where lulls are kept).
     */
    private void lull(int i, byte stage, Hearing hearing) {
        double adEffect = lulls.adEffectCap();
        double tribe = hearing.mostTribeVoice(i, lulls.loudestCap());
        double customers = hearing.mostCustomerVoice(i, lulls.loudestCustomerCap());
        lulls.stand(i, stage == Stage.UNAWARE_CODE ? awareness.rate(i, customers + tribe, adEffect)
                : trial.mostAttracted(i, tribe, customers, hearing.mostShare(i), adEffect, lulls.coverageCap()));
    }

    /**
     * Settles the ticks of consumers {@code from} to {@code to} (excluded) whose draws outlast their
     * kept bounds ({@link Lulls}), a passer-by's with {@link #passesBy}'s draws and tests, a
     * customer's with {@link CustomerLife#quiet}'s first draw and test (writing what its quiet tick
     * writes), and writes the others to {@code pending} in order, their bounds ended, to be decided;
     * returns how many it wrote. A customer whose first draw fell within its kept bound is written
     * as {@code ~i} (negative): its tick most likely holds an event, and is best decided in order
     * without first being tried alone ({@link #holdListened}); any consumer may be.
     */
    int sieve(int from, int to, int[] pending) {
        return sieve(from, to, pending, 0);
    }

    /** {@link #sieve(int, int, int[])} writing to {@code pending} from {@code n} on; returns how many it holds then. */
    int sieve(int from, int to, int[] pending, int n) {
        if (lulls == null || !lulls.open()) {
            for (int i = from; i < to; i++) {
                pending[n++] = i;
            }
            return n;
        }
        long key = m.dynamicsKey;
        int tick = t.tick;
        for (int i = from; i < to; i++) {
            double bound = lulls.standing(i);
            if (bound == Lulls.LATER) {
                bound = keepQuietBound(i);
            }
            if (bound == bound) { // not NaN: kept
                long start = StreamRandom.start(key, tick, i);
                byte stage = c.stage[i];
                if (Stage.active(stage)) {
                    // A customer's: decide's first draw, tested as CustomerLife.quiet tests it, at
                    // a trust its bound holds at.
                    if (life.outlastsKept(bound, StreamRandom.draw(start, 1))
                            && moves.clearOfThresholds(i, evidence.trustAfterQuietHalfTick(i))) {
                        keptQuietTick(i);
                        decidedAlone++;
                        lulledCustomers++;
                        continue;
                    }
                    // Most such ticks hold an event: to be held back at once (see pending).
                    lulls.wake(i);
                    pending[n++] = ~i;
                    continue;
                } else if (stage == Stage.UNAWARE_CODE
                        // passesBy's draws: an unaware consumer's of awareness; an aware one's of
                        // trial, two passed over, then of forgetting.
                        ? awareness.outlasts(bound, StreamRandom.draw(start, 1))
                        : trial.outlastsAttracted(bound, StreamRandom.draw(start, 1))
                                && !awareness.mayForget(StreamRandom.draw(start, 4))) {
                    passedBy++;
                    decidedAlone++;
                    lulled++;
                    continue;
                }
                lulls.wake(i);
            }
            pending[n++] = i;
        }
        return n;
    }

    /**
     * What {@link #decide} writes in customer i's quiet tick, in its order: half ticks of evidence
     * and goodwill around the reference price's step. By its kept bound's terms the customer hears
     * no bad talk and the ads do not shout (k is 1 where lulls are kept).
     */
    private void keptQuietTick(int i) {
        evidence.quietHalfTick(i);
        goodwill.halfTick(i);
        life.learnReferencePrice(i, 0, dt);
        evidence.quietHalfTick(i);
        goodwill.halfTick(i);
    }

    /**
     * Works out and keeps the bound on customer i's quiet ticks that its last tick decided in full
     * left to be worked out ({@link Lulls#LATER}), from its state now, as the tick left it but for
     * what woke no bound: its contacts' sums and the lulls' caps, read as they are now. The bound
     * can hold if its base ties fit a mask (ties added by introductions count as talking contacts,
     * {@link Hearing#mostShareKept}), no contact says anything bad, and trust is clear of the
     * thresholds ({@link CustomerLife#keptQuiet}); returns it, or NaN, ended, if it cannot hold or
     * i is no longer a customer. k is 1 where lulls are kept.
     */
    private double keepQuietBound(int i) {
        Hearing bounds = m.listening.whenAsked();
        if (Stage.active(c.stage[i]) && bounds != null && bounds.keepsBounds(i) && !bounds.mayHearNegative(i)
                && moves.clearOfThresholds(i, evidence.trustOf(i))) {
            lulls.stand(i, life.keptQuiet(i, 0, lulls, bounds.mostShareKept(i), goodwill.keptMost(i)));
        } else {
            lulls.wake(i);
        }
        return lulls.standing(i);
    }

    /**
     * Holds back customer i, written negative by {@link #sieve}, to be decided in order without being
     * tried alone: only listened for, with {@code asked}, so that what it heard is kept for its turn.
     */
    void holdListened(int i, Hearing asked) {
        t.listenWhenAsked(asked, i);
        t.listenNow();
        heldBack++;
    }

    /** Consumer-ticks settled at bounds so far, by {@link #passesBy} or {@link #sieve}. */
    long passedBy() {
        return passedBy;
    }

    /** Consumer-ticks {@link #sieve} settled at kept bounds so far. */
    long lulled() {
        return lulled;
    }

    /** Customers' quiet ticks {@link #sieve} settled at kept bounds so far. */
    long lulledCustomers() {
        return lulledCustomers;
    }

    /** Consumer-ticks decided out of order so far ({@link #alone}). */
    long decidedAlone() {
        return decidedAlone;
    }

    /** Ticks held back so far (adoptions, customers' events), their consumers put back to be decided in order. */
    long heldBack() {
        return heldBack;
    }

    /**
     * Consumer i's tick, once {@link #t} holds what it heard (or listens when asked); returns the
     * brand adopted first, -1 for none, or {@link Trial#HELD} if an adoption was held back, the
     * tick then left part done.
     */
    int decide(int i) {
        // Half the tick's evidence and goodwill before the decisions and half after (see Evidence).
        evidence.halfTick(i);
        goodwill.halfTick(i);
        t.rng.reset(m.dynamicsKey, t.tick, i);
        int active = c.activeBrand(i);
        int acquired = -1;
        Arrays.fill(t.since, 0);
        double lapsedAt = dt;
        if (active >= 0) {
            lapsedAt = life.live(i, active, dt);
            if (lapsedAt == CustomerLife.HELD) {
                return Trial.HELD;
            }
        } else {
            awareness.awaken(i);
            acquired = trial.trial(i);
            if (acquired == Trial.HELD) {
                return Trial.HELD;
            }
        }
        int first = acquired;
        for (int b = 0; b < k; b++) {
            if (b != active && b != acquired && t.since[b] == 0) {
                passive(i, b);
            }
        }
        // Adopting and lapsing chain within the tick: a new customer lives the rest of the
        // tick as one (purchases, value, moves), and a customer who lapses may be won back
        // in what is left. Each round draws from streams of its own, so that the draws
        // above line up across strategies whatever happens after them.
        for (int round = 0; round < MOST_ROUNDS; round++) {
            if (acquired < 0 && lapsedAt < dt) {
                acquired = trial.winBack(i, lapsedAt, round);
            }
            if (acquired < 0) {
                break;
            }
            t.rng.reset(m.dynamicsKey ^ (REST_STREAM + round), t.tick, i);
            lapsedAt = life.live(i, acquired, trial.restOfTick());
            acquired = -1;
        }
        evidence.halfTick(i);
        goodwill.halfTick(i);
        if (lulls != null && life.quietAtBounds() && Stage.active(c.stage[i])) {
            lulls.standLater(i); // worked out when next sieved, by whichever worker sieves it
        }
        return first;
    }

    /** Brand b for a consumer not buying it: awareness and forgetting, or detraction and recovery. */
    private void passive(int i, int b) {
        int p = i * k + b;
        double u = t.rng.nextDouble();
        byte st = c.stage[p];
        if (st == Stage.LAPSED_CODE || st == Stage.DETRACTOR_CODE) {
            moves.afterwards(p, dt, u, t.rng.nextDouble());
        } else {
            // Unaware or aware; an active stage here means the consumer adopted another brand this
            // tick. The second draw, a lapsed pair's, is passed over so later draws stay in place.
            t.rng.skip(1);
            awareness.passive(i, b, u);
        }
    }
}
