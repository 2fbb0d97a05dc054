package dev.rapport.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes one sheet as a table, row by row: a frozen header row, then text and numeric cells, and at
 * the end column widths that fit what was written (measured from each cell's formatted text, as
 * Excel shows it, so no font metrics and no AWT are needed).
 */
final class SheetWriter {

    /** Excel's unit of column width: 1/256 of a character. */
    private static final int CHARACTER = 256;
    /** Widest column, in characters: long sentences stay readable without a screen-wide column. */
    private static final int WIDEST = 80;

    private final Sheet sheet;
    private final CellStyles styles;
    private final DataFormatter formatter = new DataFormatter(Locale.ENGLISH);
    private final List<Integer> widths = new ArrayList<>();
    private Row row;
    private int column;

    SheetWriter(Sheet sheet, CellStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    Sheet sheet() {
        return sheet;
    }

    /** Writes the header row in the sheet's first row and freezes it, so it stays while scrolling. */
    SheetWriter header(List<String> names) {
        row();
        names.forEach(name -> cell(name, styles.header()));
        sheet.createFreezePane(0, row.getRowNum() + 1);
        return this;
    }

    /** Starts the next row. */
    SheetWriter row() {
        row = sheet.createRow(row == null ? 0 : row.getRowNum() + 1);
        column = 0;
        return this;
    }

    /** @return the 0-based index of the current row */
    int rowIndex() {
        return row.getRowNum();
    }

    SheetWriter text(String value) {
        return cell(value, styles.text());
    }

    SheetWriter cell(String value, CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        if (style != styles.title()) {
            // A title runs over the empty cells beside it; its length says nothing of the column.
            measure(cell);
        }
        return this;
    }

    /** A numeric cell; NaN and infinities, which Excel cannot hold, leave it empty. */
    SheetWriter number(double value, CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(style);
        if (Double.isFinite(value)) {
            cell.setCellValue(value);
            measure(cell);
        }
        return this;
    }

    /** Leaves the next cell empty. */
    SheetWriter skip() {
        column++;
        return this;
    }

    private void measure(Cell cell) {
        int index = cell.getColumnIndex();
        while (widths.size() <= index) {
            widths.add(0);
        }
        int length = formatter.formatCellValue(cell).length();
        if (cell.getCellStyle() == styles.header()) {
            length += 2; // bold and shaded: a little wider than the same text plain
        }
        widths.set(index, Math.max(widths.get(index), length));
    }

    /** Sets every column's width to fit its widest cell, within {@link #WIDEST} characters. */
    void fitColumns() {
        for (int c = 0; c < widths.size(); c++) {
            sheet.setColumnWidth(c, Math.min(WIDEST, Math.max(6, widths.get(c) + 2)) * CHARACTER);
        }
    }
}
