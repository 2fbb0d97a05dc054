/**
 * The report document: a view of the results with every number written out, laid out by a Pebble
 * template into one self-contained HTML page (charts inlined as SVG), and turned into PDF with
 * openhtmltopdf (charts drawn as vector graphics, their words as text, by {@link PdfCharts}).
 * Internal to the reports module: the public API is {@link dev.rapport.report.Reports}.
 */
package dev.rapport.report.html;
