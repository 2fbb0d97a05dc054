package dev.rapport.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which of {@code scenario.json}'s values the user chose rather than left at their defaults: the
 * key paths of the scenario file as given ({@code scenario.yaml}, copied beside the results) and
 * of the run's {@code --set} overrides (the manifest's {@code overrides}). The appendix of the
 * report lists only these; the rest are defaults, a click away in HTML and all in
 * {@code scenario.json}.
 *
 * <p>A value counts as given when its path or an enclosing one is: {@code ad_sensitivity: 1.2}
 * in the file gives both {@code ad_sensitivity.mean} and {@code .sd} of {@code scenario.json}.
 * Paths are written as {@link JsonFlattener} writes them (list elements by name), the notation of
 * {@code --set}.
 */
final class GivenSettings {

    private final Set<String> paths;

    private GivenSettings(Set<String> paths) {
        this.paths = paths;
    }

    /**
     * @param folder    the results folder
     * @param manifest  its manifest, for the overrides
     * @return the settings given, or empty when the folder has no {@code scenario.yaml} (an older
     *         folder, or one written by hand): then nothing can tell defaults from choices
     */
    static Optional<GivenSettings> of(Path folder, JsonNode manifest) {
        Path file = folder.resolve("scenario.yaml");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode given;
        try {
            given = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            // The scenario the model saw is scenario.json; a copy that will not parse only loses the filter.
            return Optional.empty();
        }
        Set<String> paths = new HashSet<>();
        if (given != null) {
            new JsonFlattener().rows(given).forEach(r -> paths.add(r.path()));
        }
        manifest.path("overrides").forEach(o -> {
            String text = o.asText();
            int eq = text.indexOf('=');
            paths.add((eq < 0 ? text : text.substring(0, eq)).strip());
        });
        return Optional.of(new GivenSettings(paths));
    }

    /** @return true when {@code path} or a path enclosing it was given */
    boolean given(String path) {
        String p = path;
        while (!p.isEmpty()) {
            if (paths.contains(p)) {
                return true;
            }
            p = p.substring(0, Math.max(0, Math.max(p.lastIndexOf('.'), p.lastIndexOf('['))));
        }
        return false;
    }

    /** @return {@code groups} with only the rows given, groups left empty dropped */
    List<ParameterGroup> filter(List<ParameterGroup> groups) {
        List<ParameterGroup> kept = new ArrayList<>();
        for (ParameterGroup group : groups) {
            List<ParameterRow> rows = group.rows().stream()
                    .filter(r -> given(JsonFlattener.fullPath(group.name(), r.path()))).toList();
            if (!rows.isEmpty()) {
                kept.add(new ParameterGroup(group.name(), rows));
            }
        }
        return kept;
    }
}
