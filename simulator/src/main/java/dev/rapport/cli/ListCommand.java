package dev.rapport.cli;

import dev.rapport.scenario.ScenarioException;
import dev.rapport.scenario.bind.Node;
import dev.rapport.scenario.bind.YamlReader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rapport list}: the scenarios that ship with Rapport. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the bundled scenarios (in the repository's scenarios/ folder).")
final class ListCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (BundledScenarios.Entry e : BundledScenarios.all()) {
            out.printf("scenarios/%-40s %s%n", e.path(), text(e, "name"));
            String description = text(e, "description");
            if (!description.isEmpty()) {
                out.printf("    %s%n", description.strip());
            }
        }
        out.println();
        out.println("Run one with: ./rapport run scenarios/<file>   (or rapport init NAME for a starter of your own)");
        out.flush();
        return ExitCodes.OK;
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
