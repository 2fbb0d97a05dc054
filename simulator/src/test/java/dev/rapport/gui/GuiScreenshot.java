package dev.rapport.gui;

import dev.rapport.model.Metric;
import dev.rapport.scenario.ScenarioLoader;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import sim.display.Console;

/**
 * Opens the GUI on a real (or virtual) display, plays 20 ticks in MASON's console and saves the
 * network view ({@code network.png}) and the whole screen ({@code screen.png}). Run in a JVM of
 * its own by {@link GuiScreenshotTest}: the test JVM is headless.
 *
 * <p>Arguments: the scenario file, the strategy, the folder to write into.
 */
public final class GuiScreenshot {
    static final int TICKS = 20;

    private GuiScreenshot() {
    }

    public static void main(String[] args) {
        try {
            shoot(args);
        } catch (Exception | Error e) {
            // Swing's threads would keep the JVM alive: exit so that the test sees the failure at once.
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void shoot(String[] args) throws Exception {
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        WatchedRun watched = WatchedRun.of(new ScenarioLoader(Metric.names()).load(Path.of(args[0]), List.of()), args[1], 0);
        MarketGui gui = new MarketGui(watched, 2000, null);
        gui.guirandom.setSeed(20261126L); // the same sample and layout every time
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            console[0] = new Console(gui);
            console[0].setVisible(true);
            arrange(gui, console[0]);
        });
        console[0].setWhenShouldPause(TICKS);
        SwingUtilities.invokeAndWait(console[0]::pressPlay);
        long deadline = System.currentTimeMillis() + 120_000;
        while (!(console[0].getPlayState() == Console.PS_PAUSED && gui.model().ticksDone() == TICKS)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the console did not reach tick " + TICKS + " in two minutes (at "
                        + gui.model().ticksDone() + ")");
            }
            Thread.sleep(100);
        }
        // Let the charts take the last rows and everything repaint.
        SwingUtilities.invokeAndWait(() -> gui.view().display().repaint());
        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> { });
        BufferedImage[] network = new BufferedImage[1];
        SwingUtilities.invokeAndWait(() -> {
            var inside = gui.view().display().insideDisplay;
            network[0] = new BufferedImage(inside.getWidth(), inside.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = network[0].createGraphics();
            inside.paintComponent(g, false);
            g.dispose();
        });
        ImageIO.write(network[0], "png", out.resolve("network.png").toFile());
        // The windows' area of the screen (no window manager: no gaps to show).
        Rectangle used = new Rectangle();
        for (java.awt.Frame f : java.awt.Frame.getFrames()) {
            if (f.isVisible()) {
                used = used.union(f.getBounds());
            }
        }
        Rectangle screen = used.intersection(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
        ImageIO.write(new Robot().createScreenCapture(screen), "png", out.resolve("screen.png").toFile());
        System.out.println("ticks " + gui.model().ticksDone());
        System.out.println("seed " + gui.watched().loaded().scenario().seed() + " replication " + gui.watched().replication());
    }

    /** The network on the left, the charts beside it, the console below them. */
    private static void arrange(MarketGui gui, Console console) {
        JFrame network = gui.view().frame();
        network.setBounds(0, 0, 680, 720);
        int below = 0;
        for (java.awt.Frame f : java.awt.Frame.getFrames()) {
            if (f instanceof JFrame frame && frame.isVisible() && "Rapport: brands".equals(frame.getTitle())) {
                frame.setBounds(680, 0, 1080, 430);
                below = 430;
            }
        }
        for (java.awt.Frame f : java.awt.Frame.getFrames()) {
            if (f instanceof JFrame frame && frame.isVisible() && "Rapport: funnel".equals(frame.getTitle())) {
                frame.setBounds(680, below, 520, 350);
            }
        }
        console.setBounds(1200, below, 560, 350);
        console.getTabPane().setSelectedIndex(console.getTabPane().indexOfTab("Model"));
    }
}
