package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rapport.experiment.ResultFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output is the user's disk: {@code --force} replaces only a Rapport result folder, two runs
 * never write one folder at once, a report never overwrites a file it did not write, and a
 * mistyped command is refused with a suggestion.
 */
class OutputSafetyTest {
    private static final String TINY = "name: tiny\nreplications: 2\nseed: 4\ntime: {horizon_weeks: 8}\n"
            + "population: {size: 300}\nbrands: [{name: a}]\n";

    /** A project folder as a user has one: the scenario, notes, a subfolder. */
    private static Path project(Path tmp) throws IOException {
        Path proj = Files.createDirectories(tmp.resolve("proj"));
        Files.writeString(proj.resolve("scen.yaml"), TINY);
        Files.writeString(proj.resolve("notes.txt"), "my notes");
        Files.createDirectories(proj.resolve("data"));
        Files.writeString(proj.resolve("data").resolve("sales.csv"), "week,sales\n1,2\n");
        return proj;
    }

    private static void assertProjectIntact(Path proj, String log) throws IOException {
        assertTrue(Files.isRegularFile(proj.resolve("scen.yaml")), log);
        assertEquals("my notes", Files.readString(proj.resolve("notes.txt")), log);
        assertTrue(Files.isRegularFile(proj.resolve("data").resolve("sales.csv")), log);
        assertFalse(Files.exists(proj.resolve(ResultFiles.SERIES)), log);
    }

    /** Runs {@code rapport ARGS} as a real process in {@code dir}, so that "." is that folder. */
    private static Proc inFolder(Path dir, Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Duser.home=" + dir.getParent().resolve("home"), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the command ends");
        return new Proc(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Proc(int exitCode, String log) {
    }

    @Test
    void d1_forceNeverReplacesTheCurrentFolderOrAnAncestorOfIt(@TempDir Path tmp) throws Exception {
        Path proj = project(tmp);
        Path log = tmp.resolve("log.txt");
        for (String out : new String[] {".", "", "./"}) {
            Proc p = inFolder(proj, log, "run", "scen.yaml", "--out", out, "--force", "-q");
            assertEquals(2, p.exitCode(), "--out '" + out + "': " + p.log());
            assertTrue(p.log().contains("current folder"), p.log());
            assertFalse(p.log().contains("Exception"), p.log());
            assertProjectIntact(proj, p.log());
        }
        Proc up = inFolder(proj.resolve("data"), log, "run", "../scen.yaml", "--out", "..", "--force", "-q");
        assertEquals(2, up.exitCode(), up.log());
        assertTrue(up.log().contains("current folder"), up.log());
        assertProjectIntact(proj, up.log());

        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve(".bashrc"), "# mine");
        Proc atHome = inFolder(proj, log, "run", "scen.yaml", "--out", home.toString(), "--force", "-q");
        assertEquals(2, atHome.exitCode(), atHome.log());
        assertTrue(atHome.log().contains("home folder"), atHome.log());
        assertEquals("# mine", Files.readString(home.resolve(".bashrc")));
    }

    @Test
    void d1_forceNeverReplacesAFolderThatIsNotARapportResult(@TempDir Path tmp) throws IOException {
        Path proj = project(tmp);
        String scen = proj.resolve("scen.yaml").toString();

        Cli holding = Cli.run("run", scen, "--out", proj.toString(), "--force", "-q");
        assertEquals(2, holding.exitCode(), holding.err());
        assertTrue(holding.err().contains("scen.yaml"), holding.err());
        assertProjectIntact(proj, holding.err());

        // A folder with a manifest.json that Rapport did not write is not a result folder.
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve(ResultFiles.MANIFEST), "{\"name\": \"my web app\"}");
        Files.writeString(other.resolve("index.js"), "code");
        Cli notResult = Cli.run("run", scen, "--out", other.toString(), "--force", "-q");
        assertEquals(2, notResult.exitCode(), notResult.err());
        assertTrue(notResult.err().contains("not a Rapport result folder"), notResult.err());
        assertEquals("code", Files.readString(other.resolve("index.js")));

        Path file = Files.writeString(tmp.resolve("plain.txt"), "text");
        Cli aFile = Cli.run("run", scen, "--out", file.toString(), "--force", "-q");
        assertEquals(2, aFile.exitCode(), aFile.err());
        assertTrue(aFile.err().contains("is a file, not a folder"), aFile.err());
        assertEquals("text", Files.readString(file));

        Cli root = Cli.run("run", scen, "--out", "/", "--force", "-q");
        assertEquals(2, root.exitCode(), root.err());
        assertTrue(root.err().contains("root"), root.err());

        // What --force is for still works: an empty folder, and an earlier result.
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(0, Cli.run("run", scen, "--out", empty.toString(), "--force", "-q").exitCode());
        Cli again = Cli.run("run", scen, "--out", empty.toString(), "--force", "-q", "--seed", "9");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(Files.readString(empty.resolve(ResultFiles.MANIFEST)).contains("\"seed\" : 9"));
    }

    @Test
    void d1_aSymlinkToTheCurrentFolderIsTheCurrentFolder(@TempDir Path tmp) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "symbolic links");
        Path proj = project(tmp);
        Files.createSymbolicLink(tmp.resolve("link"), proj);
        Proc p = inFolder(proj, tmp.resolve("log.txt"), "run", "scen.yaml", "--out", tmp.resolve("link").toString(),
                "--force", "-q");
        assertEquals(2, p.exitCode(), p.log());
        assertProjectIntact(proj, p.log());
    }

    /**
     * A real run holds the folder: a second run into it is refused at once and names the first;
     * once the first is killed with SIGKILL, the OS has released the lock and a run goes ahead.
     */
    @Test
    void d2_aSecondRunIntoTheSameFolderIsRefusedWhileTheFirstRuns(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("conc");
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                "../scenarios/spend-vs-invest.yaml", "--out", out.toString(), "-q", "--threads", "1",
                "--set", "population.size=3000", "--set", "time.horizon_weeks=52", "--replications", "12", "--seed", "5")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!workFolderHasManifest(tmp) && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(25);
            }
            assertTrue(first.isAlive() && workFolderHasManifest(tmp), Files.readString(tmp.resolve("log.txt")));

            Cli second = Cli.run("run", "../scenarios/spend-vs-invest.yaml", "--out", out.toString(), "-q",
                    "--set", "population.size=300", "--set", "time.horizon_weeks=8", "--replications", "2");
            assertEquals(2, second.exitCode(), second.out() + second.err());
            assertTrue(second.err().contains("another rapport run") && second.err().contains("process " + first.pid()),
                    second.err());
            assertFalse(second.out().contains("Results in"), second.out());
            assertFalse(Files.exists(out), "the second run wrote nothing");
        } finally {
            first.destroyForcibly();
            first.waitFor(2, TimeUnit.MINUTES);
        }
        Cli after = Cli.run("run", "../scenarios/spend-vs-invest.yaml", "--out", out.toString(), "-q",
                "--set", "population.size=300", "--set", "time.horizon_weeks=8", "--replications", "2");
        assertEquals(0, after.exitCode(), after.err());
        assertFalse(Files.exists(tmp.resolve(".conc.lock")), "the lock file is removed by the run that held it last");
    }

    private static boolean workFolderHasManifest(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(".conc.partial-")
                    && Files.isRegularFile(p.resolve(ResultFiles.MANIFEST)));
        }
    }

    @Test
    void d3_aReportNeverOverwritesAFileItDidNotWrite(@TempDir Path tmp) throws IOException {
        Path proj = project(tmp);
        Path r1 = tmp.resolve("r1");
        assertEquals(0, Cli.run("run", proj.resolve("scen.yaml").toString(), "--out", r1.toString(), "-q").exitCode());
        byte[] series = Files.readAllBytes(r1.resolve(ResultFiles.SERIES));

        for (String[] extra : new String[][] {{}, {"--force"}}) {
            List<String> args = new ArrayList<>(List.of("report", r1.toString(), "--out", r1.resolve("series.csv").toString()));
            args.addAll(List.of(extra));
            Cli cli = Cli.run(args.toArray(String[]::new));
            assertEquals(2, cli.exitCode(), cli.out() + cli.err());
            assertTrue(cli.err().contains("data file"), cli.err());
            assertArrayEquals(series, Files.readAllBytes(r1.resolve(ResultFiles.SERIES)));
        }

        Path notes = proj.resolve("notes.txt");
        Cli refused = Cli.run("report", r1.toString(), "--out", notes.toString());
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("not a report") && refused.err().contains("--force"), refused.err());
        assertEquals("my notes", Files.readString(notes));

        // A report Rapport wrote may be written again; --force replaces another file.
        Path report = tmp.resolve("report.html");
        assertEquals(0, Cli.run("report", r1.toString(), "--out", report.toString()).exitCode());
        Cli twice = Cli.run("report", r1.toString(), "--out", report.toString());
        assertEquals(0, twice.exitCode(), twice.err());
        Path pdf = tmp.resolve("report.pdf");
        assertEquals(0, Cli.run("report", r1.toString(), "--format", "pdf", "--out", pdf.toString()).exitCode());
        Cli pdfTwice = Cli.run("report", r1.toString(), "--format", "pdf", "--out", pdf.toString());
        assertEquals(0, pdfTwice.exitCode(), "a PDF Rapport wrote is known by its producer: " + pdfTwice.err());
        Cli htmlOverPdf = Cli.run("report", r1.toString(), "--out", pdf.toString());
        assertEquals(2, htmlOverPdf.exitCode(), "an HTML report does not replace a PDF one unasked");
        Cli forced = Cli.run("report", r1.toString(), "--out", notes.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(notes).contains("<html"));
    }

    @Test
    void d12_onlyReplicationWithForceDoesNotReplaceACompleteResult(@TempDir Path tmp) throws IOException {
        Path proj = project(tmp);
        String scen = proj.resolve("scen.yaml").toString();
        Path full = tmp.resolve("full");
        assertEquals(0, Cli.run("run", scen, "--out", full.toString(), "-q").exitCode());
        byte[] manifest = Files.readAllBytes(full.resolve(ResultFiles.MANIFEST));

        Cli cli = Cli.run("run", scen, "--only-replication", "1", "--out", full.toString(), "--force", "-q");
        assertEquals(2, cli.exitCode(), cli.out() + cli.err());
        assertTrue(cli.err().contains("--only-replication") && cli.err().contains("another --out"), cli.err());
        assertArrayEquals(manifest, Files.readAllBytes(full.resolve(ResultFiles.MANIFEST)));

        // Re-running the one replication into its own folder is still allowed.
        Path one = tmp.resolve("one");
        assertEquals(0, Cli.run("run", scen, "--only-replication", "1", "--out", one.toString(), "-q").exitCode());
        Cli rerun = Cli.run("run", scen, "--only-replication", "1", "--out", one.toString(), "--force", "-q");
        assertEquals(0, rerun.exitCode(), rerun.err());
    }

    @Test
    void d16_anOutputThatCannotBeCreatedIsSaidInPlainWords(@TempDir Path tmp) throws IOException {
        Path proj = project(tmp);
        String scen = proj.resolve("scen.yaml").toString();

        Cli underFile = Cli.run("run", scen, "--out", proj.resolve("scen.yaml").resolve("res").toString(), "-q");
        assertEquals(2, underFile.exitCode(), underFile.err());
        assertTrue(underFile.err().contains("is a file, not a folder"), underFile.err());
        assertNoClassNames(underFile.err());

        if (Files.isDirectory(Path.of("/proc"))) {
            Cli proc = Cli.run("run", scen, "--out", "/proc/x", "-q");
            assertEquals(2, proc.exitCode(), proc.err());
            assertTrue(proc.err().contains("/proc"), proc.err());
            assertNoClassNames(proc.err());
        }

        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path locked = Files.createDirectories(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "not running as root");
            Cli readOnly = Cli.run("run", scen, "--out", locked.resolve("res").toString(), "-q");
            assertEquals(2, readOnly.exitCode(), readOnly.err());
            assertTrue(readOnly.err().contains("permission denied"), readOnly.err());
            assertNoClassNames(readOnly.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void assertNoClassNames(String message) {
        assertFalse(message.contains("Exception") || message.contains("java."), message);
    }

    @Test
    void d22_aMistypedCommandIsRefusedWithASuggestion() {
        Cli typo = Cli.run("rnu", "scenario.yaml");
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("unknown command 'rnu'") && typo.err().contains("run"), typo.err());

        Cli help = Cli.run("forecast", "--help");
        assertEquals(2, help.exitCode(), help.out() + help.err());
        assertTrue(help.err().contains("unknown command 'forecast'"), help.err());
        assertFalse(help.out().contains("Usage:"), help.out());

        Cli verfiy = Cli.run("verfiy", "r1");
        assertEquals(2, verfiy.exitCode());
        assertTrue(verfiy.err().contains("did you mean 'verify'?"), verfiy.err());
    }
}
