package dev.rapport.model;

import java.util.Arrays;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Processes 3 to 5 of a tick for every consumer, in order: listening to contacts
 * ({@link Hearing}, done ahead a block of consumers at a time by {@link Listening}, or, with no
 * spare thread in a single-brand market, only when a decision asks: see {@link ConsumerTick}),
 * half a tick of trust's evidence ({@link Evidence}), then the decisions: an
 * active customer lives its part of the tick ({@link CustomerLife}: purchases and deliveries in
 * {@link Purchases}, stage moves in {@link StageMoves}), while a consumer who buys no brand may hear
 * of brands ({@link Awareness}) and try one ({@link Trial}); brands a consumer neither buys nor
 * could try get their passive moves; and the second half of the tick's evidence.
 *
 * <p>Within the tick a consumer's own process runs in continuous time (events at exponential times,
 * rates recomputed after each), holding what it hears and the brands' offers at their
 * start-of-tick values. Every consumer draws from its own stream for the tick (see
 * {@link StreamRandom}), so that one consumer's events never shift another's draws and common
 * random numbers line up across strategies.
 */
final class DecisionStep implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Key of the stream a consumer adopting mid-tick draws the rest of its tick from. */
    private static final long REST_STREAM = 0x5EED_00A5L;
    /** Most rounds of adopting and lapsing a consumer lives within one tick. */
    private static final int MOST_ROUNDS = 4;

    private final MarketModel m;
    private final int k;
    private final double dt;
    private final ConsumerTick t;
    private final Listening listening;
    private final Evidence evidence;
    private final Goodwill goodwill;
    private final Awareness awareness;
    private final Trial trial;
    private final CustomerLife life;
    private final StageMoves moves;

    /** Wires the processes to the model's arrays, which {@link MarketModel#start} has built. */
    DecisionStep(MarketModel model) {
        this.m = model;
        this.k = model.brandCount;
        this.dt = model.dt;
        t = new ConsumerTick(k);
        listening = model.listening;
        evidence = new Evidence(model, t);
        goodwill = new Goodwill(model);
        awareness = new Awareness(model, t);
        Purchases purchases = new Purchases(model, t);
        moves = new StageMoves(model, t, evidence, purchases);
        life = new CustomerLife(model, t, evidence, purchases, moves);
        trial = new Trial(model, t, evidence, new Acquisition(model, t, purchases));
    }

    @Override
    public void step(SimState state) {
        t.tick = m.tick();
        t.week = m.week();
        int stride = listening.stride();
        listening.beginTick();
        Hearing asked = listening.whenAsked();
        if (asked != null) {
            for (int i = 0; i < m.size; i++) {
                t.listenWhenAsked(asked, i);
                decide(i);
            }
            return;
        }
        for (int from = 0; from < m.size; from += Listening.BLOCK) {
            double[] heard = listening.block(from);
            int to = Math.min(m.size, from + Listening.BLOCK);
            for (int i = from; i < to; i++) {
                t.hear(heard, (i - from) * stride);
                decide(i);
            }
        }
    }

    /** Consumer i's tick, once {@link #t} holds what it heard. */
    private void decide(int i) {
        // Half the tick's evidence and goodwill before the decisions and half after (see Evidence).
        evidence.halfTick(i);
        goodwill.halfTick(i);
        t.rng.reset(m.dynamicsKey, t.tick, i);
        int active = m.consumers.activeBrand(i);
        int acquired = -1;
        Arrays.fill(t.since, 0);
        double lapsedAt = dt;
        if (active >= 0) {
            lapsedAt = life.live(i, active, dt);
        } else {
            awareness.awaken(i);
            acquired = trial.trial(i);
        }
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
    }

    /** Brand b for a consumer not buying it: awareness and forgetting, or detraction and recovery. */
    private void passive(int i, int b) {
        int p = i * k + b;
        double u = t.rng.nextDouble();
        byte st = m.consumers.stage[p];
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
