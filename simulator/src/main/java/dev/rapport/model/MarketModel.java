package dev.rapport.model;

import dev.rapport.model.network.Network;
import dev.rapport.model.network.NetworkFactory;
import dev.rapport.scenario.BrandSpec;
import dev.rapport.scenario.EventSpec;
import dev.rapport.scenario.Mechanisms;
import dev.rapport.scenario.NetworkSpec;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import dev.rapport.scenario.WeekRange;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One replication of one strategy on a market, as a MASON {@link SimState}. The schedule runs the
 * tick's processes in a fixed order, each a {@code Steppable} of its own: the brands' plans
 * ({@link PlanStep}), who says what to whom ({@link ConversationStep}), every consumer's
 * decisions, purchases and experiences ({@link DecisionStep}), community introductions
 * ({@link CommunityStep}), events ({@link EventStep}), settling the books ({@link SettleStep}) and
 * observation ({@link ObservationStep}), which only reads.
 *
 * <p>Consumers decide synchronously: everything they react to (what contacts say, who buys,
 * advertising pressure) is taken from the state at the start of the tick, so the order in which
 * consumers are visited does not matter. Every transition is a hazard: a rate r per week turns
 * into the probability 1 − exp(−r·dt) in a tick of dt weeks, so the tick length is a numerical
 * choice, not a behavioural parameter.
 */
public final class MarketModel extends SimState {
    private static final long serialVersionUID = 1L;
    private static final long POPULATION_STREAM = 0x5EED_0001L;
    private static final long NETWORK_STREAM = 0x5EED_0002L;
    private static final long DYNAMICS_STREAM = 0x5EED_0003L;

    final transient RunSpec run;
    final transient Scenario scenario;
    /** The mechanisms' parameters; replaced only between ticks, by {@link Tuning}. */
    transient Mechanisms mech;
    final transient MetricSink sink;
    final int size;
    final int brandCount;
    final double dt;
    final int ticks;
    final boolean[] recordTick;
    final long dynamicsKey;
    /** People per agent and the per-agent costs of levers that pay per person. */
    final AgentUnits units;

    transient Consumers consumers;
    transient Network network;
    transient BrandState[] brands;
    transient Voices voices;
    /** Which contacts say anything this tick, for listening to those alone; null with several brands or complete mixing. */
    transient Talkers talkers;
    /** Kept bounds ({@link Lulls}), where talkers are kept and passers-by settled; else null. */
    transient Lulls lulls;
    /** What is kept of each pair's past (first channel, lapses) for cohort views. */
    transient CustomerHistory history;
    /** Threads that listen (the run's own included); results do not depend on it. */
    private final int workers;
    /** Listening ahead of the decisions, on {@link #workers} threads, or when asked with one. */
    transient Listening listening;
    /**
     * Whether ticks that bounds alone settle are settled without the decision processes
     * ({@link Decider#passesBy}); cleared only by tests that compare the two, before {@link #start}.
     */
    boolean passersBy = true;
    /** Every consumer's decisions; rebuilt when {@link Tuning} changes the mechanisms. */
    transient DecisionStep decisions;
    /** Crises a watcher asked for, struck by {@link EventStep} in the next tick. */
    final transient List<EventSpec.Crisis> crisesAsked = new ArrayList<>();

    /** One run on the calling thread alone. */
    public MarketModel(RunSpec run, MetricSink sink) {
        this(run, sink, 1);
    }

    /**
     * One run whose listening is shared among {@code workers} threads, the calling one included
     * (see {@link Listening}): the same results for any number, sooner when cores would otherwise
     * idle (fewer runs in flight than cores).
     */
    public MarketModel(RunSpec run, MetricSink sink, int workers) {
        super(run.replicationSeed());
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.workers = workers;
        this.run = run;
        this.scenario = run.scenario();
        this.mech = scenario.mechanisms();
        this.sink = sink;
        this.size = scenario.population().size();
        this.brandCount = scenario.brands().size();
        this.dt = scenario.time().tick().weeks();
        this.ticks = scenario.ticks();
        this.recordTick = recordTicks(scenario, ticks, dt);
        this.dynamicsKey = StreamRandom.mix(run.replicationSeed() ^ DYNAMICS_STREAM);
        this.units = AgentUnits.of(scenario);
    }

    @Override
    public void start() {
        super.start();
        populate(run.replicationSeed());
        brands = createBrands();
        countStartingCustomers();
        voices = new Voices(size, brandCount);
        talkers = Talkers.of(network, brandCount, mech.wordOfMouth().strongTieWeight(), consumers.talkativeness);
        lulls = talkers != null && passersBy ? new Lulls(consumers.stage, mech.awareness().enabled()) : null;
        if (talkers != null) {
            talkers.lulls = lulls;
        }
        history = new CustomerHistory(consumers.stage.length);
        if (listening != null) {
            listening.close();
        }
        crisesAsked.clear();
        listening = new Listening(this, workers);
        decisions = new DecisionStep(this);
        schedule.scheduleRepeating(Schedule.EPOCH + 1, 0, new PlanStep(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH + 1, 1, new ConversationStep(), 1.0);
        // Through the field, so that retuned mechanisms take effect from the next tick.
        schedule.scheduleRepeating(Schedule.EPOCH + 1, 2, (Steppable) state -> decisions.step(state), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH + 1, 3, new CommunityStep(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH + 1, 4, new EventStep(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH + 1, 5, new SettleStep(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH + 1, 6, new ObservationStep(), 1.0);
    }

    /**
     * Makes the consumers and lays their network. Each draws from a stream of its own, so with a
     * spare worker the network is laid on another thread while the consumers are made, unless its
     * blocks are the consumers' segments: the same two, sooner.
     */
    private void populate(long seed) {
        MersenneTwisterFast people = new MersenneTwisterFast(StreamRandom.mix(seed ^ POPULATION_STREAM));
        MersenneTwisterFast ties = new MersenneTwisterFast(StreamRandom.mix(seed ^ NETWORK_STREAM));
        NetworkSpec spec = scenario.network();
        int segments = scenario.population().segments().size();
        if (workers == 1 || NetworkFactory.needsSegments(spec)) {
            consumers = Population.create(scenario, people);
            network = NetworkFactory.build(spec, size, consumers.segment, segments, run.edges(), ties);
            return;
        }
        FutureTask<Network> laying = new FutureTask<>(
                () -> NetworkFactory.build(spec, size, null, segments, run.edges(), ties));
        Thread layer = new Thread(laying, "rapport-network");
        layer.setDaemon(true);
        layer.start();
        try {
            consumers = Population.create(scenario, people);
            network = laying.get();
        } catch (InterruptedException e) {
            laying.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while laying the network", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private BrandState[] createBrands() {
        List<BrandSpec> specs = scenario.brands();
        StrategySpec strategy = run.strategy();
        int played = run.strategyBrand();
        BrandState[] out = new BrandState[specs.size()];
        for (int b = 0; b < specs.size(); b++) {
            BrandSpec spec = specs.get(b);
            out[b] = b == played
                    ? new BrandState(b, spec, strategy.plan(), strategy.budget(), scenario.time(), units.peoplePerAgent())
                    : new BrandState(b, spec, spec.plan(), spec.budget(), scenario.time(), units.peoplePerAgent());
        }
        return out;
    }

    /**
     * Starting customers count as acquired (at week 0), so that CLV's denominator covers every
     * customer whose margin its numerator sums.
     */
    private void countStartingCustomers() {
        for (int p = 0; p < consumers.stage.length; p++) {
            if ((consumers.flags[p] & Consumers.EVER_ACQUIRED) != 0) {
                brands[p % brandCount].ledger.firstAcquisition();
            }
        }
    }

    /**
     * The ticks to record: tick 0, every {@code outputs.every_weeks}, each checkpoint week and the
     * horizon. Shared with the experiment layer so that it knows which ticks to expect.
     */
    public static boolean[] recordTicks(Scenario scenario, int ticks, double dt) {
        boolean[] record = new boolean[ticks + 1];
        int every = Math.max(1, (int) Math.round(scenario.outputs().everyWeeks() / dt));
        for (int t = 0; t <= ticks; t += every) {
            record[t] = true;
        }
        for (double week : scenario.outputs().checkpointsWeeks()) {
            record[checkpointTick(week, dt, ticks)] = true;
        }
        record[ticks] = true;
        return record;
    }

    /** The tick at which a checkpoint week is read: the first tick ending at or after it. */
    public static int checkpointTick(double week, double dt, int ticks) {
        return Math.min(ticks, (int) Math.ceil(week / dt - 1e-9));
    }

    /**
     * Bytes one run of this scenario holds at its peak: the consumers' arrays and the network, with
     * either the network generator's temporary arrays (while {@link #populate} lays it) or what is
     * made after them ({@link #start}: what the consumers say each tick, who talks, the kept bounds,
     * the customers' history, the trial shares), whichever is more; the temporary arrays are garbage
     * by then. Used to refuse runs that cannot fit in the heap before they start.
     */
    public static long estimateBytes(Scenario scenario, java.util.Optional<dev.rapport.scenario.EdgeListData> edges) {
        long n = scenario.population().size();
        int k = scenario.brands().size();
        long whileLaid = Consumers.bytesPerConsumer(k) + 4L * k;
        long madeAfter = 4L * Voices.STRIDE * k + CustomerHistory.bytesPerPair() * k + Trial.bytesPerPair() * k
                + (k == 1 ? Talkers.bytesPerConsumer() + Lulls.bytesPerConsumer() : 0);
        int size = (int) n;
        long madeAfterPerTieEnd = k == 1 ? Talkers.bytesPerTieEnd() : 0;
        return n * whileLaid + NetworkFactory.lastingBytes(scenario.network(), size, edges)
                + Math.max(NetworkFactory.temporaryBytes(scenario.network(), size, edges),
                        n * madeAfter + madeAfterPerTieEnd * NetworkFactory.tieEnds(scenario.network(), size, edges));
    }

    /** Runs the replication from the initial state to the horizon, reporting to the sink. */
    public void runToHorizon() {
        try {
            start();
            stepToHorizon();
        } finally {
            if (listening != null) {
                listening.close();
            }
        }
    }

    private void stepToHorizon() {
        recordStart();
        for (int t = 1; t <= ticks; t++) {
            if (!schedule.step(this)) {
                break;
            }
        }
        finish();
    }

    /**
     * Records tick 0, the state before the first tick, to the sink. {@link #runToHorizon()} does it
     * after {@link #start()}; a driver that steps the schedule itself (the GUI) calls it there too,
     * or its series lack the starting row.
     */
    public void recordStart() {
        // Week 0's interval has booked nothing; closing it shows the observer the empty books.
        for (BrandState brand : brands) {
            brand.ledger.closeInterval();
        }
        ObservationStep.observe(this, 0);
    }

    /** Whether {@link #start()} has built the market (consumers, network, brands). */
    public boolean isStarted() {
        return brands != null;
    }

    /** Number of ticks to the horizon. */
    public int ticks() {
        return ticks;
    }

    /** Ticks stepped so far: 0 after {@link #start()}, {@link #ticks()} at the horizon. */
    public int ticksDone() {
        return Math.max(0, tick());
    }

    /** The run this model plays. */
    public RunSpec runSpec() {
        return run;
    }

    /**
     * Replaces the mechanisms' parameters from the next tick on (between ticks only): the
     * processes that keep them are rebuilt, as {@link #start()} built them.
     */
    void retune(Mechanisms mechanisms) {
        mech = mechanisms;
        if (lulls != null) {
            lulls.wakeAll(); // they assumed the old parameters
        }
        listening.close();
        listening = new Listening(this, workers);
        decisions = new DecisionStep(this);
    }

    /** Ends the run and stops its listening threads, if any. */
    @Override
    public void finish() {
        super.finish();
        if (listening != null) {
            listening.close();
        }
    }

    /** The tick being stepped (1-based): the schedule's time. */
    int tick() {
        return (int) Math.round(schedule.getTime());
    }

    /** Simulated time at the end of the current tick, in weeks. */
    double week() {
        return tick() * dt;
    }

    /** Probability of a transition with total rate {@code rate} per week within one tick. */
    double probability(double rate) {
        return rate <= 0 ? 0 : -Math.expm1(-rate * dt);
    }

    public int size() {
        return size;
    }

    /** Read-only view for tests and tools: the stage of consumer i with brand b. */
    public Stage stage(int i, int b) {
        return Stage.of(consumers.stage[i * brandCount + b]);
    }

    /** Read-only view for tests and tools: consumer i's trust in brand b. */
    public double trust(int i, int b) {
        return consumers.trust(i * brandCount + b);
    }

    /**
     * Read-only view for tests and tools: brand b's customers whose first purchase fell in
     * {@code weeks}, by acquisition channel, as the state stands now (after
     * {@link #runToHorizon()}: at the horizon).
     */
    public Cohort cohort(int b, WeekRange weeks) {
        return Cohort.read(consumers, history, b, weeks, units.peoplePerAgent(), week());
    }

    public Network network() {
        return network;
    }
}
