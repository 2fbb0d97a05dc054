package dev.rapport.cli;

import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.discovery.Discovery;
import dev.rapport.experiment.discovery.UncertainFutures;
import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.experiment.points.SeedNoise;
import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.SweepSpec;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rapport discover}: over a sweep of possible futures (a Latin hypercube over the
 * {@code --vary} ranges or, without them, over the scenario's {@code uncertain:} distributions:
 * {@link UncertainFutures}), the conditions under which strategy A beats strategy B, as a PRIM box
 * with its density and coverage; writes {@code discovery.csv}, {@code box.csv} and the chart.
 */
@Command(name = "discover", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Find the conditions (a box of parameter values, by PRIM) under which strategy A beats strategy B.")
final class DiscoverCommand extends PointsCommand {

    @Option(names = "--a", paramLabel = "STRATEGY", required = true, description = "The strategy that may win.")
    String a;

    @Option(names = "--b", paramLabel = "STRATEGY", required = true, description = "The strategy it is compared with.")
    String b;

    @Option(names = "--points", paramLabel = "N", description = "Futures (points) in the sweep (default: 200).")
    int points = 200;

    @Option(names = "--design", paramLabel = "DESIGN",
            description = "How futures are placed: latin_hypercube or sobol (default: latin_hypercube).")
    String design = "latin_hypercube";

    @Option(names = "--objective", paramLabel = "METRIC", description = "The metric compared (default: the scenario's objective).")
    String objective;

    @Option(names = "--min-density", paramLabel = "D",
            description = "Report the widest box in which A wins at least this share of futures (default: 0.8).")
    double minimumDensity = Discovery.DEFAULT_MINIMUM_DENSITY;

    @Override
    String name() {
        return "discover";
    }

    @Override
    String replicationsHelp() {
        return "Replications at each future (default: " + SeedNoise.DEFAULT_REPLICATIONS + "; many futures on common "
                + "seeds matter more than many replications, and the futures too close to call are counted).";
    }

    /** The replications at each future: --replications, else the default. */
    static int replications(Integer given) {
        return given != null ? given : SeedNoise.DEFAULT_REPLICATIONS;
    }

    @Override
    boolean sweepsUncertainWithoutVary() {
        return true;
    }

    @Override
    Experiment prepare(LoadedScenario loaded, List<SweptParameter> parameters, List<Location> origins) {
        if (points < 10 || points > SweepPlan.MAX_POINTS) {
            throw new UserException("--points must be between 10 and " + SweepPlan.MAX_POINTS + ", not " + points
                    + " (PRIM peels 5% of the futures at a time)");
        }
        SweepSpec.Design placed = switch (design.strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "latin_hypercube" -> SweepSpec.Design.LATIN_HYPERCUBE;
            case "sobol" -> SweepSpec.Design.SOBOL;
            default -> throw new UserException("--design must be latin_hypercube or sobol, not '" + design + "'");
        };
        Discovery discovery;
        try {
            if (parameters.isEmpty() && loaded.scenario().uncertain().isEmpty()) {
                throw new UserException("rapport discover needs the futures to sweep: give --vary PATH=LOW:HIGH, e.g. "
                        + "--vary market.potential=0.3:0.7, or an uncertain: section in the scenario");
            }
            int reps = replications(scenario.replications);
            SweepPlan plan = parameters.isEmpty() ? UncertainFutures.of(loaded, placed, points, reps)
                    : SweepPlan.of(loaded, new SweepSpec(placed, points, reps, parameters), origins);
            discovery = Discovery.of(plan, a, b, objective, minimumDensity);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        return new Experiment() {
            @Override
            public SweepPlan plan() {
                return discovery.plan();
            }

            @Override
            public String differs(Path folder) {
                return discovery.differs(folder);
            }

            @Override
            public Ran run(OutputFolder folder, RunExecutor executor, int threads, ProgressListener progress, StopSignal stop) {
                Discovery.Outcome outcome = discovery.run(folder, VersionProvider.version(), executor, threads, null, progress, stop);
                return new Ran(outcome.sweep(), out -> print(discovery, outcome.finding(), scenario.replications == null, out),
                        Discovery.DISCOVERY_CSV + ", " + Discovery.BOX_CSV + ", " + Discovery.DISCOVERY_JSON);
            }
        };
    }

    /**
     * @param byDefault the replications are discover's default, not --replications
     */
    static void print(Discovery discovery, Discovery.Finding finding, boolean byDefault, PrintWriter out) {
        SweepPlan plan = discovery.plan();
        // Futures from the uncertain: section are said to be: the design was placed in probability, not over flat ranges.
        boolean uncertain = plan.design().startsWith("uncertain_");
        out.printf(Locale.ROOT, "Where %s, in %s: %s of %d futures%s over %s; %d strategies (%s) x %d replications%s at "
                        + "each: %d runs%n", discovery.question(), plan.scenario().scenario().name(),
                uncertain ? plan.design().substring("uncertain_".length()) : plan.design(), plan.points().size(),
                uncertain ? " drawn from the uncertain: section" : "",
                String.join(", ", plan.parameters().stream().map(SweepPlan.Parameter::path).toList()),
                plan.strategies().size(), String.join(", ", plan.strategies()), plan.replications(),
                byDefault ? " (the default; --replications to change)" : "", plan.layout().runs());
        out.println(finding.sentence() + ".");
        out.println(SensitivityCommand.capitalised(finding.noiseSentence(discovery.a(), discovery.b(),
                plan.replications())) + ".");
        if (finding.interesting() > 0 && finding.interesting() < finding.points()) {
            out.printf(Locale.ROOT, "PRIM went through %d boxes (discovery.csv); the one shown (box.csv) is box %d: %d futures, "
                            + "%d of them where %s%n", finding.trajectory().boxes().size(), finding.chosen().step(),
                    finding.chosen().points(), finding.chosen().interesting(), discovery.question());
        }
        String warning = finding.boxWarning(discovery.a(), discovery.b());
        if (warning != null) {
            out.println("warning: " + warning);
        }
    }
}
