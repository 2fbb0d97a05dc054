package dev.rapport.bench;

import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;

/**
 * The Bass update of {@link Bass} written as MASON's own examples write a model (the Students
 * tutorial, Virus): a {@link SimState} holding an undirected {@link Network} field whose nodes are
 * the agents and whose {@link Edge}s are the ties, one {@link Steppable} per consumer scheduled
 * repeating (the schedule shuffles same-time agents each step with the state's
 * {@code MersenneTwisterFast}), each agent walking its edges' {@link Bag} and drawing from
 * {@code state.random}. An agent remembers the tick it adopted in, so every agent reads its
 * contacts' state at the tick's start whatever order the schedule steps them in.
 */
final class BassMason extends SimState {
    private static final long serialVersionUID = 1L;

    /** Who talks to whom: MASON's network field, undirected. */
    final Network contacts = new Network(false);
    private final Consumer[] consumers;

    /** Builds the agents and one {@link Edge} per tie of {@code network} (the field is built once, reused by every run). */
    BassMason(dev.rapport.model.network.Network network, long seed) {
        super(seed);
        int n = network.size();
        consumers = new Consumer[n];
        for (int i = 0; i < n; i++) {
            consumers[i] = new Consumer();
            contacts.addNode(consumers[i]);
        }
        for (int i = 0; i < n; i++) {
            for (int e = network.tiesFrom(i); e < network.tiesFrom(i + 1); e++) {
                int j = network.tieContact(e);
                if (i < j) {
                    contacts.addEdge(consumers[i], consumers[j], null);
                }
            }
        }
    }

    @Override
    public void start() {
        super.start();
        for (Consumer c : consumers) {
            c.adoptedTick = Bass.NEVER;
            schedule.scheduleRepeating(c);
        }
    }

    /** Share of consumers who have adopted. */
    double adoptedShare() {
        int n = 0;
        for (Consumer c : consumers) {
            if (c.adoptedTick != Bass.NEVER) {
                n++;
            }
        }
        return (double) n / consumers.length;
    }

    /** One consumer: adopts with the Bass hazard given the share of its contacts who adopted before this tick. */
    static final class Consumer implements Steppable {
        private static final long serialVersionUID = 1L;
        int adoptedTick = Bass.NEVER;

        @Override
        public void step(SimState state) {
            if (adoptedTick != Bass.NEVER) {
                return;
            }
            BassMason bass = (BassMason) state;
            int tick = (int) bass.schedule.getTime();
            // For an undirected network the out-edges are all of a node's edges.
            Bag edges = bass.contacts.getEdgesOut(this);
            int heard = 0;
            for (int k = 0; k < edges.numObjs; k++) {
                Consumer other = (Consumer) ((Edge) edges.objs[k]).getOtherNode(this);
                if (other.adoptedTick < tick) {
                    heard++;
                }
            }
            double share = edges.numObjs == 0 ? 0 : (double) heard / edges.numObjs;
            if (state.random.nextDouble() < Bass.adoption(share)) {
                adoptedTick = tick;
            }
        }
    }
}
