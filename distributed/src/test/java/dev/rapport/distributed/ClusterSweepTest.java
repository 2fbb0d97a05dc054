package dev.rapport.distributed;

import static dev.rapport.distributed.SameFiles.assertSameFiles;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.points.RunKey;
import dev.rapport.experiment.points.Sweep;
import dev.rapport.experiment.points.SweepPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps on a real Spark standalone cluster on this machine (a master and two workers, separate
 * JVMs) write the local engine's files byte for byte, also when an executor dies mid-sweep and
 * Spark redoes its runs on a new one. In the {@code cluster} profile: {@code mvn -B -Pcluster -pl
 * distributed -am verify}, which {@code .ci/run} runs.
 */
@Tag("cluster")
class ClusterSweepTest {
    @TempDir
    static Path clusterDir;
    private static StandaloneCluster cluster;
    private static JavaSparkContext spark;
    private static SweepPlan plan;
    private static Path expected;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = StandaloneCluster.start(clusterDir, 2);
        spark = new JavaSparkContext(cluster.driverConf("rapport-cluster-test"));
        plan = Sweeps.flagship();
        expected = clusterDir.resolve("local");
        Sweeps.local(plan, expected);
    }

    @AfterAll
    static void stopCluster() {
        if (spark != null) {
            spark.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aSweepOnTwoWorkersWritesTheLocalEnginesFiles(@TempDir Path tmp) {
        Sweeps.run(plan, tmp.resolve("cluster"), SparkExecutor.on(spark), null);
        assertSameFiles(expected, tmp.resolve("cluster"));
    }

    @Test
    void anExecutorThatDiesMidSweepCostsNothingButTime(@TempDir Path tmp) {
        Path marker = tmp.resolve("crashed");
        // A run of the middle point: by then the first point's runs have finished on both executors.
        ExitsOnce crashing = new ExitsOnce(Sweep.model(plan), new RunKey(1, 2, 1), marker.toString());
        Sweeps.run(plan, tmp.resolve("cluster"), SparkExecutor.on(spark), crashing);
        assertTrue(Files.exists(marker), "an executor was ended mid-sweep");
        assertSameFiles(expected, tmp.resolve("cluster"));
    }
}
