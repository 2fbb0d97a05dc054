package dev.rapport.experiment.points;

import java.math.BigDecimal;

/**
 * One scenario value set at a point: its {@code --set} path and the number it takes.
 *
 * @param path as {@code --set} writes it, e.g. {@code market.potential}
 */
public record Setting(String path, double value) {
    public Setting {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a setting of " + path + " must be a finite number, not " + value);
        }
    }

    /**
     * The override the scenario loader applies: the number in plain decimal notation, which YAML
     * reads back as exactly this double (an exponent without a sign, 1.5E7, YAML reads as text).
     */
    public String override() {
        return path + "=" + plain(value);
    }

    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }
}
