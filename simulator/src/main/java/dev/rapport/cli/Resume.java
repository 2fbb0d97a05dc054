package dev.rapport.cli;

import dev.rapport.experiment.Manifest;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.scenario.LoadedScenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An incomplete result about to be finished by {@code rapport run --resume}: checks that it is
 * one, that the scenario file is the one it was run from (same SHA-256) and that the overrides
 * agree, so that the finished folder is what one uninterrupted run would have written.
 *
 * <p>The result is normally the output folder itself, written with {@code "complete": false} when
 * the run was stopped. A run killed without warning (kill -9, a power cut) never moved its folder
 * into place: then the newest hidden work folder beside it ({@code .NAME.partial-*}) is resumed,
 * and deleted once the finished folder is in place.
 *
 * @param leftover whether {@code folder} is such a hidden work folder
 */
record Resume(Path folder, Manifest manifest, boolean leftover) {

    static Resume of(Path target, ScenarioOptions options) {
        Path folder = target;
        boolean leftover = false;
        if (!Files.exists(target)) {
            Optional<Path> partial = newestWorkFolder(target);
            if (partial.isPresent()) {
                folder = partial.get();
                leftover = true;
            }
        }
        if (!Files.isRegularFile(folder.resolve(ResultFiles.MANIFEST))) {
            throw new UserException("nothing to resume: " + target + " has no manifest.json; run without --resume");
        }
        Manifest manifest;
        try {
            manifest = ResultFiles.readManifest(folder);
        } catch (RuntimeException e) {
            throw new UserException("cannot read " + folder.resolve(ResultFiles.MANIFEST) + ": " + e.getMessage());
        }
        if (manifest.complete()) {
            throw new UserException("nothing to resume: the results in " + folder + " are complete");
        }
        if (!VersionProvider.version().equals(manifest.rapportVersion())) {
            // Another version may simulate differently: the halves would not make one run's results.
            throw new UserException("the run in " + folder + " was made by rapport " + manifest.rapportVersion()
                    + " and this is " + VersionProvider.version() + "; resume with that version, or start afresh with --force");
        }
        List<String> given = options.allOverrides();
        if (!given.isEmpty() && !given.equals(manifest.overrides())) {
            throw new UserException("--resume uses the overrides of the interrupted run " + manifest.overrides()
                    + "; leave out --set, --replications and --seed, or start afresh with --force");
        }
        return new Resume(folder, manifest, leftover);
    }

    /** The most recently written hidden work folder of {@code target} that has a manifest. */
    private static Optional<Path> newestWorkFolder(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        String prefix = "." + abs.getFileName() + ".partial-";
        if (abs.getParent() == null || !Files.isDirectory(abs.getParent())) {
            return Optional.empty();
        }
        try (Stream<Path> siblings = Files.list(abs.getParent())) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.isRegularFile(p.resolve(ResultFiles.MANIFEST)))
                    .max(Comparator.comparing(Resume::lastModified));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.nio.file.attribute.FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the scenario with the interrupted run's overrides and checks it is the same file. */
    LoadedScenario load(ScenarioOptions options) {
        LoadedScenario loaded = options.load(manifest.overrides() == null ? List.of() : manifest.overrides());
        String recorded = String.valueOf(manifest.scenarioSha256());
        if (!loaded.sha256().equals(recorded)) {
            throw new UserException("the scenario " + options.file + " has changed since the run in " + folder
                    + " (SHA-256 " + loaded.sha256().substring(0, 12) + "..., the manifest says "
                    + recorded.substring(0, Math.min(12, recorded.length()))
                    + "...); resume with the same file, or start afresh with --force");
        }
        String network = loaded.edges().map(dev.rapport.scenario.EdgeListData::sha256).orElse(null);
        if (!java.util.Objects.equals(network, manifest.networkFileSha256())) {
            throw new UserException("the network's edge-list file has changed since the run in " + folder
                    + "; resume with the same file, or start afresh with --force");
        }
        return loaded;
    }

    /** Copies the finished replications into the new work folder. */
    void copyInto(OutputFolder work) {
        work.resumeFrom(folder);
    }

    /** After the finished folder is in place: removes a leftover work folder that was resumed. */
    void cleanUp() {
        if (leftover) {
            OutputFolder.deleteTree(folder);
        }
    }
}
