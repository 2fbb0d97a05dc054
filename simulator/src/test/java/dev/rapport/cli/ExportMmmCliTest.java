package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport export-mmm}: one row per strategy and week whose columns add up to the run's own
 * totals, one replication alone on request, and never over an existing file.
 */
class ExportMmmCliTest {
    private static final String SCENARIO = """
            name: mmm
            seed: 9
            replications: 3
            time: {horizon_weeks: 14, tick: week}
            population: {size: 300}
            brands:
              - {name: acme, price: 40, margin: 0.4, initial_awareness: 0.2, initial_customers: 0.05}
            strategies:
              - name: mix
                budget: 9000
                plan:
                  - {lever: advertising, weeks: 1-6, per_week: 12}
                  - {lever: paid_reach, weeks: 2-9, per_week: 30}
                  - {lever: discount, weeks: 4-7, depth: 0.15}
                  - {lever: value_delivery, weeks: all, per_week: 150}
                  - {lever: community, weeks: 3-end, per_week: 60}
                  - {lever: advocate_programme, weeks: all, per_week: 40}
                  - {lever: listening, weeks: all, per_week: 20, share: 0.8}
            events:
              - {type: crisis, brand: acme, week: 5, severity: 2, share_affected: 0.3, response: honest, response_cost: 55}
            """;
    private static final List<String> SPEND = List.of("advertising_cost", "paid_reach_cost", "value_delivery_cost",
            "community_cost", "advocate_programme_cost", "listening_cost", "response_cost", "discount_cost");

    @TempDir
    static Path tmp;
    static Path results;

    @BeforeAll
    static void run() throws IOException {
        Path file = Files.writeString(tmp.resolve("mmm.yaml"), SCENARIO);
        results = tmp.resolve("results");
        Cli cli = Cli.run("run", file.toString(), "--out", results.toString(), "--threads", "1", "-q");
        assertEquals(0, cli.exitCode(), cli.err());
    }

    private static List<Map<String, String>> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = Arrays.asList(lines.get(0).replace("\"", "").split(","));
        return lines.subList(1, lines.size()).stream().map(line -> {
            String[] f = line.replace("\"", "").split(",");
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < f.length; i++) {
                row.put(header.get(i), f[i]);
            }
            return row;
        }).toList();
    }

    /** The summary's mean of a metric at the horizon. */
    private static double summary(String strategy, String metric) throws IOException {
        JsonNode summary = new ObjectMapper().readTree(results.resolve("summary.json").toFile());
        for (JsonNode m : summary.get("metrics")) {
            if (m.get("strategy").asText().equals(strategy) && m.get("metric").asText().equals(metric)
                    && m.get("week").asDouble() == 14) {
                return m.get("mean").asDouble();
            }
        }
        throw new AssertionError("no " + metric);
    }

    /** The mean over replications of a metric summed over the weeks, from series.csv. */
    private static double seriesSum(String strategy, String metric) throws IOException {
        double sum = 0;
        for (String line : Files.readAllLines(results.resolve("series.csv"))) {
            String[] f = line.replace("\"", "").split(",");
            if (f[0].equals(strategy) && f[5].equals(metric)) {
                sum += Double.parseDouble(f[6]);
            }
        }
        return sum / 3;
    }

    @Test
    void oneRowPerWeekWhoseColumnsSumToTheRunsTotals() throws IOException {
        Cli cli = Cli.run("export-mmm", results.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        Path file = results.resolve("mmm-input.csv");
        assertTrue(cli.out().contains("Wrote 28 rows"), cli.out());
        assertEquals("strategy,week,date,advertising_cost,paid_reach_cost,value_delivery_cost,community_cost,"
                + "advocate_programme_cost,listening_cost,response_cost,discount_cost,revenue,purchases,new_customers",
                Files.readAllLines(file).get(0));
        List<Map<String, String>> rows = read(file);
        for (String strategy : List.of("mix", "baseline")) {
            List<Map<String, String>> mine = rows.stream().filter(r -> r.get("strategy").equals(strategy)).toList();
            assertEquals(14, mine.size(), "one row per week");
            for (int w = 1; w <= 14; w++) {
                assertEquals(String.valueOf(w), mine.get(w - 1).get("week"));
            }
            assertEquals("2025-01-06", mine.get(0).get("date"));
            assertEquals("2025-01-13", mine.get(1).get("date"));
            double spend = 0;
            for (String column : SPEND) {
                spend += mine.stream().mapToDouble(r -> Double.parseDouble(r.get(column))).sum();
            }
            assertEquals(summary(strategy, "cumulative_spend"), spend, 1e-6, strategy + ": spend sums to the summary's");
            double revenue = mine.stream().mapToDouble(r -> Double.parseDouble(r.get("revenue"))).sum();
            assertEquals(seriesSum(strategy, "revenue"), revenue, 1e-6);
            double cogs = seriesSum(strategy, "cogs");
            double leverCost = seriesSum(strategy, "lever_cost");
            assertEquals(summary(strategy, "cumulative_profit"), revenue - cogs - leverCost, 1e-6,
                    "revenue agrees with the summary's cumulative profit");
        }
        List<Map<String, String>> mix = rows.stream().filter(r -> r.get("strategy").equals("mix")).toList();
        for (String column : SPEND) {
            assertTrue(mix.stream().anyMatch(r -> Double.parseDouble(r.get(column)) > 0), column + " spends");
        }
        assertEquals(0, Double.parseDouble(mix.get(7).get("advertising_cost")), "advertising ran weeks 1-6");
    }

    @Test
    void oneReplicationOnRequestAndNeverOverAnExistingFile() throws IOException {
        Path out = tmp.resolve("one.csv");
        assertEquals(0, Cli.run("export-mmm", results.toString(), "--replication", "2", "--out", out.toString()).exitCode());
        double revenue = read(out).stream().filter(r -> r.get("strategy").equals("mix"))
                .mapToDouble(r -> Double.parseDouble(r.get("revenue"))).sum();
        double expected = 0;
        for (String line : Files.readAllLines(results.resolve("series.csv"))) {
            String[] f = line.replace("\"", "").split(",");
            if (f[0].equals("mix") && f[1].equals("2") && f[5].equals("revenue")) {
                expected += Double.parseDouble(f[6]);
            }
        }
        assertEquals(expected, revenue, 1e-6);

        String before = Files.readString(out);
        Cli again = Cli.run("export-mmm", results.toString(), "--out", out.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("will not overwrite"), again.err());
        assertEquals(before, Files.readString(out), "the existing file is untouched");

        Cli missing = Cli.run("export-mmm", results.toString(), "--replication", "7", "--out", tmp.resolve("x.csv").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("--replication 7 is not in"), missing.err());
    }

    @Test
    void aFolderThatIsNotAResultExitsTwo() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Cli cli = Cli.run("export-mmm", empty.toString());
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("is not a Rapport result folder"), cli.err());
        Cli none = Cli.run("export-mmm", tmp.resolve("nowhere").toString());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("is not a folder"), none.err());
    }
}
