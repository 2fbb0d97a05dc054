package dev.rapport.validation;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Loads a scenario that ships inside the tool (the repository's {@code scenarios/} folder, on the
 * class path under {@code rapport/scenarios}), so the suite runs the very files users can read and
 * run, from a jar or from a build folder; edge lists resolve next to the scenario as usual.
 */
final class BundledScenario {
    private static final String ROOT = "rapport/scenarios/";

    private BundledScenario() {
    }

    /** The scenario at {@code relative} (e.g. "validation/bass.yaml") with overrides applied. */
    static LoadedScenario load(String relative, List<String> overrides) {
        return new ScenarioLoader(Metric.names()).load(path(relative), overrides);
    }

    private static Path path(String relative) {
        URL url = BundledScenario.class.getClassLoader().getResource(ROOT + relative);
        if (url == null) {
            throw new IllegalStateException("the tool was built without its bundled scenario " + relative);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    try {
                        FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException raced) {
                        // Another caller opened it first: fine, Path.of finds it.
                    }
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot open bundled scenario " + relative + ": " + e.getMessage(), e));
        }
    }
}
