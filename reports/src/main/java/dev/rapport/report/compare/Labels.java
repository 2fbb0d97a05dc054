package dev.rapport.report.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The runs' labels: each folder's name, with as many parent folders as it takes to tell them apart. */
final class Labels {

    private Labels() {
    }

    static List<String> of(List<Path> dirs) {
        List<Path> abs = dirs.stream().map(d -> d.toAbsolutePath().normalize()).toList();
        int maxDepth = abs.stream().mapToInt(Path::getNameCount).max().orElse(1);
        for (int depth = 1; depth <= maxDepth; depth++) {
            List<String> labels = new ArrayList<>();
            for (Path p : abs) {
                int n = p.getNameCount();
                labels.add(n == 0 ? p.toString() : p.subpath(Math.max(0, n - depth), n).toString());
            }
            if (new HashSet<>(labels).size() == labels.size()) {
                return labels;
            }
        }
        // The same folder given twice: number the repeats.
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path p : abs) {
            String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
            String label = name;
            for (int k = 2; !seen.add(label); k++) {
                label = name + " (" + k + ")";
            }
            labels.add(label);
        }
        return labels;
    }
}
