package dev.rapport.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Processes 3 to 5 of a tick for every consumer, in order: listening to contacts
 * ({@link Hearing}: ahead a block of consumers at a time, or, where {@link Talkers} are kept, only
 * when a decision asks: see {@link ConsumerTick}), half a tick of trust's evidence
 * ({@link Evidence}), then the decisions: an active customer lives its part of the tick
 * ({@link CustomerLife}: purchases and deliveries in {@link Purchases}, stage moves in
 * {@link StageMoves}), while a consumer who buys no brand may hear of brands ({@link Awareness}) and
 * try one ({@link Trial}); brands a consumer neither buys nor could try get their passive moves; and
 * the second half of the tick's evidence ({@link Decider}).
 *
 * <p>Within the tick a consumer's own process runs in continuous time (events at exponential times,
 * rates recomputed after each), holding what it hears and the brands' offers at their
 * start-of-tick values. Every consumer draws from its own stream for the tick (see
 * {@link StreamRandom}), so that one consumer's events never shift another's draws and common
 * random numbers line up across strategies.
 *
 * <p>With several workers the consumers are decided by all of them ({@link Relay}), the results the
 * same to the bit as in order on one thread. Listening when asked, a consumer whose tick the bounds on
 * what it heard show to leave it as it was is settled without the processes ({@link Decider#passesBy}),
 * and in later ticks from its draws and the bound then kept ({@link Lulls}, {@link Decider#sieve}),
 * each block of consumers sieved before it is decided.
 */
final class DecisionStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final MarketModel m;
    private final Listening listening;
    /** The run's own thread's decisions, with one worker. */
    private final Decider decider;
    /** The decisions shared among the workers, or null with one. */
    private final Relay relay;
    /** With one worker, the consumers of a block left to decide ({@link Decider#sieve}). */
    private final int[] pending;

    /** Wires the processes to the model's arrays, which {@link MarketModel#start} has built. */
    DecisionStep(MarketModel model) {
        this.m = model;
        listening = model.listening;
        double[] atListShare = Trial.atListShares(model);
        if (listening.workers() > 1) {
            relay = new Relay(model, listening, () -> new Decider(model, atListShare));
            decider = null;
        } else {
            relay = null;
            decider = new Decider(model, atListShare);
        }
        pending = relay == null ? new int[Math.min(model.size, Listening.BLOCK)] : null;
    }

    @Override
    public void step(SimState state) {
        listening.beginTick();
        if (m.lulls != null) {
            LeverEffects levers = m.brands[0].levers; // lulls are kept in single-brand markets only
            m.lulls.beginTick(levers, m.voices.loudest[0], m.voices.loudestCustomer[0], Evidence.shouting(m.mech.advertising(), levers),
                    listening.whenAsked() != null);
        }
        if (relay != null) {
            relay.decide(m.tick(), m.week());
            return;
        }
        decider.beginTick(m.tick(), m.week());
        Hearing asked = listening.whenAsked();
        if (asked != null) {
            for (int from = 0; from < m.size; from += Listening.BLOCK) {
                int count = decider.sieve(from, Math.min(m.size, from + Listening.BLOCK), pending);
                for (int n = 0; n < count; n++) {
                    int i = pending[n] < 0 ? ~pending[n] : pending[n]; // in order all the same
                    if (!decider.passesBy(i, asked)) {
                        decider.t.listenWhenAsked(asked, i);
                        decider.decide(i);
                    }
                }
            }
            return;
        }
        int stride = listening.stride();
        for (int from = 0; from < m.size; from += Listening.BLOCK) {
            double[] heard = listening.block(from);
            int to = Math.min(m.size, from + Listening.BLOCK);
            for (int i = from; i < to; i++) {
                decider.t.hear(heard, (i - from) * stride);
                decider.decide(i);
            }
        }
    }

    /** Consumer-ticks decided out of order so far (see {@link Relay}); 0 with one worker. */
    long decidedAlone() {
        return relay == null ? 0 : relay.decidedAlone();
    }

    /** Consumer-ticks settled at bounds so far, by every worker ({@link Decider#passesBy}). */
    long passedBy() {
        return relay == null ? decider.passedBy() : relay.passedBy();
    }

    /** Consumer-ticks settled at kept bounds so far ({@link Lulls}), by every worker. */
    long lulled() {
        return relay == null ? decider.lulled() : relay.lulled();
    }

    /** Customers' quiet ticks settled at kept bounds so far ({@link Lulls}), by every worker. */
    long lulledCustomers() {
        return relay == null ? decider.lulledCustomers() : relay.lulledCustomers();
    }

    /** Ticks held back so far to be decided in order (see {@link Relay}); 0 with one worker. */
    long heldBack() {
        return relay == null ? 0 : relay.heldBack();
    }
}
