package dev.rapport.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rapport.model.Stage;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opens MASON's console on a display, plays 20 ticks and checks that the network view drew
 * consumers in their stages' colours. It uses {@code DISPLAY} when set, else starts Xvfb (Debian's
 * {@code xvfb}); with neither it skips on a developer's machine and fails on CI ({@code CI} set),
 * as the report's Chromium test does. With {@code -Drapport.gui.screenshot.update=true} it copies
 * the screen to docs/images/gui.png for the README.
 */
class GuiScreenshotTest {
    private static final Path XVFB = Path.of("/usr/bin/Xvfb");
    private static final Path OUT = Path.of("target", "gui-screenshot");
    private static Process xvfb;

    /** The display to use: {@code DISPLAY}, or a virtual one started here. */
    private static String display() throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return display;
        }
        if (!Files.isExecutable(XVFB)) {
            if (System.getenv("CI") != null) {
                fail("CI needs Xvfb at " + XVFB + " for the GUI's test: apt-get install -y xvfb");
            }
            Assumptions.abort("no DISPLAY and no Xvfb at " + XVFB + " (apt-get install -y xvfb)");
        }
        for (int n = 99; n < 120; n++) {
            Path socket = Path.of("/tmp/.X11-unix/X" + n);
            if (Files.exists(socket) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            xvfb = new ProcessBuilder(XVFB.toString(), ":" + n, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(OUT.resolve("xvfb.log").toFile()).start();
            // Xvfb is ready once its socket exists.
            for (int wait = 0; wait < 100 && xvfb.isAlive() && !Files.exists(socket); wait++) {
                Thread.sleep(100);
            }
            if (xvfb.isAlive() && Files.exists(socket)) {
                return ":" + n;
            }
            xvfb.destroy();
        }
        fail("Xvfb did not start on any display from :99 to :119; see " + OUT.resolve("xvfb.log"));
        return null;
    }

    @AfterAll
    static void stopXvfb() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }

    @Test
    void theConsolePlays20TicksAndTheNetworkViewIsNotBlank() throws Exception {
        Files.createDirectories(OUT);
        String display = display();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                GuiScreenshot.class.getName(), Path.of("..", "scenarios", "spend-vs-invest.yaml").toString(), "invest",
                OUT.toString()));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(OUT.resolve("gui.log").toFile());
        builder.environment().put("DISPLAY", display);
        Process gui = builder.start();
        if (!gui.waitFor(180, TimeUnit.SECONDS)) {
            gui.destroyForcibly();
            fail("the GUI did not finish in three minutes; see " + OUT.resolve("gui.log"));
        }
        String log = Files.readString(OUT.resolve("gui.log"), StandardCharsets.UTF_8);
        assertEquals(0, gui.exitValue(), log);
        assertTrue(log.contains("ticks " + GuiScreenshot.TICKS), log);
        assertTrue(log.contains("seed 20261123 replication 0"), "the first play is the batch's run: " + log);

        BufferedImage network = ImageIO.read(OUT.resolve("network.png").toFile());
        Set<Integer> colours = new HashSet<>();
        long drawn = 0;
        for (int y = 0; y < network.getHeight(); y++) {
            for (int x = 0; x < network.getWidth(); x++) {
                int rgb = network.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    drawn++;
                }
            }
        }
        long area = (long) network.getWidth() * network.getHeight();
        assertTrue(drawn > area / 20, "at least 5% of the view is drawn: " + drawn + " of " + area);
        assertTrue(colours.size() >= 8, "consumers in several colours and ties: " + colours.size() + " colours");
        int stagesSeen = 0;
        for (Stage stage : new Stage[] {Stage.UNAWARE, Stage.AWARE, Stage.CUSTOMER}) {
            if (colours.contains(Colours.of(stage).getRGB() & 0xFFFFFF)) {
                stagesSeen++;
            }
        }
        assertEquals(3, stagesSeen, "unaware, aware and customers each in their funnel colour");

        if (Boolean.getBoolean("rapport.gui.screenshot.update")) {
            File docs = Path.of("..", "docs", "images", "gui.png").toFile();
            Files.copy(OUT.resolve("screen.png"), docs.toPath(), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
