package dev.rapport.gui;

import dev.rapport.model.MarketModel;
import dev.rapport.model.RunSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import sim.display.Controller;
import sim.display.GUIState;

/**
 * MASON's GUI state for one run of a scenario: it wraps a {@link MarketModel} (never subclasses
 * it), starts a fresh one from the run's {@link RunSpec} at every start, so that what is watched
 * is exactly the run a batch {@code rapport run} makes, and stops at the horizon. What only the
 * display needs (which consumers to draw, where) comes from MASON's {@code guirandom}, never from
 * the model's streams, so watching does not change the run.
 *
 * <p>Headless (no {@link #init} called), it steps and records like the console would; with a
 * controller it adds the network view, the live charts and the knobs.
 */
public final class MarketGui extends GUIState {
    /** Threads that help each tick listen: results do not depend on their number. */
    private static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private WatchedRun watched;
    private final LiveSeries series = new LiveSeries();
    private final int sampleSize;
    private final Knobs knobs;
    private final List<JFrame> frames = new ArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final BatchLauncher batch;
    private NetworkView view;
    private LiveCharts charts;

    /**
     * @param watched    the run to play
     * @param sampleSize at most this many consumers drawn in the network view
     * @param batch      runs the scenario as a batch for the "Run as batch" button (null: no button)
     */
    public MarketGui(WatchedRun watched, int sampleSize, BatchLauncher batch) {
        super(new MarketModel(watched.spec(), (tick, week, brand, values) -> { }, WORKERS));
        if (sampleSize < 1) {
            throw new IllegalArgumentException("the network view needs at least 1 consumer, not " + sampleSize);
        }
        this.watched = watched;
        this.sampleSize = sampleSize;
        this.batch = batch;
        this.knobs = new Knobs(this::model, watched.loaded().scenario());
    }

    /** The name in MASON's console title. */
    public static String getName() {
        return "Rapport";
    }

    /** The model being watched. */
    public MarketModel model() {
        return (MarketModel) state;
    }

    /** The run being watched (it changes when the console asks for a new seed). */
    public WatchedRun watched() {
        return watched;
    }

    /** What the run has recorded since its start. */
    public LiveSeries series() {
        return series;
    }

    /** The knobs the model inspector shows. */
    public Knobs knobs() {
        return knobs;
    }

    /**
     * Starts the run afresh: a new model from the run's spec (MASON's {@code SimState.start} would
     * leave the model's own generator where the last run left it), with a new scenario seed if
     * the console's seed was changed.
     */
    @Override
    public void start() {
        long consoleSeed = state.seed();
        if (consoleSeed != (long) (int) model().runSpec().replicationSeed()) {
            watched = watched.withSeed(consoleSeed);
        }
        series.clear();
        state = new MarketModel(watched.spec(), series, WORKERS);
        super.start();
        model().recordStart();
        if (view != null) {
            view.show(model(), guirandom);
        }
        if (charts != null) {
            charts.restart(model());
            // finish() empties GUIState's queues, so each start asks again.
            scheduleRepeatingImmediatelyAfter(s -> charts.update());
        }
    }

    /** One tick; false (the console stops) once the horizon is reached. */
    @Override
    public boolean step() {
        if (model().ticksDone() >= model().ticks()) {
            return false;
        }
        return super.step();
    }

    /** Starts, steps up to {@code ticks} ticks (no further than the horizon) and finishes, without a display: for tests and tools. */
    public void runHeadless(int ticks) {
        start();
        for (int t = 0; t < ticks && step(); t++) {
            // each step is one tick
        }
        finish();
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        view = new NetworkView(this, sampleSize);
        charts = new LiveCharts(series, watched.loaded().scenario(), watched.spec());
        register(c, view.frame());
        charts.frames().forEach(f -> register(c, f));
        if (batch != null) {
            register(c, BatchPanel.frame(batch, this::watched));
        }
    }

    private void register(Controller c, JFrame frame) {
        frames.add(frame);
        c.registerFrame(frame);
        frame.setVisible(true);
    }

    /** The network view's display, once {@link #init} has made it. */
    NetworkView view() {
        return view;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return knobs;
    }

    @Override
    public void quit() {
        super.quit();
        frames.forEach(JFrame::dispose);
        frames.clear();
        closed.countDown();
    }

    /** Waits until the console is closed. */
    public void awaitQuit() throws InterruptedException {
        closed.await();
    }
}
