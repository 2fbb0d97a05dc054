package dev.rapport.cli;

import dev.rapport.experiment.Manifest;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.ResultFolders;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.NetworkSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code rapport run} checks about its output folder beyond what any result folder needs. */
final class RunOutput {
    private RunOutput() {
    }

    /** The files the run reads (the scenario, its edge list), which a replaced folder must not hold. */
    static List<Path> inputs(LoadedScenario loaded) {
        List<Path> inputs = new ArrayList<>();
        if (loaded.file() != null) {
            inputs.add(loaded.file());
            if (loaded.scenario().network() instanceof NetworkSpec.EdgeList el) {
                Path base = loaded.file().toAbsolutePath().getParent();
                inputs.add(base.resolve(el.file()));
            }
        }
        return inputs;
    }

    /**
     * {@code --force} replaces results only with complete ones, and {@code --only-replication}
     * writes part of a run: it may replace only a result that holds nothing but that replication,
     * so that no finished replication is lost.
     */
    static void checkReplaceable(Path target, int replication) {
        if (!ResultFolders.isResult(target)) {
            return;
        }
        Manifest earlier = ResultFiles.readManifest(target);
        List<Integer> held = earlier.completedReplications() == null ? List.of() : earlier.completedReplications();
        if (earlier.complete() || held.stream().anyMatch(r -> r != replication)) {
            throw new UserException("--only-replication writes part of a run, and --force replaces results only with "
                    + "complete ones: " + target + " holds " + (earlier.complete() ? "a complete result" : "replications " + held)
                    + "; run the replication into another --out");
        }
    }
}
