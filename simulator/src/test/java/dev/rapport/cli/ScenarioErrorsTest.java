package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario with a wrong type, an unknown key or an out-of-range value is a user error: exit
 * code 2, a message with file, line and column, no stack trace, and no output folder.
 */
class ScenarioErrorsTest {
    private static final String VALID = """
            name: errors
            replications: 1
            time: {horizon_weeks: 4}
            population:
              size: 200
            brands:
              - name: acme
                price: 30
            """;

    private Cli runBroken(Path tmp, String yaml) throws IOException {
        Path file = tmp.resolve("broken.yaml");
        Files.writeString(file, yaml);
        return Cli.run("run", file.toString(), "--out", tmp.resolve("out").toString(), "-q");
    }

    private static void assertUserError(Cli cli, Path tmp, String location, String... fragments) {
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains(location), "location " + location + " in: " + cli.err());
        for (String f : fragments) {
            assertTrue(cli.err().contains(f), "'" + f + "' in: " + cli.err());
        }
        assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
        assertFalse(Files.exists(tmp.resolve("out")), "no output folder");
        try (var files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".out")), "no partial folder left");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void wrongTypeIsReportedWithItsLocation(@TempDir Path tmp) throws IOException {
        Cli cli = runBroken(tmp, VALID.replace("size: 200", "size: lots"));
        assertUserError(cli, tmp, "broken.yaml:5:9", "population.size", "expected a number", "found text 'lots'");
    }

    @Test
    void unknownKeyGetsADidYouMean(@TempDir Path tmp) throws IOException {
        Cli cli = runBroken(tmp, VALID.replace("    price: 30", "    price: 30\n    qualty: 0.9"));
        assertUserError(cli, tmp, "broken.yaml:9:5", "brands[0].qualty", "unknown key 'qualty'", "did you mean 'quality'?");
    }

    @Test
    void outOfRangeValueSaysTheRange(@TempDir Path tmp) throws IOException {
        Cli cli = runBroken(tmp, VALID.replace("    price: 30", "    price: 30\n    quality: 1.5"));
        assertUserError(cli, tmp, "broken.yaml:9:14", "brands[0].quality", "a value in [0, 1]", "found number 1.5");
    }

    @Test
    void everyProblemIsReportedAtOnce(@TempDir Path tmp) throws IOException {
        Cli cli = runBroken(tmp, VALID.replace("size: 200", "size: lots").replace("    price: 30", "    price: -3\n    qualty: 2"));
        assertUserError(cli, tmp, "broken.yaml:5:9", "3 problems", "brands[0].price", "brands[0].qualty");
    }

    @Test
    void stackTraceOnlyWithDebug(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("ok.yaml");
        Files.writeString(file, VALID);
        Files.createDirectories(tmp.resolve("exists"));
        Cli cli = Cli.run("run", file.toString(), "--out", tmp.resolve("exists").toString(), "-q");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("already exists") && cli.err().contains("--force"), cli.err());
    }

    @Test
    void badArgumentsAreUserErrors() {
        Cli cli = Cli.run("run");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("Missing required parameter"), cli.err());
        Cli unknown = Cli.run("runn");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("run"), unknown.err());
    }

    @Test
    void d17_setWithNothingBeforeTheEqualsSignSaysTheKeyIsMissing(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("ok.yaml");
        Files.writeString(file, VALID);
        Cli cli = Cli.run("validate", file.toString(), "--set", "=5");
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("--set =5"), cli.err());
        assertTrue(cli.err().contains("no key before '='"), cli.err());
        assertFalse(cli.err().contains("no '='"), cli.err());
        assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 20, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void d4_validateDevZeroIsRefusedAsNotARegularFile() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        Cli cli = Cli.run("validate", "/dev/zero");
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("/dev/zero") && cli.err().contains("not a regular file"), cli.err());
        assertFalse(cli.err().contains("\tat ") || cli.err().contains("OutOfMemoryError"), cli.err());
    }

    /** An empty argument is no scenario; it used to be read as the current folder and called "a folder". */
    @Test
    void anEmptyScenarioNameIsSaidToBeEmpty() {
        Cli cli = Cli.run("validate", "");
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("an empty file name") && cli.err().contains("give the scenario's file name"),
                cli.err());
    }
}
