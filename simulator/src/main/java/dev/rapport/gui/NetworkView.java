package dev.rapport.gui;

import dev.rapport.model.MarketModel;
import dev.rapport.model.Stage;
import ec.util.MersenneTwisterFast;
import java.awt.Color;
import java.awt.Graphics2D;
import javax.swing.JFrame;
import sim.display.Display2D;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.util.Double2D;

/**
 * The social network of a sample of consumers ({@link NetworkSample}) in a MASON
 * {@link Display2D}: each consumer a disc in the funnel colour of its stage with the played brand,
 * larger as it trusts the brand more; weak ties in light grey, strong ties darker. The portrayals
 * read the model as they draw, so the view follows the run tick by tick.
 */
final class NetworkView {
    /** Display size in pixels. */
    static final int SIZE = 640;
    private static final Color WEAK = new Color(0xE4E4E4);
    private static final Color STRONG = new Color(0x8A8A8A);

    private final MarketGui gui;
    private final int sampleSize;
    private final Display2D display;
    private final JFrame frame;
    private final ContinuousPortrayal2D consumers = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D weakTies = new NetworkPortrayal2D();
    private final NetworkPortrayal2D strongTies = new NetworkPortrayal2D();

    NetworkView(MarketGui gui, int sampleSize) {
        this.gui = gui;
        this.sampleSize = sampleSize;
        display = new Display2D(SIZE, SIZE, gui);
        display.setBackdrop(Color.WHITE);
        display.setClipping(false);
        display.attach(weakTies, "Weak ties");
        display.attach(strongTies, "Strong ties");
        display.attach(consumers, "Consumers");
        frame = display.createFrame();
        frame.setTitle("Rapport: who talks to whom");
    }

    JFrame frame() {
        return frame;
    }

    Display2D display() {
        return display;
    }

    /** Draws a new sample of the model's network (at each start: the network is the run's own). */
    void show(MarketModel model, MersenneTwisterFast guiRandom) {
        NetworkSample sample = NetworkSample.of(model.network(), sampleSize, guiRandom);
        double side = Math.max(sample.width(), sample.height());
        Continuous2D space = new Continuous2D(1.0, side, side);
        Network weak = new Network(false);
        Network strong = new Network(false);
        Consumer[] nodes = new Consumer[sample.consumers().length];
        int brand = model.runSpec().strategyBrand();
        for (int s = 0; s < nodes.length; s++) {
            nodes[s] = new Consumer(model, sample.consumers()[s], brand);
            space.setObjectLocation(nodes[s], new Double2D(sample.x()[s], sample.y()[s]));
            weak.addNode(nodes[s]);
            strong.addNode(nodes[s]);
        }
        for (int e = 0; e < sample.ties(); e++) {
            Network ties = sample.strong()[e] ? strong : weak;
            ties.addEdge(nodes[sample.from()[e]], nodes[sample.to()[e]], null);
        }
        consumers.setField(space);
        consumers.setPortrayalForAll(new ConsumerPortrayal());
        weakTies.setField(new SpatialNetwork2D(space, weak));
        weakTies.setPortrayalForAll(new SimpleEdgePortrayal2D(WEAK, WEAK));
        strongTies.setField(new SpatialNetwork2D(space, strong));
        strongTies.setPortrayalForAll(new SimpleEdgePortrayal2D(STRONG, STRONG));
        display.reset();
        display.repaint();
    }

    /**
     * One drawn consumer, as MASON's inspector shows it when clicked: its stage with the played
     * brand and its trust in it, read from the model.
     */
    public static final class Consumer {
        private final MarketModel model;
        private final int index;
        private final int brand;

        Consumer(MarketModel model, int index, int brand) {
            this.model = model;
            this.index = index;
            this.brand = brand;
        }

        public int getConsumer() {
            return index;
        }

        public String getStage() {
            return stage().name().toLowerCase();
        }

        public double getTrust() {
            return model.trust(index, brand);
        }

        Stage stage() {
            return model.stage(index, brand);
        }

        @Override
        public String toString() {
            return "consumer " + index;
        }
    }

    /** A disc in the stage's colour, its diameter growing with trust (0.4 to 1.2 cells). */
    private static final class ConsumerPortrayal extends OvalPortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            Consumer c = (Consumer) object;
            paint = Colours.of(c.stage());
            scale = 0.4 + 0.8 * c.getTrust();
            super.draw(object, graphics, info);
        }
    }
}
