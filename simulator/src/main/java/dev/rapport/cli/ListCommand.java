package dev.rapport.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rapport list}: the scenarios that ship with Rapport. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the bundled scenarios (in the repository's scenarios/ folder).")
final class ListCommand implements Callable<Integer> {
    private static final Pattern NAME = Pattern.compile("(?m)^name:\\s*\"?([^\"\\n]+)\"?\\s*$");
    private static final Pattern DESCRIPTION = Pattern.compile("(?m)^description:\\s*[>|]?-?\\s*\\n?\\s*\"?([^\"\\n]+)");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (BundledScenarios.Entry e : BundledScenarios.all()) {
            out.printf("scenarios/%-40s %s%n", e.path(), first(NAME, e.text()));
            String description = first(DESCRIPTION, e.text());
            if (!description.isEmpty()) {
                out.printf("    %s%n", description.strip());
            }
        }
        out.println();
        out.println("Run one with: ./rapport run scenarios/<file>   (or rapport init NAME for a starter of your own)");
        out.flush();
        return ExitCodes.OK;
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1).strip() : "";
    }
}
