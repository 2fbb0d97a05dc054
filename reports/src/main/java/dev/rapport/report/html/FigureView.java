package dev.rapport.report.html;

/**
 * A chart as the template places it.
 *
 * @param id      the chart's id, used as the element id
 * @param title   what it shows
 * @param caption the sentence under it
 * @param svg     the inline {@code <svg>} element (HTML report), or empty in the PDF report,
 *                where {@link PdfCharts} draws the chart the id names
 */
public record FigureView(String id, String title, String caption, String svg) {
}
