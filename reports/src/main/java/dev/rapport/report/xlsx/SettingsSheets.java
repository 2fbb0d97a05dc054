package dev.rapport.report.xlsx;

import dev.rapport.report.html.ParameterGroup;
import dev.rapport.report.html.ParameterRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What was run: the scenario's settings ({@code scenario.json} flattened to dotted paths, grouped
 * by section, as the HTML report lists them) and the manifest (the fields needed to reproduce the
 * run first, labelled, then the rest). A value that is a plain number is written as a number.
 */
final class SettingsSheets {

    /** The parameters sheet's name. */
    static final String PARAMETERS = "Parameters";
    /** The manifest sheet's name. */
    static final String MANIFEST = "Manifest";

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private SettingsSheets() {
    }

    static void parameters(Workbook workbook, CellStyles styles, List<ParameterGroup> groups) {
        SheetWriter out = new SheetWriter(workbook.createSheet(PARAMETERS), styles);
        out.header(List.of("Section", "Setting", "Value"));
        for (ParameterGroup group : groups) {
            for (ParameterRow row : group.rows()) {
                value(out.row().text(group.name()).text(row.path()), styles, row.value());
            }
        }
        out.fitColumns();
    }

    /**
     * @param reproduce the labelled fields needed to reproduce the run
     * @param rest      every other manifest field, flattened
     */
    static void manifest(Workbook workbook, CellStyles styles, List<ParameterRow> reproduce, List<ParameterRow> rest) {
        SheetWriter out = new SheetWriter(workbook.createSheet(MANIFEST), styles);
        out.header(List.of("Field", "Value"));
        for (ParameterRow row : reproduce) {
            value(out.row().text(row.path()), styles, row.value());
        }
        for (ParameterRow row : rest) {
            value(out.row().text(row.path()), styles, row.value());
        }
        out.fitColumns();
    }

    /**
     * A number when the text is one that a double holds exactly (a 64-bit seed may not: it stays
     * text, digit for digit), else the text.
     */
    private static void value(SheetWriter out, CellStyles styles, String value) {
        if (NUMBER.matcher(value).matches()) {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number) && new BigDecimal(value).compareTo(BigDecimal.valueOf(number)) == 0) {
                out.number(number, styles.general());
                return;
            }
        }
        out.text(value);
    }
}
