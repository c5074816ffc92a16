/**
 * ESC/POS over serial: byte builders ({@link jp.konbini.device.printer.escpos.EscPosCommands}),
 * per-model capability profiles read from {@code drivers/}, the Shift_JIS (windows-31j) text
 * encoder that reports every unmappable character, the Java2D raster fallback for lines the
 * printer cannot encode, the job encoder that turns a neutral
 * {@link jp.konbini.device.printer.PrintJob} into bytes, and the serial driver
 * ({@link jp.konbini.device.printer.escpos.EscPosPrinter}) with status polling and chunked writes.
 * Facts and byte tables: shared/reference/receipt-printing.md §1–§3.
 */
package jp.konbini.device.printer.escpos;
