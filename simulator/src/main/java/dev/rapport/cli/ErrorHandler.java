package dev.rapport.cli;

import dev.rapport.experiment.ExperimentInputException;
import dev.rapport.experiment.MemoryPlan;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.OutputRefusedException;
import dev.rapport.experiment.SimulationException;
import dev.rapport.report.ReportException;
import dev.rapport.scenario.ScenarioException;
import dev.rapport.scenario.ScenarioProblem;
import dev.rapport.scenario.ScenarioWarning;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;

/**
 * The one place where errors become messages and exit codes. User errors (a bad scenario, bad
 * arguments, an output folder that exists, a scenario too large for memory) print what to fix and
 * exit 2; a run that fails exits 1 with the seed that reproduces it. Stack traces only with
 * {@code --debug}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = isDebug(parsed);
        if (ex instanceof ScenarioException se) {
            printProblems(err, se.problems(), se.unlisted());
            return ExitCodes.USER_ERROR;
        }
        if (ex instanceof UserException ue) {
            err.println("error: " + ue.getMessage());
            return ExitCodes.USER_ERROR;
        }
        if (ex instanceof OutputFolder.OutputExistsException oe) {
            err.println("error: the output folder " + oe.folder() + " already exists; choose another with --out, or add --force to replace it");
            return ExitCodes.USER_ERROR;
        }
        if (ex instanceof ExperimentInputException ee) {
            err.println("error: " + ee.getMessage());
            err.flush();
            return ExitCodes.USER_ERROR;
        }
        if (ex instanceof OutputRefusedException oe) {
            err.println("error: " + oe.getMessage());
            err.flush();
            return ExitCodes.USER_ERROR;
        }
        if (ex instanceof MemoryPlan.InsufficientMemoryException me) {
            err.println("error: " + me.getMessage());
            return ExitCodes.USER_ERROR;
        }
        if (ex instanceof ReportException re) {
            err.println("error: " + re.getMessage());
            err.flush();
            return switch (re.code()) {
                case WRITE_FAILED, RENDER_FAILED -> ExitCodes.RUN_FAILURE;
                default -> ExitCodes.USER_ERROR;
            };
        }
        if (ex instanceof SimulationException || ex instanceof UncheckedIOException) {
            // Their messages say what failed in words; the class name would only add noise.
            err.println("error: " + ex.getMessage());
        } else {
            err.println("error: " + ex);
        }
        if (debug) {
            ex.printStackTrace(err);
        } else {
            err.println("    (add --debug for the stack trace)");
        }
        err.flush();
        return ExitCodes.RUN_FAILURE;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && isUnknownCommand(u)) {
            UnknownCommand.message(u.getUnmatched().get(0), cl.getSubcommands().keySet(),
                    cl.getCommandSpec().qualifiedName()).forEach(err::println);
            err.flush();
            return ExitCodes.USER_ERROR;
        }
        err.println("error: " + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        return ExitCodes.USER_ERROR;
    }

    /** A word where a command was expected: the command line has commands and none was matched. */
    private static boolean isUnknownCommand(CommandLine.UnmatchedArgumentException u) {
        CommandLine cl = u.getCommandLine();
        return !cl.getSubcommands().isEmpty() && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-");
    }

    /**
     * Runs the command, but first refuses arguments picocli left unmatched: it does not when
     * {@code --help} is given too, and would print the top-level help for {@code rapport compare --help}.
     */
    static int execute(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        if (!last.unmatched().isEmpty()) {
            throw new CommandLine.UnmatchedArgumentException(last.commandSpec().commandLine(), last.unmatched());
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    static void printProblems(PrintWriter err, List<ScenarioProblem> problems) {
        printProblems(err, problems, 0);
    }

    /** The problems listed, then how many more there were (past {@link ScenarioException#MAX_LISTED}). */
    static void printProblems(PrintWriter err, List<ScenarioProblem> problems, long unlisted) {
        long total = problems.size() + unlisted;
        err.println("error: the scenario has " + total + " problem" + (total == 1 ? "" : "s")
                + (unlisted == 0 ? ":" : "; the first " + problems.size() + ":"));
        for (ScenarioProblem p : problems) {
            err.println("  " + p.format().replace("\n", "\n  "));
        }
        if (unlisted > 0) {
            err.println("  ... and " + unlisted + " more problems, not listed: fix these and validate again");
        }
        err.flush();
    }

    /** Each warning about a valid scenario, as a problem is printed but headed "warning:"; they never change the exit code. */
    static void printWarnings(PrintWriter err, List<ScenarioWarning> warnings) {
        for (ScenarioWarning w : warnings) {
            err.println("warning: " + w.format());
        }
        err.flush();
    }

    private static boolean isDebug(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult r = parsed;
        while (r != null) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
            r = r.subcommand();
        }
        return false;
    }
}
