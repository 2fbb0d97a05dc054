package dev.rapport.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;

/**
 * A real Spark standalone cluster on 127.0.0.1: a master and workers, each its own JVM started from
 * this test's class path (which holds Spark and Rapport), on free ports. The executors the workers
 * launch get the same class path through {@code spark.executor.extraClassPath}: the machine is the
 * same, so no jar needs to travel; on a real cluster spark-submit ships the application jar.
 */
final class StandaloneCluster implements AutoCloseable {
    /** Spark 4 on Java 17 opens these JDK packages to itself (as the pom's surefire argLine). */
    static final List<String> JAVA_OPTIONS = List.of(
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            // The reports module silences the Log4j API for the CLI; Spark needs Log4j's own implementation.
            "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.core.impl.Log4jContextFactory");
    /** How long the master may take to see its workers: JVM starts on a shared two-core machine. */
    private static final long REGISTRATION_MILLIS = 120_000;

    private final List<Process> processes = new ArrayList<>();
    private final String classPath;
    private int masterPort;

    private StandaloneCluster() {
        String surefire = System.getProperty("surefire.test.class.path");
        this.classPath = surefire != null ? surefire : System.getProperty("java.class.path");
    }

    /** Starts a master and {@code workers} workers of one core each, logging into {@code dir}; waits until all registered. */
    static StandaloneCluster start(Path dir, int workers) throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster();
        try {
            // The worker builds each executor's command from SPARK_HOME: an empty jars folder will do,
            // as the executors' class path is given whole by spark.executor.extraClassPath.
            Path home = Files.createDirectories(dir.resolve("spark-home"));
            Files.createDirectories(home.resolve("jars"));
            cluster.masterPort = freePort();
            int masterUi = freePort();
            cluster.launch(dir, "master", home, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", String.valueOf(cluster.masterPort), "--webui-port", String.valueOf(masterUi));
            for (int w = 0; w < workers; w++) {
                Path work = Files.createDirectories(dir.resolve("worker-" + w));
                cluster.launch(dir, "worker-" + w, home, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                        "--port", String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()),
                        "--cores", "1", "--memory", "1g", "--work-dir", work.toString(), cluster.masterUrl());
            }
            cluster.awaitWorkers(masterUi, workers, dir);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** A driver's configuration for this cluster: executors of 512 MB on the test's class path, up to 4 attempts a task. */
    SparkConf driverConf(String appName) {
        return new SparkConf().setAppName(appName).setMaster(masterUrl())
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false")
                .set("spark.executor.memory", "512m")
                .set("spark.executor.extraClassPath", classPath)
                .set("spark.executor.extraJavaOptions", JAVA_OPTIONS.get(JAVA_OPTIONS.size() - 1))
                .set("spark.task.maxFailures", "4");
    }

    private void launch(Path dir, String name, Path home, String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m"));
        command.addAll(JAVA_OPTIONS);
        command.addAll(List.of("-cp", classPath, main));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        processes.add(builder.start());
    }

    private void awaitWorkers(int masterUi, int workers, Path dir) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/")).build();
        long deadline = System.currentTimeMillis() + REGISTRATION_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException("a cluster JVM ended; see the logs in " + dir);
            }
            try {
                String json = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                if (json.replace(" ", "").contains("\"aliveworkers\":" + workers)) {
                    return;
                }
            } catch (IOException e) {
                // the master's page is not up yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the workers did not register with the master in time; see the logs in " + dir);
    }

    @Override
    public void close() {
        // Executors first (the workers' children), then workers and master; nothing outlives the test.
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
        }
        for (Process p : processes) {
            p.destroyForcibly();
        }
        for (Process p : processes) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
