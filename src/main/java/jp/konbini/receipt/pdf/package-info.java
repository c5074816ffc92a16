/**
 * PDF receipts with PDFBox 3 (the only PDFBox user): the same print document the printer gets,
 * drawn on an 80 mm page with the bundled TrueType fonts embedded as subsets and the QR code as
 * vector squares. No system font is ever read.
 */
package jp.konbini.receipt.pdf;
