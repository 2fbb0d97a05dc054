package dev.rapport.experiment.points;

import java.nio.file.Path;

/**
 * A run function whose scenario reads a network from an edge-list file. On one machine it reads
 * the file where the scenario names it; a cluster's executor has no such path, so the cluster ships
 * the file's bytes, writes them where it can and has the runs read that copy instead
 * ({@link #readingEdgeListAt}). The runs' results do not change: the copy holds the same bytes.
 */
public interface EdgeListRuns extends RunFunction {
    /** The edge-list file the runs read on this machine, or null when the network is generated. */
    Path edgeListFile();

    /** The same runs reading the edge list from {@code copy}, a file holding the same bytes. */
    RunFunction readingEdgeListAt(Path copy);

    /**
     * The {@code --set} that points a scenario's network at {@code copy}: an absolute path (which
     * the loader does not resolve against the scenario's folder), quoted for YAML.
     */
    static String override(String copy) {
        return "network.file='" + copy.replace("'", "''") + "'";
    }
}
