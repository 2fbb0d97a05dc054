package dev.rapport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The scenarios shipped inside the tool (the repository's {@code scenarios/} folder, copied into
 * the jar at build time), found on the class path whether it is a jar or a folder.
 */
final class BundledScenarios {
    static final String ROOT = "rapport/scenarios";

    /** A bundled scenario: its path under scenarios/ and its text. */
    record Entry(String path, String text) {
    }

    private BundledScenarios() {
    }

    static List<Entry> all() {
        URL url = BundledScenarios.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return list(fs.getPath(ROOT));
            }
            return list(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot list the bundled scenarios: " + e.getMessage(), e));
        }
    }

    private static List<Entry> list(Path root) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(new Entry(root.relativize(p).toString().replace('\\', '/'), Files.readString(p)));
            }
        }
        return out;
    }
}
