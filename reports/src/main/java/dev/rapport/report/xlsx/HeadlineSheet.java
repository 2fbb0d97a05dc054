package dev.rapport.report.xlsx;

import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.table.HeadlineCell;
import dev.rapport.report.table.HeadlineRow;
import dev.rapport.report.table.HeadlineTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The report's headline table: each metric at the horizon, a mean and its interval per strategy
 * (three columns per strategy), in the report's order and with the report's numbers.
 */
final class HeadlineSheet {

    /** The sheet's name. */
    static final String NAME = "Headline";

    private HeadlineSheet() {
    }

    static void write(Workbook workbook, CellStyles styles, HeadlineTable table, MetricCatalog catalog,
                      double level) {
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles);
        String ci = Wording.level(level) + " CI";
        List<String> header = new ArrayList<>(List.of("Metric at week " + Wording.week(table.week()), "Unit", "metric"));
        for (String strategy : table.strategies()) {
            header.add(strategy + " mean");
            header.add(strategy + " " + ci + " low");
            header.add(strategy + " " + ci + " high");
        }
        out.header(header);
        for (HeadlineRow row : table.rows()) {
            var format = styles.value(catalog.metric(row.metric()).format(), row.cells().stream()
                    .mapToDouble(c -> Math.abs(c.interval().mean())).filter(Double::isFinite).max().orElse(0));
            out.row().text(row.label()).text(row.unit()).text(row.metric());
            for (HeadlineCell cell : row.cells()) {
                out.number(cell.interval().mean(), format)
                        .number(cell.interval().low(), format)
                        .number(cell.interval().high(), format);
            }
        }
        out.fitColumns();
    }
}
