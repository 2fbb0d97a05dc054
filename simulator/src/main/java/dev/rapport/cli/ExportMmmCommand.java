package dev.rapport.cli;

import dev.rapport.experiment.MmmExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rapport export-mmm}: writes a finished run's weekly spend per lever and sales in the wide
 * input format of marketing-mix models ({@link MmmExport}); never over an existing file.
 */
@Command(name = "export-mmm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write a run's weekly spend per lever and sales as marketing-mix model input (Meridian, Robyn): "
                + "one row per strategy and week, a column per channel.")
final class ExportMmmCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "The result folder of a run.")
    Path folder;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The file to write (default: RESULTS_DIR/mmm-input.csv); an existing file is never replaced.")
    Path out;

    @Option(names = "--replication", paramLabel = "R", description = "Export replication R alone (default: the mean over replications).")
    Integer replication;

    @Option(names = "--start", paramLabel = "DATE", description = "Date of week 1, YYYY-MM-DD (default: 2025-01-06).")
    String start;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        LocalDate first;
        try {
            first = start == null ? MmmExport.DEFAULT_START : LocalDate.parse(start);
        } catch (DateTimeParseException e) {
            throw new UserException("--start must be a date written YYYY-MM-DD, such as 2025-01-06; got " + start);
        }
        MmmExport export = new MmmExport(folder);
        Path file = out != null ? out : export.defaultFile(replication);
        int rows = export.write(file, replication, first);
        stdout.println("Wrote " + rows + " rows (strategy x week) to " + file + ": "
                + (replication == null ? "the mean over replications" : "replication " + replication));
        stdout.flush();
        return ExitCodes.OK;
    }
}
