package dev.rapport.scenario;

import dev.rapport.scenario.bind.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated scenario with what came with it: the file it came from, its text and SHA-256 (for
 * the manifest and {@code rapport verify}), the overrides applied, an edge list if the network
 * names one, and where each key stood (for messages about a scenario that is valid but, say,
 * too large for the heap), and the warnings about it ({@link PlanWarnings}): things that do not stop
 * a run but are probably not what was meant.
 */
public record LoadedScenario(Scenario scenario, Path file, String text, String sha256, List<String> overrides,
                             Optional<EdgeListData> edges, Map<String, Location> locations,
                             List<ScenarioWarning> warnings) {
    public LoadedScenario {
        overrides = List.copyOf(overrides);
        locations = Map.copyOf(locations);
        warnings = List.copyOf(warnings);
    }

    /** The edge-list file the network is read from, or empty when the network is generated. */
    public Optional<Path> edgeListFile() {
        return scenario.network() instanceof NetworkSpec.EdgeList el
                ? Optional.of(EdgeListData.resolve(file, el.file())) : Optional.empty();
    }

    /** A name for the source in messages: the file path, or "scenario". */
    public String sourceName() {
        return file == null ? "scenario" : file.toString();
    }
}
