/**
 * The report as a 16:9 PowerPoint deck ({@link dev.rapport.report.pptx.DeckReport}), written with
 * Apache POI's XSLF: title, key findings, the headline table as a native table, one slide per chart
 * (a 2x PNG, its caption under the title, its numbers in the speaker notes) and the assumptions.
 * Internal to the reports module.
 */
package dev.rapport.report.pptx;
