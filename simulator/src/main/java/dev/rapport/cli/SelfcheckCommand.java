package dev.rapport.cli;

import dev.rapport.validation.CaseResult;
import dev.rapport.validation.FactResult;
import dev.rapport.validation.Facts;
import dev.rapport.validation.Suite;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rapport selfcheck}: runs the validation suite (the model reduced to classic models with
 * known answers) from the installed tool and prints one row per case; with {@code --facts}, the
 * empirical generalisations of marketing science on the flagship market instead ({@link FactsTable}).
 * Exit code 0 when every row passes, 1 otherwise.
 */
@Command(name = "selfcheck", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check the model against classic models with known answers (Bass, independent cascade, SIR, "
                + "CLV, trust, NPS, tick-length invariance) and print expected, observed, tolerance and pass/fail; "
                + "with --facts, check the flagship market against published empirical generalisations instead.")
final class SelfcheckCommand implements Callable<Integer> {

    static final class SuiteOption {
        @Option(names = "--quick", description = "Reduced populations and replications, tolerances widened to match (default; about a minute on two cores).")
        boolean quick;

        @Option(names = "--full", description = "The issue's sizes: Bass N = 100,000, ring N = 200,000, 20,000 cascades, ... (minutes).")
        boolean full;

        @Option(names = "--facts", description = "Instead of the classic models: does the flagship market "
                + "(spend-vs-invest.yaml) reproduce published empirical generalisations (advertising and price "
                + "elasticities, customer value and churn by acquisition channel)? A few minutes on two cores.")
        boolean facts;
    }

    @ArgGroup(exclusive = true)
    SuiteOption size;

    @Option(names = "--replications", paramLabel = "R", description = "With --facts: paired replications per "
            + "experiment (default: " + Facts.DEFAULT_REPLICATIONS + ").")
    Integer replications;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--case", paramLabel = "TEXT", description = "Run only the cases whose title contains TEXT "
            + "(ignoring case), e.g. --case \"tick length\" or --case bass.")
    String only;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "With --facts: check the flagship market with "
            + "this scenario value changed, by its key path (as for run), e.g. mechanisms.reciprocity.weight=0.1. "
            + "Repeatable.")
    List<String> overrides = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int used = threads.requested();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        if (size != null && size.facts) {
            return facts(out, err, used, start);
        }
        if (replications != null) {
            throw new UserException("--replications goes with --facts (the other suites fix their own sizes)");
        }
        if (!overrides.isEmpty()) {
            throw new UserException("--set goes with --facts (the classic models fix their own markets)");
        }
        Suite.Size chosen = size != null && size.full ? Suite.Size.FULL : Suite.Size.QUICK;
        Suite suite = new Suite(chosen, used);
        String match = only == null ? "" : only.strip();
        if (!match.isEmpty() && suite.titles().stream()
                .noneMatch(t -> t.toLowerCase(Locale.ROOT).contains(match.toLowerCase(Locale.ROOT)))) {
            throw new UserException("--case " + only + " matches no case; the cases are: "
                    + String.join("; ", suite.titles()));
        }
        List<CaseResult> results = suite.run(title -> {
            err.println("selfcheck: " + title);
            err.flush();
        }, match);
        long failed = results.stream().filter(r -> !r.passed()).count();
        print(out, results);
        out.printf(Locale.ROOT, "%n%d of %d cases passed (%s, %.0f s on %d thread%s)%n", results.size() - failed,
                results.size(), chosen.name().toLowerCase(Locale.ROOT), (System.nanoTime() - start) / 1e9, used,
                used == 1 ? "" : "s");
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.RUN_FAILURE;
    }

    private int facts(PrintWriter out, PrintWriter err, int used, long start) {
        int count = replications != null ? replications : Facts.DEFAULT_REPLICATIONS;
        if (count < 2) {
            throw new UserException("--replications must be at least 2 (an interval needs two runs)");
        }
        Facts facts = new Facts(count, used, overrides);
        String match = only == null ? "" : only.strip();
        if (!match.isEmpty() && facts.titles().stream()
                .noneMatch(t -> t.toLowerCase(Locale.ROOT).contains(match.toLowerCase(Locale.ROOT)))) {
            throw new UserException("--case " + only + " matches no experiment; they are: "
                    + String.join("; ", facts.titles()));
        }
        List<FactResult> results = facts.run(title -> {
            err.println("selfcheck: " + title);
            err.flush();
        }, match);
        long failed = results.stream().filter(r -> !r.passed()).count();
        FactsTable.print(out, results);
        out.printf(Locale.ROOT, "%n%d of %d facts reproduced (%d paired replications, %.0f s on %d thread%s)%n",
                results.size() - failed, results.size(), count, (System.nanoTime() - start) / 1e9, used,
                used == 1 ? "" : "s");
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.RUN_FAILURE;
    }

    /** The results as a Markdown table, so that docs/validation.md can hold the output as printed. */
    static void print(PrintWriter out, List<CaseResult> results) {
        String[] head = {"case", "expected", "observed", "tolerance", "result", "basis"};
        String[][] rows = new String[results.size()][];
        for (int i = 0; i < rows.length; i++) {
            CaseResult r = results.get(i);
            rows[i] = new String[] {r.name(), r.comparison().prefix() + num(r.expected()), num(r.observed()),
                    r.comparison().toleranceSign() + num(r.tolerance()), r.passed() ? "pass" : "FAIL", r.basis()};
        }
        table(out, head, rows);
    }

    /** A Markdown table with columns padded to their widest cell. */
    static void table(PrintWriter out, String[] head, String[][] rows) {
        int[] width = new int[head.length];
        for (int c = 0; c < head.length; c++) {
            width[c] = head[c].length();
            for (String[] row : rows) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        line(out, head, width);
        StringBuilder rule = new StringBuilder("|");
        for (int w : width) {
            rule.append('-').append("-".repeat(w)).append("-|");
        }
        out.println(rule);
        for (String[] row : rows) {
            line(out, row, width);
        }
    }

    private static void line(PrintWriter out, String[] cells, int[] width) {
        StringBuilder b = new StringBuilder("|");
        for (int c = 0; c < cells.length; c++) {
            b.append(' ').append(cells[c]).append(" ".repeat(width[c] - cells[c].length())).append(" |");
        }
        out.println(b);
    }

    static String num(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        double a = Math.abs(x);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%.0f", x);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.2f", x);
        }
        if (a >= 0.001 || a == 0) {
            return String.format(Locale.ROOT, "%.4f", x);
        }
        return String.format(Locale.ROOT, "%.1e", x);
    }
}
