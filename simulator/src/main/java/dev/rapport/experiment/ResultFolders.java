package dev.rapport.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What {@code --force} may replace: only a result folder Rapport wrote, or an empty folder; never
 * the current folder or one above it, the home folder, a file system's root, or a folder that
 * holds a file the run reads (the scenario, its edge list). Symbolic links are followed, so a link
 * to the current folder is the current folder.
 */
public final class ResultFolders {
    /**
     * The files of a result folder that hold its data (a report may never be written over them): a
     * run's, and an experiment's tables and records (docs/results-format.md), since
     * {@code rapport report} writes into experiment folders too.
     */
    public static final Set<String> DATA_FILES = Set.of(ResultFiles.SERIES, ResultFiles.SUMMARY_CSV,
            ResultFiles.SUMMARY_JSON, ResultFiles.MANIFEST, ResultFiles.SCENARIO_JSON, ResultFiles.SCENARIO_YAML,
            ResultFiles.SWITCH_OFF,
            "sweep.csv", "points.csv", "sweep.json", "sensitivity.csv", "sensitivity.json", "discovery.csv", "box.csv",
            "discovery.json", "trace.csv", "response.csv", "plan-comparison.csv", "optimize.json", "best-plan.yaml",
            "calibration.csv", "calibration.json", "profile.csv", "fit.csv", "calibrated.yaml");

    private ResultFolders() {
    }

    /**
     * Whether {@code dir} holds a manifest.json that Rapport wrote: one that reads as Rapport's
     * manifest (unknown fields refused) with the fields every Rapport version writes. Any other
     * file named manifest.json (a web app's, say) does not make a folder a result folder.
     */
    public static boolean isResult(Path dir) {
        if (!Files.isRegularFile(dir.resolve(ResultFiles.MANIFEST))) {
            return false;
        }
        try {
            Manifest m = ResultFiles.readManifest(dir);
            return m.rapportVersion() != null && m.scenarioSha256() != null && m.started() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Why the existing {@code target} may not be replaced, or null when it may.
     *
     * @param target absolute and normalized
     * @param inputs files the run reads
     */
    static String whyNotReplaceable(Path target, List<Path> inputs) {
        Path real;
        try {
            real = target.toRealPath();
        } catch (IOException e) {
            return "it cannot be read: " + FileProblems.describe(e);
        }
        String why = protectedReason(target, real, inputs);
        if (why != null) {
            return why;
        }
        if (!Files.isDirectory(real)) {
            return "it is a file, not a folder";
        }
        if (isEmpty(real) || isResult(real)) {
            return null;
        }
        return "it is not a Rapport result folder (it has no manifest.json written by rapport), and --force "
                + "replaces only result folders";
    }

    private static String protectedReason(Path target, Path real, List<Path> inputs) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("user.home", "/")).toAbsolutePath().normalize();
        for (Path p : List.of(target, real)) {
            if (p.getParent() == null) {
                return "it is the root of a file system";
            }
            for (Path c : withReal(cwd)) {
                if (c.equals(p)) {
                    return "it is the current folder";
                }
                if (c.startsWith(p)) {
                    return "it holds the current folder";
                }
            }
            for (Path h : withReal(home)) {
                if (h.startsWith(p)) {
                    return h.equals(p) ? "it is your home folder" : "it holds your home folder";
                }
            }
            for (Path input : inputs) {
                for (Path i : withReal(input.toAbsolutePath().normalize())) {
                    if (i.startsWith(p)) {
                        return "it holds " + input + ", which this run reads";
                    }
                }
            }
        }
        return null;
    }

    /** The path and, when it exists, where its links lead. */
    private static List<Path> withReal(Path p) {
        List<Path> both = new ArrayList<>(List.of(p));
        try {
            Path real = p.toRealPath();
            if (!real.equals(p)) {
                both.add(real);
            }
        } catch (IOException e) {
            // Not there: only its name can be compared.
        }
        return both;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether anything (a file, a folder, a link, even a broken one) is at {@code p}. */
    static boolean present(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
}
