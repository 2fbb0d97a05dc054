package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.experiment.ResultFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Result folders damaged or mixed up after the run, as a user meets them: a saved replication cut
 * short or overwritten is run again by {@code --resume}, files that disagree with their manifest
 * or hold numbers that are not finite are refused with a plain message, and names a spreadsheet
 * would execute are neutralised in the CSV files yet read back exactly.
 */
class DamagedResultsTest {
    private static final String[] SMALL = {"--set", "population.size=300", "--seed", "11", "--threads", "1"};

    private static Cli run(Path scenario, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out", out.toString(), "-q"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The flagship, small: 3 replications of 10 weeks unless {@code more} says otherwise. */
    private static Cli runSmall(Path out, String... more) {
        List<String> given = List.of(more);
        if (given.contains("--resume")) {
            // --resume takes the settings from the manifest.
            return run(Path.of("../scenarios/spend-vs-invest.yaml"), out, "--resume", "--threads", "1");
        }
        List<String> args = new ArrayList<>(List.of(SMALL));
        if (!given.contains("--replications")) {
            args.addAll(List.of("--replications", "3"));
        }
        if (given.stream().noneMatch(a -> a.startsWith("time."))) {
            args.addAll(List.of("--set", "time.horizon_weeks=10"));
        }
        args.addAll(List.of(more));
        return run(Path.of("../scenarios/spend-vs-invest.yaml"), out, args.toArray(String[]::new));
    }

    /** An incomplete folder holding replication 1 only, with its saved files in resume/. */
    private static Path incomplete(Path tmp) {
        Path out = tmp.resolve("results");
        Cli one = runSmall(out, "--only-replication", "1");
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(Files.isRegularFile(out.resolve("resume/replication-000001.csv")));
        return out;
    }

    private static List<String> hiddenFolders(Path tmp) throws IOException {
        try (Stream<Path> left = Files.list(tmp)) {
            return left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void d7_aSavedReplicationCutInHalfIsRunAgainOnResume(@TempDir Path tmp) throws IOException {
        Path clean = tmp.resolve("clean");
        assertEquals(0, runSmall(clean).exitCode());
        Path out = incomplete(tmp);
        Path rows = out.resolve("resume/replication-000001.csv");
        byte[] bytes = Files.readAllBytes(rows);
        Files.write(rows, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        Cli resumed = runSmall(out, "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.err().contains("replication 1's saved file is damaged; running it again"), resumed.err());
        assertTrue(ResultFiles.readManifest(out).complete());
        assertArrayEquals(Files.readAllBytes(clean.resolve(ResultFiles.SERIES)), Files.readAllBytes(out.resolve(ResultFiles.SERIES)));
        Cli verified = Cli.run("verify", out.toString(), "--threads", "1");
        assertEquals(0, verified.exitCode(), verified.out());
    }

    @Test
    void d8_aSavedValuesFileOfGarbageIsRunAgainAndNoWorkFolderIsLeft(@TempDir Path tmp) throws IOException {
        Path clean = tmp.resolve("clean");
        assertEquals(0, runSmall(clean).exitCode());
        Path out = incomplete(tmp);
        Files.write(out.resolve("resume/replication-000001.values"), "this is not what was saved\n".repeat(40)
                .getBytes(StandardCharsets.UTF_8));

        Cli resumed = runSmall(out, "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.err().contains("replication 1's saved file is damaged; running it again"), resumed.err());
        assertFalse(resumed.err().contains("Exception"), resumed.err());
        assertEquals(List.of(), hiddenFolders(tmp));
        for (String file : List.of(ResultFiles.SERIES, ResultFiles.SUMMARY_CSV, ResultFiles.SUMMARY_JSON)) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
        }
    }

    @Test
    void d8_aSavedReplicationWithoutItsChecksumIsRunAgain(@TempDir Path tmp) throws IOException {
        Path out = incomplete(tmp);
        // A values file as an earlier version saved it: the data without a checksum after it.
        Path values = out.resolve("resume/replication-000001.values");
        byte[] bytes = Files.readAllBytes(values);
        Files.write(values, java.util.Arrays.copyOf(bytes, bytes.length - 32));

        Cli resumed = runSmall(out, "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.err().contains("replication 1's saved file is damaged; running it again"), resumed.err());
        assertEquals(0, Cli.run("verify", out.toString(), "--threads", "1").exitCode());
    }

    @Test
    void d13_aSeriesValueThatIsNotFiniteIsRefusedWithItsLine(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("results");
        assertEquals(0, runSmall(out).exitCode());
        Path series = out.resolve(ResultFiles.SERIES);
        List<String> lines = new ArrayList<>(Files.readAllLines(series));
        String original = lines.get(4);
        for (String bad : List.of("NaN", "Infinity", "-Infinity", "abc")) {
            lines.set(4, original.replaceFirst(",[^,]*$", "," + bad));
            Files.write(series, lines);
            Cli report = Cli.run("report", out.toString());
            assertEquals(2, report.exitCode(), bad + ": " + report.err());
            assertTrue(report.err().contains("series.csv line 5"), bad + ": " + report.err());
            assertFalse(report.err().contains("Exception"), report.err());
        }
    }

    @Test
    void d14_namesASpreadsheetWouldExecuteAreNeutralisedAndReadBackExactly(@TempDir Path tmp) throws IOException {
        Path scenario = tmp.resolve("formula.yaml");
        Files.writeString(scenario, """
                name: formula
                seed: 3
                replications: 2
                time: {horizon_weeks: 8}
                population: {size: 300}
                brands: [{name: "@acme"}]
                strategies:
                  - {name: "=HYPERLINK(\\"http://x\\")", kind: spend, budget: 1000, plan: [{lever: advertising, weeks: all, per_week: 10}]}
                  - {name: "-minus", kind: invest, budget: 1000, plan: [{lever: community, weeks: all, per_week: 10}]}
                  - {name: "'quoted", kind: mixed, budget: 1000, plan: [{lever: advertising, weeks: all, per_week: 5}]}
                """);
        Path out = tmp.resolve("results");
        Cli first = run(scenario, out, "--report");
        assertEquals(0, first.exitCode(), first.err());

        // Jackson quotes a cell that starts with the quote; a spreadsheet drops the double quotes and sees text.
        List<String> series = Files.readAllLines(out.resolve(ResultFiles.SERIES));
        assertTrue(series.stream().skip(1).noneMatch(l -> l.matches("^\"?[=+\\-@\\t\\r].*")), "no row starts with a formula");
        assertTrue(series.stream().allMatch(l -> !l.contains(",@acme,") && !l.contains("\"@acme\"")), "nor any brand cell");
        assertTrue(series.stream().anyMatch(l -> l.startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",0,0,0,\"'@acme\",unaware,")),
                series.get(1));
        assertTrue(series.stream().anyMatch(l -> l.startsWith("\"'-minus\",0,0,0,\"'@acme\",")), "a name starting with -");
        assertTrue(series.stream().anyMatch(l -> l.startsWith("\"''quoted\",0,0,0,\"'@acme\",")), "a name starting with a quote");
        assertTrue(series.stream().anyMatch(l -> l.matches(".*,profit,-[0-9].*")), "negative numbers stay numbers");
        List<String> summary = Files.readAllLines(out.resolve(ResultFiles.SUMMARY_CSV));
        // Every strategy's rows, the baseline's (named by Rapport, nothing to neutralise) aside.
        assertTrue(summary.stream().skip(1).filter(l -> !l.startsWith("baseline,"))
                        .allMatch(l -> l.matches("^\"'(=HYPERLINK|-minus|'quoted).*\",\"'@acme\",.*")),
                summary.get(1));
        assertTrue(summary.stream().anyMatch(l -> l.matches(".*,-[0-9][^,]*,[^,]*$")), "negative numbers stay numbers");

        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("-minus") && quoted(report, "-minus").isEmpty(), "the report shows the real name");
        assertTrue(report.contains("@acme") && quoted(report, "@acme").isEmpty(), "the report shows the real brand");
        Cli rebuilt = Cli.run("report", out.toString());
        assertEquals(0, rebuilt.exitCode(), rebuilt.err());
        assertEquals(0, Cli.run("verify", out.toString()).exitCode());
    }

    /** The ways a report could show {@code name} with the quote that neutralised it. */
    private static List<String> quoted(String report, String name) {
        return Stream.of("'", "&#39;", "&#x27;", "&apos;").map(q -> q + name).filter(report::contains).toList();
    }

    @Test
    void d17_aManifestReplicationBeyondAnyIntIsAPlainError(@TempDir Path tmp) throws IOException {
        Path out = incomplete(tmp);
        Path manifest = out.resolve(ResultFiles.MANIFEST);
        ObjectNode edited = (ObjectNode) ResultFiles.json().readTree(manifest.toFile());
        edited.putArray("completed_replications").add(1L << 40);
        ResultFiles.json().writeValue(manifest.toFile(), edited);

        for (Cli cli : List.of(Cli.run("verify", out.toString()), runSmall(out, "--resume"), Cli.run("report", out.toString()))) {
            assertEquals(2, cli.exitCode(), cli.out() + cli.err());
            assertTrue(cli.err().contains("manifest.json") && cli.err().contains("completed_replications")
                    && cli.err().contains("0 to 2"), cli.err());
            assertFalse(cli.err().contains("dev.rapport") || cli.err().contains("Manifest[") || cli.err().contains("Exception"),
                    cli.err());
        }

        edited.put("replications", 1L << 40);
        edited.putArray("completed_replications").add(1);
        ResultFiles.json().writeValue(manifest.toFile(), edited);
        Cli verify = Cli.run("verify", out.toString());
        assertEquals(2, verify.exitCode(), verify.out() + verify.err());
        assertTrue(verify.err().contains("manifest.json") && verify.err().contains("replications")
                && verify.err().contains("1 to 2147483647"), verify.err());
        assertFalse(verify.err().contains("dev.rapport") || verify.err().contains("Exception"), verify.err());
    }

    @Test
    void d21_aSeriesFromAnotherRunIsRefusedByReport(@TempDir Path tmp) throws IOException {
        Path mine = tmp.resolve("mine");
        Path other = tmp.resolve("other");
        assertEquals(0, runSmall(mine, "--replications", "2").exitCode());
        assertEquals(0, runSmall(other, "--set", "time.horizon_weeks=12").exitCode());
        Files.copy(other.resolve(ResultFiles.SERIES), mine.resolve(ResultFiles.SERIES),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Cli report = Cli.run("report", mine.toString());
        assertEquals(2, report.exitCode(), report.err());
        assertTrue(report.err().contains("series.csv") && report.err().contains("manifest.json"), report.err());
        assertTrue(report.err().contains("3 replications") && report.err().contains("2"), report.err());
        assertFalse(Files.exists(mine.resolve("report.html")));
        JsonNode manifest = ResultFiles.json().readTree(mine.resolve(ResultFiles.MANIFEST).toFile());
        assertEquals(2, manifest.get("replications").asInt());
    }
}
