package jp.konbini.central.http;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.topup.ClaimCode;
import jp.konbini.wire.RecordKind;
import jp.konbini.wire.TopUpSubmission;
import jp.konbini.wire.UploadRequest;

/**
 * Checks an upload before anything is stored: every field present and in form, amounts that add
 * up for the record's kind. The first problem rejects the whole request (400), naming the record.
 */
final class UploadCheck {

    static final int MAX_RECORDS = 500;
    private static final Pattern PRODUCT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private UploadCheck() {
    }

    static List<TopUpSubmission> check(UploadRequest request) {
        if (request == null || request.topUps() == null || request.topUps().isEmpty()) {
            throw new BadRequest("invalid-batch", "topUps must be a non-empty array");
        }
        if (request.topUps().size() > MAX_RECORDS) {
            throw new BadRequest("batch-too-large", "at most " + MAX_RECORDS + " records per request, got " + request.topUps().size());
        }
        for (int i = 0; i < request.topUps().size(); i++) {
            check(request.topUps().get(i), "topUps[" + i + "]");
        }
        return request.topUps();
    }

    private static void check(TopUpSubmission r, String at) {
        if (r == null) {
            throw invalid(at, "is null");
        }
        require(r.uuid() != null, at + ".uuid", "is required");
        require(r.seq() > 0, at + ".seq", "must be positive");
        require(r.kind() != null, at + ".kind", "is required");
        require(r.lineKind() != null && r.lineDigits() != null, at + ".line", "kind and digits are required");
        try {
            LineId.of(LineId.Kind.valueOf(r.lineKind()), r.lineDigits());
        } catch (IllegalArgumentException e) {
            throw invalid(at + ".lineDigits", "is not a valid " + r.lineKind() + " line");
        }
        require(r.productId() != null && PRODUCT_ID.matcher(r.productId()).matches(), at + ".productId", "is not a product id");
        require(r.carrier() != null && !r.carrier().isBlank() && r.carrier().length() <= 64, at + ".carrier", "is required (at most 64 characters)");
        require(r.validityDays() >= 1 && r.validityDays() <= 3650, at + ".validityDays", "must be 1..3650");
        require(r.dataGb() != null && r.dataGb().signum() > 0 && r.dataGb().scale() <= 2 && r.dataGb().precision() - r.dataGb().scale() <= 8,
                at + ".dataGb", "must be a positive number with at most 2 decimals");
        require(r.priceYen() >= 1 && r.priceYen() <= 49_999, at + ".priceYen", "must be 1..49999");
        require(r.creditedYen() >= 0 && r.creditedYen() <= 1_000_000, at + ".creditedYen", "must be 0..1000000");
        if (r.kind() == RecordKind.PURCHASE) {
            require(r.creditedYen() >= r.priceYen(), at + ".creditedYen", "a purchase is paid in full");
        } else if (r.kind() == RecordKind.CANCELLED) {
            require(r.creditedYen() == 0, at + ".creditedYen", "a cancelled session took no cash");
        }
        try {
            new ClaimCode(r.claimCode());
        } catch (IllegalArgumentException e) {
            throw invalid(at + ".claimCode", "is not a claim code");
        }
        instant(r.openedAt(), at + ".openedAt");
        instant(r.closedAt(), at + ".closedAt");
    }

    private static void instant(String value, String at) {
        try {
            Instant.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw invalid(at, "must be an ISO-8601 instant");
        }
    }

    private static void require(boolean ok, String at, String problem) {
        if (!ok) {
            throw invalid(at, problem);
        }
    }

    private static BadRequest invalid(String at, String problem) {
        return new BadRequest("invalid-record", at + " " + problem);
    }
}
