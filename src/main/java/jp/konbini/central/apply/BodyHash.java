package jp.konbini.central.apply;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import jp.konbini.wire.RequestSignature;
import jp.konbini.wire.TopUpSubmission;

/**
 * The SHA-256 of a record's canonical form (every field, in a fixed order, numbers normalised): a
 * resend hashes the same, any change of content does not, whatever the JSON looked like.
 */
public final class BodyHash {

    private BodyHash() {
    }

    public static String of(TopUpSubmission r) {
        String canonical = String.join("\n", r.uuid().toString(), Long.toString(r.seq()), r.kind().name(), r.lineKind(),
                r.lineDigits(), r.productId(), r.carrier(), Integer.toString(r.validityDays()),
                r.dataGb().stripTrailingZeros().toPlainString(), Long.toString(r.priceYen()), Long.toString(r.creditedYen()),
                r.claimCode(), r.openedAt(), r.closedAt());
        return HexFormat.of().formatHex(RequestSignature.sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    }
}
