package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sample of the bad-scenario corpus through the command line, as a user meets it: exit code 2,
 * every problem with {@code file:line:column} and its key path, no stack trace, and no output
 * folder or partial folder left behind, from {@code run} and from {@code validate}.
 */
class BadScenarioCliTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "bad-scenarios");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"syntax-tab-indentation", "empty", "binary-png", "utf16-le-bom", "latin1-description",
            "type-size-text", "unknown-brand-key", "missing-brands", "range-negative-budget", "nan-price",
            "semantic-shares-not-summing-to-one", "semantic-strategy-unknown-brand", "edge-list-three-bad-rows",
            "three-problems-at-once"})
    void aBadScenarioIsAUserErrorWithLocationsAndNoOutput(String name, @org.junit.jupiter.api.io.TempDir Path tmp)
            throws IOException {
        Path file = CORPUS.resolve(name + ".yaml");
        List<String> expected = Files.readAllLines(CORPUS.resolve(name + ".expected")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        Path out = tmp.resolve("out");
        for (Cli cli : List.of(Cli.run("run", file.toString(), "--out", out.toString(), "-q"),
                Cli.run("validate", file.toString()))) {
            assertEquals(2, cli.exitCode(), cli.err());
            assertTrue(cli.err().contains(expected.size() + " problem"), cli.err());
            for (String line : expected) {
                String[] parts = line.split(" \\| ");
                String where = parts[1];
                String source = parts[0].equals("FILE") && name.startsWith("edge-list") && !name.endsWith("missing-file")
                        ? name + ".csv" : file.toString();
                assertTrue(cli.err().contains(source + ":" + where), source + ":" + where + " in:\n" + cli.err());
                if (!parts[2].isEmpty()) {
                    assertTrue(cli.err().contains(parts[2] + ": "), parts[2] + " in:\n" + cli.err());
                }
                assertTrue(cli.err().contains(parts[3]), parts[3] + " in:\n" + cli.err());
            }
            assertFalse(cli.err().contains("\tat ") || cli.err().contains("Exception"), "no stack trace:\n" + cli.err());
            assertFalse(Files.exists(out), "no output folder");
            try (Stream<Path> left = Files.list(tmp)) {
                assertEquals(0, left.count(), "no partial folder left behind");
            }
        }
    }
}
