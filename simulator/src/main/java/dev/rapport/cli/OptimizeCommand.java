package dev.rapport.cli;

import dev.rapport.experiment.MemoryPlan;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.optimize.LeverBound;
import dev.rapport.experiment.optimize.Optimization;
import dev.rapport.experiment.optimize.Optimize;
import dev.rapport.experiment.optimize.OptimizeException;
import dev.rapport.experiment.optimize.OptimizeOutcome;
import dev.rapport.experiment.optimize.Robustness;
import dev.rapport.scenario.LeverSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rapport optimize}: the split of a strategy's budget across levers (and periods) that
 * maximises an objective, by CMA-ES on common random numbers; writes the best plan as a scenario
 * ({@code best-plan.yaml}), the trace, response curves and the best plan against the scenario's
 * own strategies. Ctrl-C keeps the finished runs; {@code --resume} replays them.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Find the split of a budget across levers (and periods) that maximises an objective (CMA-ES), "
                + "with response curves and the best plan against the scenario's own strategies.")
final class OptimizeCommand implements Callable<Integer> {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);
    /** The money levers, in the order the defaults list them. */
    static final List<String> MONEY_LEVERS = List.of("advertising", "paid_reach", "value_delivery", "community",
            "advocate_programme", "listening");

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--objective", paramLabel = "OBJECTIVE", defaultValue = "cumulative_profit",
            description = "What to maximise at the horizon: an outcome (cumulative_profit, incremental_cumulative_profit, "
                    + "discounted_profit, members, ...; profit and incremental_profit for short; npv and incremental_npv "
                    + "for discounted_profit and incremental_discounted_profit, the profit's net present value at "
                    + "market.discount_rate_per_week) or a weighted sum such as cumulative_profit+20*members "
                    + "(default: ${DEFAULT-VALUE}).")
    String objective;

    @Option(names = "--levers", paramLabel = "LEVER", split = ",",
            description = "The money levers to split the budget across (default: those the scenario's strategies use).")
    List<String> levers;

    @Option(names = "--periods", paramLabel = "P", defaultValue = "1",
            description = "Equal parts of the horizon, each with its own share per lever (default: ${DEFAULT-VALUE}).")
    int periods;

    @Option(names = "--bounds", paramLabel = "LEVER=MIN:MAX",
            description = "Least and most share of the budget a lever takes (in each period). Repeatable.")
    List<String> bounds = new ArrayList<>();

    @Option(names = "--budget", paramLabel = "MONEY",
            description = "The budget to split over the horizon (default: the largest of the scenario's strategies').")
    Double budget;

    @Option(names = "--evaluations", paramLabel = "N", defaultValue = "60",
            description = "Candidates CMA-ES evaluates (default: ${DEFAULT-VALUE}).")
    int evaluations;

    @Option(names = "--max-replications", paramLabel = "N",
            description = "The most replications per evaluation when --replications is not given and a pilot chooses them "
                    + "(default: the scenario's replications).")
    Integer maxReplications;

    @Option(names = "--robust", paramLabel = "MODE",
            description = "Score each plan across the replications' draws of the scenario's uncertain: values: mean, "
                    + "worst (their 10%% quantile) or regret (minimise the 90%% quantile of the shortfall against the best "
                    + "of the scenario's own strategies per draw). Needs an uncertain: section.")
    String robust;

    @Mixin
    OutputOptions output;

    @Mixin
    ThreadsOption threads;

    @Mixin
    EngineOption engine;

    @Option(names = "--resume", description = "Finish an interrupted optimisation in --out (same scenario and options): "
            + "finished runs are read, not run again, and the files are identical to an uninterrupted one's.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No line per evaluation.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        CommandLines.refuseResumeWithForce(resume, output.force, "optimisation");
        Path target = output.target(scenario.file, "optimize");
        LoadedScenario loaded = scenario.load();
        ErrorHandler.printWarnings(stderr, loaded.warnings());
        int requested = threads.requested();
        Optimization optimization;
        int usable;
        try {
            optimization = new Optimization(loaded, settings(loaded.scenario()));
            long maxHeap = Runtime.getRuntime().maxMemory();
            MemoryPlan.check(optimization.scenario(), maxHeap);
            usable = Math.max(1, MemoryPlan.threadsThatFit(optimization.scenario(), requested, maxHeap));
        } catch (OptimizeException e) {
            throw new UserException(e.getMessage());
        }
        try (EngineOption.Opened opened = engine.open(usable)) {
            Optimize optimize = new Optimize(optimization, opened.executor(), usable, null);
            Path earlier = resume ? optimize.earlier(target) : null;
            if (resume && earlier == null) {
                throw new UserException("nothing to resume in " + target + ": no runs of this optimisation (same scenario and "
                        + "options) are kept there; start it without --resume");
            }
            OutputFolder folder = OutputFolder.prepare(target, output.force || resume, RunOutput.inputs(loaded));
            InterruptHook hook = InterruptHook.install("rapport-interrupt", SHUTDOWN_GRACE);
            try {
                if (earlier != null) {
                    optimize.resumeFrom(folder.work(), earlier);
                }
                long started = System.nanoTime();
                Optimization.Listener listener = quiet ? Optimization.Listener.NONE : (row, of) -> {
                    // The time left at the pace so far; the response curves and the comparison add a few evaluations' worth.
                    long left = (System.nanoTime() - started) / row.evaluation() * Math.max(0, of - row.evaluation()) / 1_000_000_000L;
                    stderr.println("evaluation " + row.evaluation() + "/" + of + ": " + OptimizeTable.money(row.objective())
                            + " (best " + OptimizeTable.money(row.bestSoFar()) + "), about "
                            + (left >= 120 ? left / 60 + " min" : left + " s") + " left");
                    stderr.flush();
                };
                OptimizeOutcome outcome;
                try {
                    outcome = optimize.run(folder.work(), loaded, VersionProvider.version(), hook.signal(), listener);
                } catch (RuntimeException | Error e) {
                    // The runs saved so far stay in the work folder, where --resume looks for them.
                    folder.keep();
                    stderr.println("error: the optimisation stopped unexpectedly: " + e);
                    stderr.println("    its finished runs are kept in " + folder.work());
                    stderr.println("    finish with: " + resumeCommand(folder.target()));
                    if (debug()) {
                        e.printStackTrace(stderr);
                    }
                    stderr.flush();
                    return ExitCodes.RUN_FAILURE;
                }
                if (!outcome.complete() && earlier == null && Files.exists(folder.target())) {
                    // A --force optimisation that did not finish must not cost the earlier results it was to replace.
                    folder.keep();
                    stderr.println("the optimisation did not finish; the earlier results in " + folder.target()
                            + " are left unchanged and this one's finished runs are kept in " + folder.work());
                    stderr.println("    finish with: " + resumeCommand(folder.target()));
                    stderr.flush();
                    return outcome.interrupted() ? ExitCodes.INTERRUPTED : ExitCodes.RUN_FAILURE;
                }
                folder.commit();
                if (outcome.complete() && earlier != null && !earlier.equals(folder.target())) {
                    // The hidden work folder a kill left: its runs are in the result now.
                    OutputFolder.deleteTree(earlier);
                }
                if (outcome.complete()) {
                    new OptimizeTable(outcome).print(stdout);
                    stdout.println("Results in " + (folder.movedAside() ? folder.target() : target)
                            + " (best-plan.yaml, trace.csv, response.csv, plan-comparison.csv, optimize.json)");
                    stdout.flush();
                    return ExitCodes.OK;
                }
                stderr.println((outcome.interrupted() ? "interrupted" : "error: a run failed: " + outcome.failure()) + "; "
                        + outcome.evaluations() + " evaluations finished and their runs are kept in " + folder.target());
                stderr.println("    finish with: " + resumeCommand(folder.target()));
                stderr.flush();
                return outcome.interrupted() ? ExitCodes.INTERRUPTED : ExitCodes.RUN_FAILURE;
            } finally {
                folder.abandon();
                hook.release();
            }
        }
    }

    private OptimizeOutcome.Settings settings(Scenario s) {
        List<String> chosen = levers != null ? levers.stream().map(String::strip).toList() : usedLevers(s);
        for (String lever : chosen) {
            if (lever.equals("discount")) {
                throw new OptimizeException("--levers discount: a discount has a depth, not an amount of money, so it "
                        + "takes no share of a budget; choose from " + String.join(", ", MONEY_LEVERS));
            }
            if (!MONEY_LEVERS.contains(lever)) {
                throw new OptimizeException("--levers " + lever + ": not a money lever; choose from " + String.join(", ", MONEY_LEVERS));
            }
        }
        if (new LinkedHashSet<>(chosen).size() != chosen.size()) {
            throw new OptimizeException("--levers names a lever twice: " + chosen);
        }
        List<LeverBound> parsed = bounds.stream().map(LeverBound::parse).toList();
        double total = budget != null ? budget : s.effectiveStrategies().stream().map(StrategySpec::budget)
                .filter(b -> b != null).mapToDouble(Double::doubleValue).max()
                .orElseThrow(() -> new OptimizeException("the scenario's strategies have no budget to split; give one with --budget"));
        int cap = maxReplications != null ? maxReplications : Math.max(2, s.replications());
        return new OptimizeOutcome.Settings(objective, chosen, periods, parsed, total, evaluations, scenario.replications,
                cap, s.seed(), robust == null ? null : Robustness.parse(robust));
    }

    /** The money levers the scenario's strategies use, in the order they first appear; all of them if none. */
    private static List<String> usedLevers(Scenario s) {
        Set<String> used = new LinkedHashSet<>();
        for (StrategySpec strategy : s.strategies()) {
            for (LeverSpec line : strategy.plan()) {
                if (line instanceof LeverSpec.Money) {
                    used.add(line.getClass().getAnnotation(dev.rapport.scenario.bind.Kind.class).value());
                }
            }
        }
        return used.isEmpty() ? MONEY_LEVERS : List.copyOf(used);
    }

    /** This command line as given, without --force and --out, with --out TARGET --resume. */
    private String resumeCommand(Path target) {
        List<String> args = new ArrayList<>(List.of("rapport"));
        for (String a : CommandLines.givenWithoutOut(spec)) {
            args.add(a.matches("[A-Za-z0-9_./:=,+@%*-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        args.addAll(List.of("--out", target.toString(), "--resume"));
        return String.join(" ", args);
    }

    private boolean debug() {
        return CommandLines.debug(spec);
    }
}
