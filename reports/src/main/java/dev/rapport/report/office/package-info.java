/**
 * What the Office formats (the Excel workbook and the PowerPoint deck) share: the mark by which a
 * file Rapport wrote is known again. Internal to the reports module.
 */
package dev.rapport.report.office;
