package dev.rapport.cli;

import dev.rapport.experiment.Manifest;
import dev.rapport.experiment.ManifestException;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.scenario.EdgeListData;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.UserFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An incomplete result about to be finished by {@code rapport run --resume}: checks that it is
 * one, that the scenario file is the one it was run from (same SHA-256) and that the overrides
 * agree, so that the finished folder is what one uninterrupted run would have written.
 *
 * <p>Finished replications can be in more than one place: the output folder itself, written with
 * {@code "complete": false} when a run was stopped, and hidden work folders beside it
 * ({@code .NAME.partial-*}) left by a run killed without warning (kill -9, a power cut), by a
 * {@code --force} run that did not finish (it leaves the earlier results in place), or by a run
 * whose result files could not be written. Of those that match the scenario and its settings, the
 * one with the most finished replications is resumed; once the result is in place the resumed
 * work folder is deleted, and the other matching ones too when the result is complete.
 *
 * @param leftover whether {@code folder} is such a hidden work folder
 * @param others   the other matching hidden work folders, deleted once the result is complete
 */
record Resume(Path folder, Manifest manifest, boolean leftover, List<Path> others) {

    static Resume of(Path target, ScenarioOptions options) {
        return of(target, options, override -> false);
    }

    /**
     * As {@link #of(Path, ScenarioOptions)} for a command that adds overrides of its own to those
     * the user gave ({@code rapport compare} sets {@code replications}): those are left out when
     * the recorded overrides are checked against the command line's.
     */
    static Resume of(Path target, ScenarioOptions options, Predicate<String> commandsOwn) {
        List<Path> candidates = new ArrayList<>();
        if (Files.isRegularFile(target.resolve(ResultFiles.MANIFEST))) {
            candidates.add(target);
        }
        candidates.addAll(workFolders(target));
        if (candidates.isEmpty()) {
            throw new UserException("nothing to resume: " + target + " has no manifest.json; run without --resume");
        }
        String sha = sha256(options.file);
        List<Resume> usable = new ArrayList<>();
        UserException firstProblem = null;
        for (Path candidate : candidates) {
            try {
                usable.add(check(candidate, candidate != target, options, sha, commandsOwn));
            } catch (UserException e) {
                // Reported only if no candidate can be resumed: the output folder's problem comes first.
                firstProblem = firstProblem == null ? e : firstProblem;
            }
        }
        if (usable.isEmpty()) {
            throw firstProblem;
        }
        Resume best = usable.stream()
                .max(Comparator.comparingInt((Resume r) -> OutputFolder.finishedReplications(r.folder()))
                        .thenComparing(r -> lastModified(r.folder())))
                .orElseThrow();
        List<Path> others = usable.stream().filter(r -> r != best && r.leftover()).map(Resume::folder).toList();
        return new Resume(best.folder(), best.manifest(), best.leftover(), others);
    }

    private static Resume check(Path folder, boolean leftover, ScenarioOptions options, String scenarioSha256,
                                Predicate<String> commandsOwn) {
        Manifest manifest;
        try {
            manifest = ResultFiles.readManifest(folder);
        } catch (ManifestException e) {
            throw new UserException(e.getMessage());
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
        List<String> recorded = usersOverrides(manifest, commandsOwn);
        if (!given.isEmpty() && !given.equals(recorded)) {
            throw new UserException("--resume uses the overrides of the interrupted run " + recorded
                    + "; leave out --set, --replications and --seed, or start afresh with --force");
        }
        if (scenarioSha256 != null && !scenarioSha256.equals(manifest.scenarioSha256())) {
            throw changed(options, folder, scenarioSha256, String.valueOf(manifest.scenarioSha256()));
        }
        return new Resume(folder, manifest, leftover, List.of());
    }

    /** The SHA-256 of the scenario file, or null when it cannot be read (loading reports that). */
    private static String sha256(Path file) {
        try {
            // Read as the loader reads it: a device or pipe is not opened, and no more than the limit is read.
            if (UserFiles.notRegular(file) != null) {
                return null;
            }
            byte[] bytes = UserFiles.readAtMost(file, ScenarioLoader.MAX_FILE_BYTES);
            return bytes.length > ScenarioLoader.MAX_FILE_BYTES ? null : ScenarioLoader.sha256(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    /** The hidden work folders of {@code target} that have a manifest. */
    private static List<Path> workFolders(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        String prefix = "." + abs.getFileName() + ".partial-";
        if (abs.getParent() == null || !Files.isDirectory(abs.getParent())) {
            return List.of();
        }
        try (Stream<Path> siblings = Files.list(abs.getParent())) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.isRegularFile(p.resolve(ResultFiles.MANIFEST)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UserException changed(ScenarioOptions options, Path folder, String actual, String recorded) {
        return new UserException("the scenario " + options.file + " has changed since the run in " + folder
                + " (SHA-256 " + actual.substring(0, 12) + "..., the manifest says "
                + recorded.substring(0, Math.min(12, recorded.length()))
                + "...); resume with the same file, or start afresh with --force");
    }

    private static List<String> usersOverrides(Manifest manifest, Predicate<String> commandsOwn) {
        List<String> recorded = manifest.overrides() == null ? List.of() : manifest.overrides();
        return recorded.stream().filter(commandsOwn.negate()).toList();
    }

    /** Loads the scenario with the interrupted run's overrides and checks it is the same file. */
    LoadedScenario load(ScenarioOptions options) {
        return load(options, override -> false, List.of());
    }

    /**
     * Loads the scenario with the interrupted run's overrides but the command's own, then
     * {@code added}, and checks it is the same file.
     */
    LoadedScenario load(ScenarioOptions options, Predicate<String> commandsOwn, List<String> added) {
        List<String> overrides = new ArrayList<>(usersOverrides(manifest, commandsOwn));
        overrides.addAll(added);
        LoadedScenario loaded = options.load(overrides);
        String recorded = String.valueOf(manifest.scenarioSha256());
        if (!loaded.sha256().equals(recorded)) {
            throw changed(options, folder, loaded.sha256(), recorded);
        }
        String network = loaded.edges().map(EdgeListData::sha256).orElse(null);
        if (!Objects.equals(network, manifest.networkFileSha256())) {
            throw new UserException("the network's edge-list file has changed since the run in " + folder
                    + "; resume with the same file, or start afresh with --force");
        }
        return loaded;
    }

    /**
     * Copies the finished replications into the new work folder, and says which saved
     * replications are damaged (cut short, overwritten): those are run again, not spliced in.
     */
    void copyInto(OutputFolder work, PrintWriter err) {
        for (int r : work.resumeFrom(folder)) {
            err.println("replication " + r + "'s saved file is damaged; running it again");
        }
        err.flush();
    }

    /**
     * Whether this folder still holds every finished replication of {@code work}, a work folder
     * resumed from it: then a failed attempt's work folder is only a copy and need not be kept.
     */
    boolean holdsEverythingIn(Path work) {
        return OutputFolder.finishedReplications(folder) >= OutputFolder.finishedReplications(work);
    }

    /**
     * After the result is in place: removes the resumed work folder (its replications are in the
     * result) and, once the result is complete, the other matching ones (nothing in them is needed).
     */
    void cleanUp(boolean complete) {
        if (leftover) {
            OutputFolder.deleteTree(folder);
        }
        if (complete) {
            others.forEach(OutputFolder::deleteTree);
        }
    }
}
