package dev.rapport.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.format.CellFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes one sheet as a table, row by row: a frozen header row, then text and numeric cells, and at
 * the end column widths that fit what was written, counted in characters of the text as Excel
 * shows it: no font metrics and no AWT (POI's {@code autoSizeColumn} lays out every cell with AWT
 * fonts, seconds on the weekly sheets). A text cell is measured as it is written; of a column's
 * numbers only the largest in size is formatted, once, at the end.
 */
final class SheetWriter {

    /** Excel's unit of column width: 1/256 of a character. */
    private static final int CHARACTER = 256;
    /** Widest column, in characters: long sentences stay readable without a screen-wide column. */
    private static final int WIDEST = 80;

    private final Sheet sheet;
    private final CellStyles styles;
    private final List<Integer> widths = new ArrayList<>();
    /** Per column, the number furthest from zero, its style, and whether any number is negative. */
    private final List<Widest> numbers = new ArrayList<>();
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
            measure(cell.getColumnIndex(), value, style);
        }
        return this;
    }

    /** Leaves the next cell empty. */
    SheetWriter skip() {
        column++;
        return this;
    }

    /** Measures a text cell: its text is what Excel shows. */
    private void measure(Cell cell) {
        int length = cell.getStringCellValue().length();
        if (cell.getCellStyle() == styles.header()) {
            length += 2; // bold and shaded: a little wider than the same text plain
        }
        widen(cell.getColumnIndex(), length);
    }

    private void widen(int column, int length) {
        while (widths.size() <= column) {
            widths.add(0);
        }
        widths.set(column, Math.max(widths.get(column), length));
    }

    /** Keeps the column's number furthest from zero: in one number format it is the widest written. */
    private void measure(int column, double value, CellStyle style) {
        while (numbers.size() <= column) {
            numbers.add(null);
        }
        Widest widest = numbers.get(column);
        if (widest == null || Math.abs(value) > Math.abs(widest.value()) || style != widest.style()) {
            // A column holds one number format; should it change, the latest cell's format is measured too.
            if (widest != null && style != widest.style()) {
                widen(column, widest.length());
            }
            widest = new Widest(value, style, value < 0 || (widest != null && widest.negative()));
        } else if (value < 0 && !widest.negative()) {
            widest = new Widest(widest.value(), style, true);
        }
        numbers.set(column, widest);
    }

    /** Sets every column's width to fit its widest cell, within {@link #WIDEST} characters. */
    void fitColumns() {
        for (int c = 0; c < numbers.size(); c++) {
            if (numbers.get(c) != null) {
                widen(c, numbers.get(c).length());
            }
        }
        for (int c = 0; c < widths.size(); c++) {
            sheet.setColumnWidth(c, Math.min(WIDEST, Math.max(6, widths.get(c) + 2)) * CHARACTER);
        }
    }

    /** A column's number furthest from zero, in its cell style; {@code negative}: the column has a negative number. */
    private record Widest(double value, CellStyle style, boolean negative) {

        /** @return the characters Excel shows for it, one more for a minus sign elsewhere in the column */
        int length() {
            // CellFormat applies scaled formats (€0.00,,"M") as Excel does; DataFormatter leaves them raw.
            String text = CellFormat.getInstance(Locale.ENGLISH, style.getDataFormatString()).apply(value).text;
            return text.length() + (negative && value >= 0 ? 1 : 0);
        }
    }
}
