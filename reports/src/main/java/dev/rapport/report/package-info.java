/**
 * Charts and reports from Rapport result folders. The public API is {@link dev.rapport.report.Reports}
 * (write the report as HTML, PDF, an Excel workbook or a PowerPoint deck; write every chart as PNG
 * and SVG), {@link dev.rapport.report.ReportFormat} and {@link dev.rapport.report.ReportException}. The module reads only the files described in
 * {@code docs/results-format.md} and knows nothing of the model; the sub-packages are internal.
 */
package dev.rapport.report;
