package dev.rapport.distributed;

import dev.rapport.experiment.points.EdgeListRuns;
import dev.rapport.experiment.points.RunFunction;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;

/**
 * The run function as Spark tasks receive it: broadcast, so that each executor fetches the
 * scenario once per batch rather than once per task, and, when the scenario reads an edge list, the
 * file's bytes broadcast too and written to a local file on each executor, which the runs read
 * instead of a path that exists only on the driver's machine.
 */
final class ShippedRuns implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Functions reading a local edge-list copy, per executor JVM, by broadcast ids: a few batches' worth. */
    private static final Map<String, RunFunction> RELOCATED = bounded(8);
    /** The local copies of edge lists, per executor JVM, by broadcast id. */
    private static final Map<Long, Path> COPIES = bounded(4);

    private final Broadcast<RunFunction> function;
    private final Broadcast<byte[]> edgeList;

    /**
     * @param edgeList the bytes of the edge list the function reads, or null when it reads none
     */
    ShippedRuns(Broadcast<RunFunction> function, Broadcast<byte[]> edgeList) {
        this.function = function;
        this.edgeList = edgeList;
    }

    /** The run function on this executor, reading this executor's copy of the edge list if there is one. */
    RunFunction function() {
        RunFunction runs = function.value();
        if (edgeList == null) {
            return runs;
        }
        synchronized (RELOCATED) {
            return RELOCATED.computeIfAbsent(function.id() + "/" + edgeList.id(),
                    k -> ((EdgeListRuns) runs).readingEdgeListAt(copy(edgeList)));
        }
    }

    /** The edge list written once to a temporary file on this executor. */
    private static Path copy(Broadcast<byte[]> bytes) {
        synchronized (COPIES) {
            return COPIES.computeIfAbsent(bytes.id(), id -> {
                try {
                    Path file = Files.createTempFile("rapport-edge-list-" + id + "-", ".csv");
                    file.toFile().deleteOnExit();
                    return Files.write(file, bytes.value());
                } catch (IOException e) {
                    throw new UncheckedIOException("could not write the edge list on this executor", e);
                }
            });
        }
    }

    private static <K, V> Map<K, V> bounded(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }
}
