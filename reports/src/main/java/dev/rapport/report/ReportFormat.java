package dev.rapport.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The document formats {@link Reports#writeReport} can produce: a self-contained HTML page with
 * the charts inlined as SVG, or a PDF laid out from the same template with the charts as images.
 */
public enum ReportFormat {
    /** One self-contained HTML file: no network access, no external CSS, scripts or fonts. */
    HTML("html"),
    /** A PDF made from the HTML report, for sending and printing. */
    PDF("pdf");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** @return the file name extension, without the dot: {@code html} or {@code pdf} */
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
