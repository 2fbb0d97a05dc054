package dev.rapport.cli;

import dev.rapport.experiment.Manifest;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.scenario.LoadedScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An incomplete result folder about to be finished by {@code rapport run --resume}: checks that it
 * is one, that the scenario file is the one it was run from (same SHA-256) and that the overrides
 * agree, so that the finished folder is what one uninterrupted run would have written.
 */
record Resume(Path folder, Manifest manifest) {

    static Resume of(Path folder, ScenarioOptions options) {
        if (!Files.isRegularFile(folder.resolve(ResultFiles.MANIFEST))) {
            throw new UserException("nothing to resume: " + folder + " has no manifest.json; run without --resume");
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
        List<String> given = options.allOverrides();
        if (!given.isEmpty() && !given.equals(manifest.overrides())) {
            throw new UserException("--resume uses the overrides of the interrupted run " + manifest.overrides()
                    + "; leave out --set, --replications and --seed, or start afresh with --force");
        }
        return new Resume(folder, manifest);
    }

    /** Loads the scenario with the interrupted run's overrides and checks it is the same file. */
    LoadedScenario load(ScenarioOptions options) {
        LoadedScenario loaded = options.load(manifest.overrides() == null ? List.of() : manifest.overrides());
        if (!loaded.sha256().equals(manifest.scenarioSha256())) {
            throw new UserException("the scenario " + options.file + " has changed since the run in " + folder
                    + " (SHA-256 " + loaded.sha256().substring(0, 12) + "..., the manifest says "
                    + String.valueOf(manifest.scenarioSha256()).substring(0, Math.min(12, String.valueOf(manifest.scenarioSha256()).length()))
                    + "...); resume with the same file, or start afresh with --force");
        }
        return loaded;
    }

    /** Copies the finished replications into the new work folder. */
    void copyInto(OutputFolder work) {
        work.resumeFrom(folder);
    }
}
