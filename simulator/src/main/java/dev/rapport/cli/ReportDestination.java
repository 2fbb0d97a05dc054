package dev.rapport.cli;

import dev.rapport.experiment.ResultFolders;
import dev.rapport.report.ReportFormat;
import dev.rapport.report.Reports;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code rapport report} may write: a new file, or a report Rapport wrote before in the same
 * format (recognised by {@link Reports#isReport}); any other existing file only with
 * {@code --force}; a result folder's data files never, not even with {@code --force}.
 */
final class ReportDestination {
    private ReportDestination() {
    }

    static void check(Path file, ReportFormat format, boolean force) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new UserException(file + " is a folder; --out names the report file, e.g. "
                    + file.resolve(Reports.REPORT_NAME + "." + format.extension()));
        }
        Path parent = abs.getParent();
        boolean dataFile = parent != null && (ResultFolders.DATA_FILES.contains(abs.getFileName().toString())
                && ResultFolders.isResult(parent)
                || parent.getFileName() != null && parent.getFileName().toString().equals("resume")
                && parent.getParent() != null && ResultFolders.isResult(parent.getParent()));
        if (dataFile) {
            throw new UserException(file + " is one of the data files of a result folder; a report never replaces "
                    + "them, not even with --force; choose another --out");
        }
        if (!Files.exists(abs) || force || Reports.isReport(abs, format)) {
            return;
        }
        throw new UserException(file + " exists and is not a report Rapport wrote (as " + format.extension()
                + "); choose another --out, or add --force to replace it");
    }
}
