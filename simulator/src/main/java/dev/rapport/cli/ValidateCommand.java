package dev.rapport.cli;

import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.bind.Kind;
import dev.rapport.scenario.bind.Names;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code rapport validate}: checks a scenario and says what it describes, or every problem in it.
 * Warnings (a plan over its budget, ...) are printed to stderr and leave the exit code 0. A sweep in
 * the {@code experiment:} section has its paths and ranges checked too.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check a scenario file without running it; lists every problem with file, line and column.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LoadedScenario loaded = scenario.load();
        Scenario s = loaded.scenario();
        PrintWriter out = spec.commandLine().getOut();
        ErrorHandler.printWarnings(spec.commandLine().getErr(), loaded.warnings());
        int w = loaded.warnings().size();
        out.printf(Locale.ROOT, "%s is valid%s: \"%s\"%n", loaded.sourceName(),
                w == 0 ? "" : " (with " + w + " warning" + (w == 1 ? "" : "s") + ", on stderr)", s.name());
        int runs = s.effectiveStrategies().size();
        // The baseline is counted apart: it is what the strategies are measured against.
        boolean baseline = s.hasBaseline() && runs > 1;
        int strategies = baseline ? runs - 1 : runs;
        String market = s.market().size() == null ? ""
                : String.format(Locale.ROOT, " standing for %.0f people", s.market().size());
        out.printf(Locale.ROOT, "  %d consumers%s, %d brand(s), %d strateg%s%s, %s weeks in ticks of %s weeks, %d replications%n",
                s.population().size(), market, s.brands().size(), strategies, strategies == 1 ? "y" : "ies",
                baseline ? " and the baseline" : "", ComparisonTable.fmt(s.time().horizonWeeks()),
                ComparisonTable.fmt(s.time().tick().weeks()), s.replications());
        loaded.edges().ifPresent(e -> out.printf(Locale.ROOT,
                "  edge list: %d ties (%d self-loops dropped, %d duplicates merged)%n",
                e.edgeCount(), e.selfLoopsDropped(), e.duplicatesMerged()));
        if (!s.uncertain().isEmpty()) {
            // Each replication also runs at the medians, to split the spread: the run takes twice as long.
            out.printf(Locale.ROOT, "  %d uncertain value%s drawn per replication (%s); each replication also runs at their medians%n",
                    s.uncertain().size(), s.uncertain().size() == 1 ? "" : "s",
                    s.uncertain().stream().map(u -> u.path() + ": " + u.getClass().getAnnotation(Kind.class).value())
                            .collect(Collectors.joining(", ")));
        }
        if (!s.experiment().sweep().parameters().isEmpty()) {
            // The sweep's paths and ranges are checked now, not when rapport sweep starts.
            SweepOptions.Chosen chosen = new SweepOptions().choose(loaded, null);
            SweepPlan plan = SweepPlan.of(loaded, chosen.spec(), chosen.origins());
            out.printf(Locale.ROOT, "  experiment.sweep: %s of %d point%s over %s, %d replications at each%n",
                    plan.design(), plan.points().size(), plan.points().size() == 1 ? "" : "s",
                    String.join(", ", plan.parameters().stream().map(SweepPlan.Parameter::path).toList()),
                    plan.replications());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
