package dev.rapport.model;

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
 *
 * <p>With helper threads, a consumer who buys no brand and adopts none in the tick is decided by
 * whichever thread heard it ({@link Decider#alone}), and only the rest in order here: the results
 * are the same to the bit, since such a tick writes only the consumer's own state.
 */
final class DecisionStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final MarketModel m;
    private final Listening listening;
    /** The run's own thread's decisions. */
    private final Decider decider;

    /** Wires the processes to the model's arrays, which {@link MarketModel#start} has built. */
    DecisionStep(MarketModel model) {
        this.m = model;
        listening = model.listening;
        decider = listening.decideAhead(() -> new Decider(model));
    }

    @Override
    public void step(SimState state) {
        decider.beginTick(m.tick(), m.week());
        int stride = listening.stride();
        listening.beginTick(m.tick(), m.week());
        Hearing asked = listening.whenAsked();
        for (int from = 0; from < m.size; from += Listening.BLOCK) {
            double[] heard = listening.block(from);
            boolean[] decided = listening.decided(from);
            int to = Math.min(m.size, from + Listening.BLOCK);
            for (int i = from; i < to; i++) {
                if (decided[i - from]) {
                    continue;
                }
                if (asked != null) {
                    decider.t.listenWhenAsked(asked, i);
                } else {
                    decider.t.hear(heard, (i - from) * stride);
                }
                decider.decide(i);
            }
        }
    }
}
