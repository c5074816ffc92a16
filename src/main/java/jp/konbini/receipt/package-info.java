/**
 * Receipts: one pure {@link jp.konbini.receipt.Receipt} model built from a journalled top-up, the
 * configuration and the delivery status ({@link jp.konbini.receipt.ReceiptFactory}); its layout as a
 * neutral print document ({@link jp.konbini.receipt.ReceiptLayout}), which the ESC/POS encoder prints
 * and {@code receipt.pdf} draws; and printing with a durable job record and whole-receipt reprints
 * ({@link jp.konbini.receipt.ReceiptPrinting}). What a qualified simplified invoice must show:
 * shared/reference/kiosk-domain-and-ux.md §3.5.
 */
package jp.konbini.receipt;
