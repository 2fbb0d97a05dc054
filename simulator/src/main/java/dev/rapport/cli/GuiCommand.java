package dev.rapport.cli;

import dev.rapport.gui.BatchLauncher;
import dev.rapport.gui.MarketGui;
import dev.rapport.gui.WatchedRun;
import dev.rapport.scenario.LoadedScenario;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.swing.SwingUtilities;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sim.display.Console;

/**
 * {@code rapport gui}: one run of a scenario in MASON's console, to watch and to turn its knobs.
 * Without a display it says so and exits with the user-error code: there is nothing to show.
 */
@Command(name = "gui", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Watch one run of a scenario live in MASON's console: the network by stage, live charts, "
                + "knobs to turn mid-run, and a button to run the scenario as a batch.")
final class GuiCommand implements Callable<Integer> {
    /** At most this many consumers drawn (beyond, a display is a blur and slow to draw). */
    static final int MOST_DRAWN = 20_000;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--strategy", paramLabel = "NAME", description = "The strategy to watch (default: the scenario's first).")
    String strategy;

    @Option(names = "--replication", paramLabel = "N", defaultValue = "0",
            description = "The replication to watch, 0-based (default: ${DEFAULT-VALUE}): the same run as rapport run's.")
    int replication;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "2000",
            description = "Consumers drawn in the network view, a neighbourhood of the network (default: ${DEFAULT-VALUE}).")
    int sample;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, InvocationTargetException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserException("rapport gui needs a display, and this session has none (no DISPLAY, or Java runs "
                    + "headless). Run it on a desktop, or under a virtual one with xvfb-run ./rapport gui ...; "
                    + "rapport run " + scenario.file + " gives the same results without one.");
        }
        if (sample < 1 || sample > MOST_DRAWN) {
            throw new UserException("--sample must be between 1 and " + MOST_DRAWN + ", not " + sample);
        }
        LoadedScenario loaded = scenario.load();
        ErrorHandler.printWarnings(spec.commandLine().getErr(), loaded.warnings());
        if (replication < 0 || replication >= loaded.scenario().replications()) {
            throw new UserException("--replication must be between 0 and " + (loaded.scenario().replications() - 1));
        }
        boolean known = strategy == null || loaded.scenario().effectiveStrategies().stream().anyMatch(s -> s.name().equals(strategy));
        if (!known) {
            throw new UserException("no strategy " + strategy + " in " + scenario.file + "; it has "
                    + loaded.scenario().effectiveStrategies().stream().map(s -> s.name()).toList());
        }
        MarketGui gui = new MarketGui(WatchedRun.of(loaded, strategy, replication), sample, new BatchLauncher(Path.of("results")));
        SwingUtilities.invokeAndWait(() -> new Console(gui).setVisible(true));
        gui.awaitQuit();
        return ExitCodes.OK;
    }
}
