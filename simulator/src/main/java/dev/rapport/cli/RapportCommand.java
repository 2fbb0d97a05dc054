package dev.rapport.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code rapport} command: lists the subcommands and holds the shared options. */
@Command(name = "rapport", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Simulate a market as agents to compare marketing strategies: spend against invest.",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, CalibrateCommand.class, OptimizeCommand.class, SensitivityCommand.class, DiscoverCommand.class,
                SwitchOffCommand.class, ReportCommand.class, ExportMmmCommand.class, ValidateCommand.class, VerifyCommand.class,
                ListCommand.class, InitCommand.class, GuiCommand.class,
                SchemaCommand.class, SelfcheckCommand.class, CommandLine.HelpCommand.class})
public final class RapportCommand implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of errors (for reporting bugs).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line as the tool runs it; tests call this too. */
    public static CommandLine newCommandLine() {
        return newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RapportCommand());
        cl.getSubcommands().values().forEach(sub -> {
            if (sub.getCommand() instanceof PointsCommand points) {
                points.describeReplications(sub.getCommandSpec());
            }
        });
        cl.setOut(out);
        cl.setErr(err);
        ErrorHandler handler = new ErrorHandler();
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        cl.setExecutionStrategy(ErrorHandler::execute);
        return cl;
    }
}
