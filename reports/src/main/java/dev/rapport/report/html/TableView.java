package dev.rapport.report.html;

import java.util.List;

/**
 * A table as the experiment report lays it out, every cell already written out.
 *
 * @param title   the heading above it
 * @param note    one sentence saying what a row is and where the table comes from
 * @param columns the column headings
 * @param numeric per column, whether it holds numbers (set right-aligned)
 * @param rows    the cells, a list per row in column order
 */
public record TableView(String title, String note, List<String> columns, List<Boolean> numeric,
                        List<List<String>> rows) {

    public TableView {
        columns = List.copyOf(columns);
        numeric = List.copyOf(numeric);
        rows = rows.stream().map(List::copyOf).toList();
        if (numeric.size() != columns.size()) {
            throw new IllegalArgumentException(numeric.size() + " numeric flags for " + columns.size() + " columns");
        }
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + columns.size() + " columns");
            }
        }
    }
}
