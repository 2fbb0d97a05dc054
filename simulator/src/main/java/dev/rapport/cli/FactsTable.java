package dev.rapport.cli;

import dev.rapport.report.stats.Interval;
import dev.rapport.validation.FactResult;
import java.io.PrintWriter;
import java.util.List;

/**
 * How {@code rapport selfcheck --facts} prints its rows: a Markdown table (finding, published,
 * model with its 95% interval, band, result, why the band), then one note per row with the source
 * and how the model's value was measured, so that docs/validation.md can hold the output as printed.
 */
final class FactsTable {
    private FactsTable() {
    }

    static void print(PrintWriter out, List<FactResult> results) {
        String[] head = {"finding", "published", "model [95% interval]", "band", "result", "why this band"};
        String[][] rows = new String[results.size()][];
        for (int i = 0; i < rows.length; i++) {
            FactResult r = results.get(i);
            rows[i] = new String[] {(i + 1) + ". " + r.finding(), r.published(), model(r.model()), r.band().text(),
                    r.passed() ? "pass" : "FAIL", r.why()};
        }
        SelfcheckCommand.table(out, head, rows);
        out.println();
        for (int i = 0; i < rows.length; i++) {
            FactResult r = results.get(i);
            out.println((i + 1) + ". " + r.source() + ". Measured: " + r.method() + ".");
        }
    }

    /** "0.0812 [0.0700, 0.0924] (n = 20)", or "n/a" when no replication gave a value. */
    static String model(Interval model) {
        if (model.n() == 0) {
            return "n/a (no run had a value)";
        }
        return SelfcheckCommand.num(model.mean()) + " [" + SelfcheckCommand.num(model.low()) + ", "
                + SelfcheckCommand.num(model.high()) + "]" + " (n = " + model.n() + ")";
    }
}
