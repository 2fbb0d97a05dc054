package dev.rapport.bench;

import dev.rapport.model.network.Network;
import dev.rapport.model.network.NetworkFactory;
import dev.rapport.scenario.NetworkSpec;
import ec.util.MersenneTwisterFast;
import java.util.Optional;

/**
 * The reduced model the MASON comparison runs three ways ({@link BassMason}, {@link BassArrays},
 * and Rapport on bass-small-world.yaml): Bass diffusion with innovation p and imitation q from the
 * adopted share of one's own contacts, one tick a week, each consumer adopting in a tick with the
 * stepped hazard 1 − exp(−(p + q·F)·dt), F read from the state at the tick's start (synchronous
 * update, as Rapport decides), on a Watts–Strogatz network of degree 20.
 */
final class Bass {
    /** Innovation, per week (scenarios/validation, Bass 1969's p). */
    static final double P = 0.03;
    /** Imitation, per week (Bass's q). */
    static final double Q = 0.38;
    /** Tick length in weeks. */
    static final double DT = 1.0;
    /** Weeks a run lasts before it starts over: the validation cases' horizon, by which nearly all adopted. */
    static final int WEEKS = 30;
    /** Rewiring probability of the small world, as the flagship's. */
    static final double REWIRE = 0.1;
    /** Marks a consumer who has not adopted. */
    static final int NEVER = Integer.MAX_VALUE;

    private Bass() {
    }

    /** Probability of adopting within one tick when a share {@code adoptedShare} of one's contacts have adopted. */
    static double adoption(double adoptedShare) {
        return -Math.expm1(-(P + Q * adoptedShare) * DT);
    }

    /**
     * A Watts–Strogatz network of degree 20 made by Rapport's own generator, all ties weak: the
     * graph the MASON and array versions run on (Rapport's run builds the same kind from its scenario).
     */
    static Network smallWorld(int consumers, long seed) {
        return NetworkFactory.build(new NetworkSpec.WattsStrogatz(Scenarios.DEGREE, REWIRE, 0), consumers,
                new byte[consumers], 1, Optional.empty(), new MersenneTwisterFast(seed));
    }
}
