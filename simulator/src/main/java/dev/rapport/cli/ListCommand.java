package dev.rapport.cli;

import dev.rapport.scenario.ScenarioException;
import dev.rapport.scenario.bind.Node;
import dev.rapport.scenario.bind.YamlReader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rapport list}: the scenarios that ship with Rapport, by folder. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the bundled scenarios (in the repository's scenarios/ folder), by folder, each with its "
                + "title and what it is about.")
final class ListCommand implements Callable<Integer> {
    /** Descriptions are wrapped to this width, so that a listing reads in an ordinary terminal. */
    static final int WIDTH = 100;
    private static final String INDENT = "    ";
    /** What each bundled folder holds; a folder not named here is headed by its path. */
    private static final Map<String, String> FOLDERS = Map.of(
            "", "Examples (scenarios/README.md)",
            "stories/", "Stories: the ideas Rapport was built from, for teaching (scenarios/stories/README.md)",
            "validation/", "Validation cases: known answers the model is checked against (docs/validation.md)");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String folder = null;
        // Folder by folder, the top folder first, whatever the files' names.
        List<BundledScenarios.Entry> entries = BundledScenarios.all().stream()
                .sorted(Comparator.comparing((BundledScenarios.Entry e) -> folder(e)).thenComparing(e -> e.path()))
                .toList();
        for (BundledScenarios.Entry e : entries) {
            String here = folder(e);
            if (!here.equals(folder)) {
                if (folder != null) {
                    out.println();
                }
                folder = here;
                out.println(FOLDERS.getOrDefault(here, "scenarios/" + here));
            }
            out.printf("  scenarios/%-38s %s%n", e.path(), text(e, "name"));
            for (String line : wrap(text(e, "description"), WIDTH - INDENT.length())) {
                out.println(INDENT + line);
            }
        }
        out.println();
        out.println("Run one with: ./rapport run scenarios/<file>   (or rapport init NAME for a starter of your own)");
        out.flush();
        return ExitCodes.OK;
    }

    /** The folder of a bundled scenario under scenarios/, "" for the top, else ending in a slash. */
    private static String folder(BundledScenarios.Entry e) {
        return e.path().substring(0, e.path().lastIndexOf('/') + 1);
    }

    /** The words of {@code text} in lines of at most {@code width} characters (a longer word has a line of its own). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A top-level text value of a bundled scenario, or "" (listing never fails on one file). */
    private static String text(BundledScenarios.Entry e, String key) {
        try {
            if (new YamlReader().read(e.text(), e.path()) instanceof Node.MapNode map
                    && map.entries().get(key) instanceof Node.ScalarNode s) {
                return s.text().strip();
            }
        } catch (ScenarioException ignored) {
            // A broken bundled scenario is caught by the tests; the listing still shows its file.
        }
        return "";
    }
}
