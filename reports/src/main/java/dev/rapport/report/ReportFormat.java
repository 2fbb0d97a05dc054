package dev.rapport.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The document formats {@link Reports#writeReport} can produce: a self-contained HTML page with
 * the charts inlined as SVG, a PDF laid out from the same template with the charts as images, an
 * Excel workbook of the report's tables and weekly series, or a PowerPoint deck of its findings
 * and charts.
 */
public enum ReportFormat {
    /** One self-contained HTML file: no network access, no external CSS, scripts or fonts. */
    HTML("html"),
    /** A PDF made from the HTML report, for sending and printing. */
    PDF("pdf"),
    /** An Excel workbook: the tables and every key metric by week, numbers as numbers, a native line chart. */
    XLSX("xlsx"),
    /** A 16:9 PowerPoint deck: findings, the headline table, one slide per chart, the assumptions. */
    PPTX("pptx");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** @return the file name extension, without the dot: {@code html}, {@code pdf}, {@code xlsx} or {@code pptx} */
    public String extension() {
        return extension;
    }

    /**
     * Reads a format name as a person types it ({@code html}, {@code PDF}, ...).
     *
     * @throws IllegalArgumentException naming the formats there are, when the name is none of them
     */
    public static ReportFormat fromName(String name) {
        for (ReportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + name + "'; use one of "
                + Arrays.stream(values()).map(f -> f.extension).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
