/**
 * The report as an Excel workbook ({@link dev.rapport.report.xlsx.WorkbookReport}), written with
 * Apache POI: the report's own tables (headline, comparisons, break-even, payback), each key metric
 * by week, the scenario's settings and the manifest, one sheet each. Numbers are numeric cells with
 * number formats, never text. Internal to the reports module.
 */
package dev.rapport.report.xlsx;
