package dev.rapport.validation;

import java.util.Locale;

/** Number formatting for result rows and their notes: four significant decimals, locale-free. */
final class Format {
    private Format() {
    }

    static String num(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e9) {
            return String.format(Locale.ROOT, "%.0f", x);
        }
        double a = Math.abs(x);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.2f", x);
        }
        if (a >= 0.001 || a == 0) {
            return String.format(Locale.ROOT, "%.4f", x);
        }
        return String.format(Locale.ROOT, "%.2e", x);
    }

    static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
