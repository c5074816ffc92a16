/**
 * Maintenance reports (issue 7): the cash collection record and the daily report as plain,
 * immutable data that the caller fills from the journal, and their renderers. A collection is laid
 * out as a neutral print document ({@link jp.konbini.report.CollectionSlip}), so the receipt printer
 * and the 80 mm PDF show the same slip; the daily report is an A4 PDF
 * ({@link jp.konbini.report.DailyReportPdf}). Nothing here reads the journal or the clock.
 */
package jp.konbini.report;
