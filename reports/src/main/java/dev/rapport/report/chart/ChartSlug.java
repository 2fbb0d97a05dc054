package dev.rapport.report.chart;

import java.util.Locale;

/**
 * The file-name-safe form of a name in chart file names and report element ids (a break-even
 * chart of strategies {@code a/b} and {@code spend} is {@code breakeven-a-b-vs-spend}). Public so
 * that scenario validation refuses, by this same rule, names whose charts would share a file.
 */
public final class ChartSlug {
    private ChartSlug() {
    }

    /** @return {@code text} lower-cased with every run of other characters than a-z and 0-9 turned into one hyphen */
    public static String of(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "chart" : slug;
    }
}
