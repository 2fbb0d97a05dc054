package dev.rapport.report.results;

/**
 * The one rule for names in the CSV files Rapport writes ({@code series.csv},
 * {@code summary.csv}): a text cell a spreadsheet would run as a formula, one starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, is written with a single
 * quote in front (OWASP's advice against CSV injection), so {@code =HYPERLINK(...)} shows as text.
 * A name that itself starts with a quote gets one more, so that reading drops exactly one and
 * gives back the name as the scenario spelled it. Numbers are never touched: {@code -0.5} stays a
 * number.
 */
public final class CsvCells {
    private CsvCells() {
    }

    /** The cell to write for a name. */
    public static String neutralise(String name) {
        return needsQuote(name) ? "'" + name : name;
    }

    /** The name a cell written by {@link #neutralise(String)} stands for. */
    public static String restore(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    private static boolean needsQuote(String name) {
        if (name.isEmpty()) {
            return false;
        }
        return switch (name.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\'' -> true;
            default -> false;
        };
    }
}
