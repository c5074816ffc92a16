package jp.konbini.receipt;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.konbini.device.printer.Align;
import jp.konbini.device.printer.Phrase;
import jp.konbini.device.printer.PrintBlock;
import jp.konbini.device.printer.PrintJob;
import jp.konbini.device.printer.TextFace;
import jp.konbini.device.printer.TextSize;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.TaxMode;
import jp.konbini.domain.money.Yen;

/**
 * Lays a {@link Receipt} out once as a neutral print document: the thermal printer and the PDF
 * show the same lines in the same order. Labels are Japanese and, for any other customer
 * language, followed by the customer's words ({@code 合計 / Total}): the legal fields are always
 * in Japanese. Chinese and Korean runs are set in the pan-CJK face. The support line is in
 * Japanese and English on every receipt.
 */
public final class ReceiptLayout {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm", Locale.JAPAN);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.JAPAN);
    private static final DateTimeFormatter REPRINT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ReceiptTexts japanese = ReceiptTexts.of(Language.JA);
    private final ReceiptTexts english = ReceiptTexts.of(Language.EN);

    public PrintJob layout(Receipt r) {
        Doc d = new Doc(r.language(), japanese, ReceiptTexts.of(r.language()));
        if (r.specimen()) {
            specimen(d);
        }
        r.reprint().ifPresent(rp -> {
            d.add(new PrintBlock.Paragraph(Phrase.of(japanese.text("reprint") + " / " + english.text("reprint"), TextFace.JAPANESE),
                    Align.CENTER, TextSize.DOUBLE, true));
            d.add(new PrintBlock.Paragraph(d.both("reprint.detail", rp.number())
                    .then("  " + REPRINT_TIME.format(rp.reprintedAt().atZone(ReceiptFactory.JST)), TextFace.JAPANESE),
                    Align.CENTER, TextSize.NORMAL, false));
        });
        String titleKey = r.kind() == ReceiptKind.SALE ? "title.sale" : "title.credit";
        d.add(new PrintBlock.Paragraph(Phrase.of(japanese.text(titleKey), TextFace.JAPANESE), Align.CENTER, TextSize.DOUBLE, true));
        if (d.bilingual()) {
            d.add(new PrintBlock.Paragraph(d.customer(d.local.text(titleKey)), Align.CENTER, TextSize.NORMAL, true));
        }
        d.add(new PrintBlock.Feed(1));
        d.add(new PrintBlock.Paragraph(Phrase.of(r.issuerName(), TextFace.JAPANESE), Align.CENTER, TextSize.NORMAL, true));
        if (r.kind() == ReceiptKind.SALE) {
            d.add(new PrintBlock.Paragraph(d.label("registration").then(" " + r.registrationNumber(), TextFace.JAPANESE),
                    Align.CENTER, TextSize.NORMAL, false));
        }
        d.add(new PrintBlock.Paragraph(Phrase.of(r.storeName(), TextFace.JAPANESE), Align.CENTER, TextSize.NORMAL, false));
        d.columns(d.label("store"), r.storeId());
        d.columns(d.label("kiosk"), r.kioskId());
        d.add(new PrintBlock.Rule());
        d.columns(d.label("date"), DATE_TIME.format(r.transactionTime()));
        d.columns(d.label("transaction"), r.transactionNumber());
        d.add(new PrintBlock.Paragraph(d.label("reference"), Align.LEFT, TextSize.NORMAL, false));
        d.add(new PrintBlock.Paragraph(Phrase.of(r.reference().toString(), TextFace.JAPANESE), Align.RIGHT, TextSize.NORMAL, false));
        d.columns(d.label("line"), r.maskedLine());
        d.add(new PrintBlock.Rule());
        if (r.kind() == ReceiptKind.SALE) {
            sale(d, r);
        } else {
            credit(d, r);
        }
        d.add(new PrintBlock.Rule());
        d.add(new PrintBlock.Qr(r.link()));
        d.add(new PrintBlock.Paragraph(d.label("qr.caption"), Align.CENTER, TextSize.NORMAL, false));
        d.add(new PrintBlock.Feed(1));
        d.add(new PrintBlock.Paragraph(Phrase.of(japanese.text("support", r.supportContact()), TextFace.JAPANESE), Align.CENTER, TextSize.NORMAL, false));
        d.add(new PrintBlock.Paragraph(Phrase.of(english.text("support", r.supportContact()), TextFace.JAPANESE), Align.CENTER, TextSize.NORMAL, false));
        if (r.specimen()) {
            specimen(d);
        }
        d.add(new PrintBlock.Cut());
        String title = (r.kind() == ReceiptKind.SALE ? "receipt " : "credit note ") + r.kioskId() + " " + r.transactionNumber()
                + r.reprint().map(rp -> " reprint " + rp.number()).orElse("");
        return new PrintJob(title, d.blocks);
    }

    private void specimen(Doc d) {
        d.add(new PrintBlock.Paragraph(Phrase.of(japanese.text("specimen") + " / " + english.text("specimen"), TextFace.JAPANESE),
                Align.CENTER, TextSize.DOUBLE_HEIGHT, true));
    }

    private void sale(Doc d, Receipt r) {
        ProductLine p = r.product().orElseThrow();
        boolean reducedAny = r.taxLines().stream().anyMatch(TaxLine::reduced);
        d.add(new PrintBlock.Paragraph(d.label("item"), Align.LEFT, TextSize.NORMAL, false));
        String mark = reducedAny && p.taxCategory().ratePercent() == 8 ? "※" : "";
        d.add(new PrintBlock.Paragraph(Phrase.of(p.carrier() + " " + p.nameJa() + mark, TextFace.JAPANESE), Align.LEFT, TextSize.NORMAL, true));
        if (d.bilingual() && !p.nameCustomer().equals(p.nameJa())) {
            d.add(new PrintBlock.Paragraph(d.customer(p.nameCustomer()), Align.LEFT, TextSize.NORMAL, false));
        }
        d.columns(d.label("validity"), d.both("validity.days", p.validityDays()));
        d.columns(d.label("data"), Phrase.of(p.data().format(), TextFace.JAPANESE));
        d.add(new PrintBlock.Rule());
        d.add(new PrintBlock.Columns(d.label("total"), Phrase.of(r.total().format(), TextFace.JAPANESE), TextSize.DOUBLE_HEIGHT, true));
        for (TaxLine t : r.taxLines()) {
            taxLine(d, r.taxMode(), t);
        }
        if (reducedAny) {
            d.add(new PrintBlock.Paragraph(d.label("tax.reduced-note"), Align.LEFT, TextSize.NORMAL, false));
        }
        d.add(new PrintBlock.Rule());
        cash(d, r);
        Yen excess = r.insertedTotal().minus(r.total());
        d.columns(d.label("change"), Yen.ZERO.format());
        if (excess.isPositive()) {
            d.add(new PrintBlock.Columns(d.label("excess"), Phrase.of(excess.format(), TextFace.JAPANESE), TextSize.NORMAL, true));
        }
        d.add(new PrintBlock.Rule());
        ReceiptStatus status = r.status().orElseThrow();
        d.add(new PrintBlock.Paragraph(d.label("status"), Align.LEFT, TextSize.NORMAL, false));
        if (status instanceof ReceiptStatus.Applied applied) {
            d.add(new PrintBlock.Paragraph(d.label("status.applied"), Align.LEFT, TextSize.DOUBLE_HEIGHT, true));
            Optional<LocalDate> until = applied.validUntil();
            until.ifPresent(u -> d.columns(d.label("status.valid-until"), DATE.format(u)));
        } else {
            d.add(new PrintBlock.Paragraph(d.label("status.pending"), Align.LEFT, TextSize.DOUBLE_HEIGHT, true));
            d.sentence("status.pending.explain");
            claimCode(d, r);
        }
        if (excess.isPositive() && status instanceof ReceiptStatus.Applied) {
            claimCode(d, r);
        }
    }

    private void credit(Doc d, Receipt r) {
        cash(d, r);
        d.add(new PrintBlock.Columns(d.label("credit.amount"), Phrase.of(r.total().format(), TextFace.JAPANESE), TextSize.DOUBLE_HEIGHT, true));
        d.add(new PrintBlock.Rule());
        d.sentence("credit.explain");
        claimCode(d, r);
    }

    private static void taxLine(Doc d, TaxMode mode, TaxLine t) {
        if (!t.taxable()) {
            d.columns(d.label("tax.non-taxable").indent(), t.amount().format());
            return;
        }
        String mark = t.reduced() ? "※" : "";
        Phrase rateTotal = d.both("tax.rate-total", mark, t.ratePercent()).indent();
        if (mode == TaxMode.SHOW_TAX_RATE) {
            d.add(new PrintBlock.Columns(rateTotal, Phrase.of(t.amount().format(), TextFace.JAPANESE), TextSize.NORMAL, false));
            d.add(new PrintBlock.Columns(d.both("tax.rate", t.ratePercent()).indent(), Phrase.empty(), TextSize.NORMAL, false));
        } else {
            d.add(new PrintBlock.Columns(rateTotal, Phrase.of(t.amount().format(), TextFace.JAPANESE), TextSize.NORMAL, false));
            d.columns(d.label("tax.included").indent(), t.tax().format());
        }
    }

    private static void cash(Doc d, Receipt r) {
        d.add(new PrintBlock.Paragraph(d.label("cash.inserted"), Align.LEFT, TextSize.NORMAL, false));
        for (CashCount c : r.inserted()) {
            d.columns(Phrase.of("  " + c.denomination().value().format() + " × " + c.count(), TextFace.JAPANESE), c.subtotal().format());
        }
        d.columns(d.label("cash.total"), r.insertedTotal().format());
    }

    private static void claimCode(Doc d, Receipt r) {
        d.add(new PrintBlock.Paragraph(d.label("claim-code"), Align.LEFT, TextSize.NORMAL, false));
        d.add(new PrintBlock.Paragraph(Phrase.of(r.claimCode().display(), TextFace.JAPANESE), Align.CENTER, TextSize.DOUBLE, true));
    }

    /** The blocks being built and the two languages they are written in. */
    private static final class Doc {
        final List<PrintBlock> blocks = new ArrayList<>();
        final Language language;
        final ReceiptTexts ja;
        final ReceiptTexts local;
        final TextFace customerFace;

        Doc(Language language, ReceiptTexts ja, ReceiptTexts local) {
            this.language = language;
            this.ja = ja;
            this.local = local;
            this.customerFace = language == Language.JA || language == Language.EN ? TextFace.JAPANESE : TextFace.PAN_CJK;
        }

        boolean bilingual() {
            return language != Language.JA;
        }

        void add(PrintBlock b) {
            blocks.add(b);
        }

        Phrase customer(String text) {
            return Phrase.of(text, customerFace);
        }

        /** {@code 合計 / Total}; just {@code 合計} for a Japanese customer. */
        Phrase label(String key) {
            Phrase p = Phrase.of(ja.text(key), TextFace.JAPANESE);
            return bilingual() ? p.then(" / ", TextFace.JAPANESE).then(local.text(key), customerFace) : p;
        }

        Phrase both(String key, Object... args) {
            return both(key, "", args);
        }

        /** {@code 8%対象※ / 8% rate}: {@code mark} follows the Japanese words. */
        Phrase both(String key, String mark, Object... args) {
            Phrase p = Phrase.of(ja.text(key, args) + mark, TextFace.JAPANESE);
            return bilingual() ? p.then(" / ", TextFace.JAPANESE).then(local.text(key, args), customerFace) : p;
        }

        /** A sentence in Japanese, then in the customer's language on its own paragraph. */
        void sentence(String key) {
            add(new PrintBlock.Paragraph(Phrase.of(ja.text(key), TextFace.JAPANESE), Align.LEFT, TextSize.NORMAL, false));
            if (bilingual()) {
                add(new PrintBlock.Paragraph(customer(local.text(key)), Align.LEFT, TextSize.NORMAL, false));
            }
        }

        void columns(Phrase left, String right) {
            columns(left, Phrase.of(right, TextFace.JAPANESE));
        }

        void columns(Phrase left, Phrase right) {
            add(new PrintBlock.Columns(left, right, TextSize.NORMAL, false));
        }
    }
}
