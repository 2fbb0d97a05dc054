package dev.rapport.distributed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Asserts that two result folders hold the same files with the same bytes. The manifest alone may
 * differ, and only in when the experiment started and finished.
 */
public final class SameFiles {
    /** The manifest's fields that say when, not what: they differ between any two runs. */
    private static final List<String> CLOCK = List.of("started", "finished");

    private SameFiles() {
    }

    public static void assertSameFiles(Path expected, Path actual) {
        List<Path> files = files(expected);
        assertFalse(files.isEmpty(), "no files in " + expected);
        assertEquals(files, files(actual), "the folders hold different files");
        for (Path file : files) {
            try {
                byte[] a = Files.readAllBytes(expected.resolve(file));
                byte[] b = Files.readAllBytes(actual.resolve(file));
                if (file.toString().equals("manifest.json")) {
                    assertEquals(withoutClock(a), withoutClock(b), "manifest.json");
                } else {
                    assertArrayEquals(a, b, file + " differs");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static ObjectNode withoutClock(byte[] json) throws IOException {
        ObjectNode node = (ObjectNode) new ObjectMapper().readTree(json);
        for (String field : CLOCK) {
            assertFalse(node.path(field).isMissingNode(), "the manifest has no " + field + " field");
            node.remove(field);
        }
        return node;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
