package jp.konbini.receipt;

/** What a receipt documents. */
public enum ReceiptKind {
    /** A completed top-up: a qualified simplified invoice (適格簡易請求書). */
    SALE,
    /**
     * Cash taken without a purchase (the session ended, or the carrier refused): a credit note
     * (預り証) with the claim code staff settle it by. No sale, so no tax lines.
     */
    CREDIT
}
