package dev.rapport.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a result folder's {@code manifest.json} into a {@link Manifest}, checking first the numbers
 * that name replications, seeds and threads: a manifest edited or damaged by hand gets a message
 * naming the field and the values allowed, never the parser's own text (which names Java classes).
 */
final class ManifestReader {
    private static final String LONG_RANGE = Long.MIN_VALUE + " to " + Long.MAX_VALUE;

    private final ObjectMapper json;

    ManifestReader(ObjectMapper json) {
        this.json = json;
    }

    Manifest read(Path dir) {
        Path file = dir.resolve(ResultFiles.MANIFEST);
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw invalid(dir, "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new ManifestException("cannot read " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw invalid(dir, "does not hold a JSON object");
        }
        long replications = whole(dir, root.path("replications"), "replications", 1, Integer.MAX_VALUE,
                "1 to " + Integer.MAX_VALUE);
        long lastReplication = replications > 0 ? replications - 1 : Integer.MAX_VALUE - 1;
        String replicationRange = "0 to " + lastReplication
                + (replications > 0 ? " (replications is " + replications + ")" : "");
        whole(dir, root.path("threads"), "threads", 1, Integer.MAX_VALUE, "1 to " + Integer.MAX_VALUE);
        whole(dir, root.path("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE, LONG_RANGE);
        int i = 0;
        for (JsonNode seed : root.path("replication_seeds")) {
            whole(dir, seed, "replication_seeds[" + i++ + "]", Long.MIN_VALUE, Long.MAX_VALUE, LONG_RANGE);
        }
        for (JsonNode r : root.path("completed_replications")) {
            replication(dir, r, "completed_replications", lastReplication, replicationRange);
        }
        i = 0;
        for (JsonNode failure : root.path("failures")) {
            replication(dir, failure.path("replication"), "failures[" + i++ + "].replication", lastReplication,
                    replicationRange);
        }
        try {
            return json.treeToValue(root, Manifest.class);
        } catch (JsonMappingException e) {
            throw invalid(dir, "has a value of the wrong kind at " + path(e));
        } catch (JsonProcessingException e) {
            throw invalid(dir, "cannot be read: " + e.getOriginalMessage());
        }
    }

    /** A whole number in range, or -1 when the field is absent (null); anything else is refused. */
    private static long whole(Path dir, JsonNode node, String field, long min, long max, String range) {
        if (node.isMissingNode() || node.isNull()) {
            return -1;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
            throw invalid(dir, "has " + field + " " + node + "; allowed: " + range);
        }
        return node.asLong();
    }

    private static void replication(Path dir, JsonNode node, String field, long last, String range) {
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0 || node.asLong() > last) {
            throw invalid(dir, "lists replication " + node + " in " + field + "; allowed: " + range);
        }
    }

    /** "strategies[1].budget": where in the manifest the parser gave up, in the file's own names. */
    private static String path(JsonMappingException e) {
        StringBuilder at = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                at.append(at.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                at.append('[').append(ref.getIndex()).append(']');
            }
        }
        return at.length() > 0 ? at.toString() : "the top level";
    }

    private static ManifestException invalid(Path dir, String what) {
        return new ManifestException("not a valid result folder: " + dir + ": its " + ResultFiles.MANIFEST + " " + what
                + " (edited or damaged: `rapport run` never writes that); run the scenario again");
    }
}
