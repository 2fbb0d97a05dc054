package dev.rapport.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.ReportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * Checks that the files of a results folder come from the run its {@code manifest.json}
 * describes, so that a report never mixes one run's numbers with another's description: the
 * replications {@code series.csv} holds, the week it reaches, the horizon of {@code summary.json}
 * and the SHA-256 of {@code scenario.yaml}, wherever the manifest records them. A manifest without
 * a field is not checked on it (older or hand-made folders still load).
 */
final class ManifestAgreement {
    /** Weeks are written in shortest round-trip form; this only absorbs the product tick × tick length. */
    private static final double WEEK_TOLERANCE = 1e-9;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ResultsFolder folder;
    private final Path manifestFile;
    private final JsonNode manifest;

    ManifestAgreement(ResultsFolder folder, RunManifest manifest) {
        this.folder = folder;
        this.manifestFile = folder.dir().resolve(ResultsFolder.MANIFEST);
        this.manifest = manifest.raw();
    }

    /**
     * The replications the manifest says the folder holds, checked to be replication numbers of
     * the run, or empty when the manifest does not say.
     *
     * @throws ReportException {@code MALFORMED_FILE} naming the field and the values allowed
     */
    Optional<List<Integer>> replications() {
        JsonNode count = manifest.path("replications");
        long replications = -1;
        if (!count.isMissingNode() && !count.isNull()) {
            if (!count.isIntegralNumber() || !count.canConvertToInt() || count.asInt() < 1) {
                throw invalid("has replications " + count + "; allowed: 1 to " + Integer.MAX_VALUE);
            }
            replications = count.asInt();
        }
        long last = replications > 0 ? replications - 1 : Integer.MAX_VALUE - 1;
        JsonNode listed = manifest.path("completed_replications");
        if (listed.isArray()) {
            List<Integer> held = new ArrayList<>();
            for (JsonNode r : listed) {
                if (!r.isIntegralNumber() || !r.canConvertToLong() || r.asLong() < 0 || r.asLong() > last) {
                    throw invalid("lists replication " + r + " in completed_replications; allowed: 0 to "
                            + last + (replications > 0 ? " (replications is " + replications + ")" : ""));
                }
                held.add(r.asInt());
            }
            return Optional.of(held.stream().distinct().sorted().toList());
        }
        if (replications > 0 && manifest.path("complete").asBoolean(false)) {
            return Optional.of(IntStream.range(0, (int) replications).boxed().toList());
        }
        return Optional.empty();
    }

    /** @throws ReportException {@code MALFORMED_FILE} when {@code series.csv} is not the manifest's run */
    void checkSeries(Path seriesFile, SeriesTable series, Optional<List<Integer>> held, OptionalDouble horizon) {
        if (held.isPresent() && !held.get().equals(series.replications())) {
            throw disagree(seriesFile, "holds " + count(series.replications()) + " but " + ResultsFolder.MANIFEST
                    + " lists " + count(held.get()));
        }
        if (horizon.isPresent() && series.ticks() > 0) {
            double reached = series.week(series.ticks() - 1);
            if (!sameWeek(reached, horizon.getAsDouble())) {
                throw disagree(seriesFile, "reaches week " + week(reached) + " but " + ResultsFolder.MANIFEST
                        + " says the horizon is week " + week(horizon.getAsDouble()));
            }
        }
    }

    /** @throws ReportException {@code MALFORMED_FILE} when {@code summary.json} is not the manifest's run */
    void checkSummary(RunSummary summary, OptionalDouble horizon) {
        if (horizon.isPresent() && summary.horizonWeek().isPresent()
                && !sameWeek(summary.horizonWeek().getAsDouble(), horizon.getAsDouble())) {
            throw disagree(folder.dir().resolve(ResultsFolder.SUMMARY), "has the horizon week "
                    + week(summary.horizonWeek().getAsDouble()) + " but " + ResultsFolder.MANIFEST
                    + " says week " + week(horizon.getAsDouble()));
        }
    }

    /** @throws ReportException {@code MALFORMED_FILE} when {@code scenario.yaml} is not the file the manifest hashed */
    void checkScenario() {
        JsonNode recorded = manifest.path("scenario_sha256");
        Optional<Path> yaml = folder.optional(ResultsFolder.SCENARIO_YAML);
        if (!recorded.isTextual() || yaml.isEmpty()) {
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(yaml.get());
        } catch (IOException e) {
            throw new ReportException(ReportException.Code.MALFORMED_FILE,
                    "cannot read " + yaml.get() + ": " + e.getMessage(), e, yaml.get());
        }
        String expected = recorded.asText();
        // The copy is the text the model read; a byte-order mark in the original was dropped from it.
        if (!expected.equalsIgnoreCase(sha256(new byte[0], bytes)) && !expected.equalsIgnoreCase(sha256(UTF8_BOM, bytes))) {
            throw disagree(yaml.get(), "has the SHA-256 " + sha256(new byte[0], bytes).substring(0, 12) + "... but "
                    + ResultsFolder.MANIFEST + " records " + expected.substring(0, Math.min(12, expected.length())) + "...");
        }
    }

    private static boolean sameWeek(double a, double b) {
        return Math.abs(a - b) <= WEEK_TOLERANCE * Math.max(1, Math.abs(b));
    }

    private static String week(double w) {
        return w == Math.rint(w) && Math.abs(w) < 1e15 ? Long.toString((long) w) : Double.toString(w);
    }

    /** "3 replications (0 to 2)", "1 replication (4)", "2 replications (0, 5)". */
    private static String count(List<Integer> replications) {
        int n = replications.size();
        String which;
        if (n == 0) {
            return "no replication";
        } else if (n > 2 && replications.get(n - 1) - replications.get(0) == n - 1) {
            which = replications.get(0) + " to " + replications.get(n - 1);
        } else {
            which = String.join(", ", replications.stream().limit(10).map(String::valueOf).toList()) + (n > 10 ? ", ..." : "");
        }
        return n + " replication" + (n == 1 ? "" : "s") + " (" + which + ")";
    }

    private static String sha256(byte[] prefix, byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prefix);
            return HexFormat.of().formatHex(sha.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }

    private ReportException invalid(String what) {
        return new ReportException(ReportException.Code.MALFORMED_FILE, manifestFile + " " + what
                + " (edited or damaged: `rapport run` never writes that); run `rapport run` again to rewrite it",
                manifestFile);
    }

    private ReportException disagree(Path file, String what) {
        return new ReportException(ReportException.Code.MALFORMED_FILE, file + " " + what
                + "; the files of " + folder.dir() + " come from different runs (or were edited): run `rapport run` again",
                file);
    }
}
