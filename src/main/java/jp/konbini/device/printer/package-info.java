/**
 * The receipt printer port and its neutral vocabulary: {@link jp.konbini.device.printer.ReceiptPrinter},
 * {@link jp.konbini.device.printer.PrinterStatus}, {@link jp.konbini.device.printer.PrintOutcome}, and the
 * print document ({@link jp.konbini.device.printer.PrintJob}) that the receipt package lays out and a
 * printer protocol encodes. Nothing here knows a protocol byte or a receipt field.
 */
package jp.konbini.device.printer;
