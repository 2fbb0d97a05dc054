package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rapport.model.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A short, fixed, seeded mutation fuzz of scenario loading that runs in every build whatever the
 * platform (Jazzer's coverage-guided fuzzing is {@link ScenarioLoaderFuzzTest}, on demand): the
 * bad-scenario corpus and the valid scenarios, with bytes flipped, YAML tokens inserted, ranges
 * cut, doubled and spliced. Loading must succeed or throw {@link ScenarioException}, nothing else.
 */
class ScenarioLoaderMutationTest {
    static final int ITERATIONS = 4000;
    private static final String[] TOKENS = {":", ": ", "-", "- ", "[", "]", "{", "}", ",", "\n", "  ", "\t", "&a ", "*a",
            "<<: *a", "!!binary ", "!!int ", "---\n", "...\n", "?", "|", ">", "#", "\"", "'", ".nan", ".inf", "-.inf",
            "1e999", "-1", "0", "99999999999999999999", "~", "null", "true", "\u00e9", "\uFEFF", "%YAML 1.2\n",
            "type: edge_list", "lever: discount", "weeks: 5-1", "weeks: 1-end", "brand: nobody", "population.size",
            "share: 2", "per_week: -1", "tick: day", "tick: 0"};

    @Test
    void mutatedScenariosAreLoadedOrRefusedWithAScenarioException() throws IOException {
        List<byte[]> seeds = seeds();
        ScenarioLoader loader = new ScenarioLoader(Metric.names());
        Random random = new Random(20261123);
        int refused = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), seeds, random);
            try {
                loader.load(input, "mutant.yaml", null, List.of());
            } catch (ScenarioException expected) {
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("iteration " + i + ": " + e + " loading:\n" + new String(input, StandardCharsets.UTF_8), e);
            }
        }
        assertTrue(refused > ITERATIONS / 2, "most mutants are refused: " + refused);
    }

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(Files.readAllBytes(BadScenarioCorpusTest.CORPUS.resolve("valid-base.yaml.txt")));
        seeds.add(Files.readAllBytes(Path.of("..", "scenarios", "spend-vs-invest.yaml")));
        for (Path p : BadScenarioCorpusTest.corpus().toList()) {
            if (Files.size(p) < 20_000) {
                seeds.add(Files.readAllBytes(p));
            }
        }
        return seeds;
    }

    static byte[] mutate(byte[] seed, List<byte[]> all, Random random) {
        byte[] b = seed.clone();
        int steps = 1 + random.nextInt(4);
        for (int s = 0; s < steps; s++) {
            if (b.length == 0) {
                b = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                continue;
            }
            int at = random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b = insert(b, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 2 -> b = cut(b, at, Math.min(b.length, at + 1 + random.nextInt(40)));
                case 3 -> b = insert(b, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + 1 + random.nextInt(60))));
                case 4 -> {
                    byte[] other = all.get(random.nextInt(all.size()));
                    int from = other.length == 0 ? 0 : random.nextInt(other.length);
                    b = insert(cut(b, at, b.length), at, Arrays.copyOfRange(other, from, other.length));
                }
                default -> b[at] = (byte) (b[at] ^ (1 << random.nextInt(8)));
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] out = new byte[b.length + piece.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(b, at, out, at + piece.length, b.length - at);
        return out;
    }

    private static byte[] cut(byte[] b, int from, int to) {
        byte[] out = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, to, out, from, b.length - to);
        return out;
    }
}
