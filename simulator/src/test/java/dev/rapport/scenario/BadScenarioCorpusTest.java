package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rapport.model.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario in {@code src/test/resources/bad-scenarios} is refused with exactly the problems
 * in its {@code .expected} file: code, line and column, key path, message and hint, all of them
 * at once (see the README there for the format). Run with {@code -Drapport.corpus.update=true} to
 * rewrite the expected files after a deliberate change of wording, then review the diff.
 */
class BadScenarioCorpusTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "bad-scenarios");
    private static final boolean UPDATE = Boolean.getBoolean("rapport.corpus.update");

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /** The problems as the .expected file states them: one line each. */
    static List<String> describe(ScenarioException e) {
        List<String> lines = new ArrayList<>();
        for (ScenarioProblem p : e.problems()) {
            String message = "expected " + p.expected() + (p.found() == null || p.found().isEmpty() ? "" : ", found " + p.found());
            String line = p.code() + " | " + p.location().line() + ":" + p.location().column() + " | " + p.path() + " | "
                    + message + (p.suggestion() == null || p.suggestion().isEmpty() ? "" : " | hint: " + p.suggestion());
            // Messages that name an absolute path (a missing edge list) must not depend on the checkout.
            lines.add(line.replace(CORPUS.toAbsolutePath().toString(), "<corpus>"));
        }
        return lines;
    }

    static ScenarioException refusal(Path file) {
        return assertThrows(ScenarioException.class, () -> new ScenarioLoader(Metric.names()).load(file, List.of()),
                file + " should be refused");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadScenarioIsRefusedWithItsExpectedProblems(Path file) throws IOException {
        ScenarioException e = refusal(file);
        List<String> actual = describe(e);
        for (ScenarioProblem p : e.problems()) {
            assertTrue(p.location().source().endsWith(".yaml") || p.location().source().endsWith(".csv"),
                    "every problem names its file: " + p.location());
            assertTrue(p.location().line() >= 1 && p.location().column() >= 1, "every problem has a line and column: " + p);
        }
        Path expectedFile = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.yaml$", ".expected"));
        if (UPDATE) {
            // Keep the file's comments (why the case exists): only the problem lines are rewritten.
            List<String> kept = new ArrayList<>();
            if (Files.exists(expectedFile)) {
                Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("#"))
                        .forEach(kept::add);
            }
            kept.addAll(actual);
            Files.write(expectedFile, kept, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail(file + " has no .expected file; it would be:\n" + String.join("\n", actual));
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(expected, actual, file.toString());
    }

    @Test
    void theCorpusIsLargeAndCoversEveryKindOfProblem() throws IOException {
        List<Path> files = corpus().toList();
        assertTrue(files.size() >= 50, "corpus size " + files.size());
        java.util.EnumSet<ScenarioProblem.Code> seen = java.util.EnumSet.noneOf(ScenarioProblem.Code.class);
        for (Path f : files) {
            refusal(f).problems().forEach(p -> seen.add(p.code()));
        }
        // OVERRIDE needs a --set: ScenarioErrorsTest and the fuzz tests cover it.
        assertEquals(java.util.EnumSet.complementOf(java.util.EnumSet.of(ScenarioProblem.Code.OVERRIDE)), seen);
    }

    @Test
    void theBaseOfTheCorpusIsValid() throws IOException {
        byte[] base = Files.readAllBytes(CORPUS.resolve("valid-base.yaml.txt"));
        new ScenarioLoader(Metric.names()).load(base, "valid-base.yaml", null, List.of());
    }

    @Test
    void aFileWithThreeMistakesGetsThreeProblems() {
        ScenarioException e = refusal(CORPUS.resolve("three-problems-at-once.yaml"));
        assertEquals(3, e.problems().size(), e.getMessage());
        ScenarioException five = refusal(CORPUS.resolve("five-problems-at-once.yaml"));
        assertEquals(5, five.problems().size(), five.getMessage());
    }
}
