package dev.rapport.report.metrics;

import java.util.Locale;
import java.util.Objects;

/**
 * A metric as a report names it.
 *
 * @param name   the name in {@code series.csv}
 * @param label  what a person calls it, capitalised, e.g. "Cumulative profit"
 * @param unit   the unit for axis titles, e.g. "consumers", or empty when it has none
 * @param format how its values are written
 */
public record Metric(String name, String label, String unit, ValueFormat format) {

    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(format, "format");
    }

    /** @return the label with its unit in brackets, for an axis title */
    public String axisTitle() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    /** @return the label in lower case for use inside a sentence, keeping acronyms such as NPS */
    public String inSentence() {
        return label.equals(label.toUpperCase(Locale.ROOT)) ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /**
     * @return what goes before an amount of this metric in a table: the currency's symbol for a
     *         money metric whose currency is known ("€", "CHF "), else ""
     */
    public String moneyPrefix() {
        // A named currency is a symbol or a three-letter code; "currency" means it is not known.
        if (format != ValueFormat.CURRENCY || unit.isEmpty() || unit.length() > 3) {
            return "";
        }
        return Character.isLetter(unit.charAt(unit.length() - 1)) ? unit + " " : unit;
    }

    /**
     * @return a fresh format for this metric's axis ticks: money with its currency's symbol
     *         ({@code €30M}), anything else as {@link ValueFormat#axisFormat} writes it
     */
    public java.text.NumberFormat axisFormat() {
        String prefix = moneyPrefix();
        return prefix.isEmpty() ? format.axisFormat() : new CompactMoney(prefix);
    }

    /**
     * @return {@code value} as a caption or table writes it: money with its currency's symbol and
     *         units, the sign before the symbol ({@code €31.46M}, {@code -€1,200}); anything else as
     *         {@link ValueFormat#format} writes it
     */
    public String write(double value) {
        String prefix = moneyPrefix();
        if (prefix.isEmpty() || Double.isNaN(value)) {
            return format.format(value);
        }
        return (value < 0 ? "-" : "") + prefix + format.format(Math.abs(value));
    }
}
