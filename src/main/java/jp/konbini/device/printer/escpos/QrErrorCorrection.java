package jp.konbini.device.printer.escpos;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR error correction levels with their {@code GS ( k} fn 169 parameter. */
public enum QrErrorCorrection {
    L(48, ErrorCorrectionLevel.L),
    M(49, ErrorCorrectionLevel.M),
    Q(50, ErrorCorrectionLevel.Q),
    H(51, ErrorCorrectionLevel.H);

    private final int escPosCode;
    private final ErrorCorrectionLevel zxing;

    QrErrorCorrection(int escPosCode, ErrorCorrectionLevel zxing) {
        this.escPosCode = escPosCode;
        this.zxing = zxing;
    }

    public int escPosCode() {
        return escPosCode;
    }

    public ErrorCorrectionLevel zxing() {
        return zxing;
    }

    public static java.util.Optional<QrErrorCorrection> ofEscPosCode(int code) {
        for (QrErrorCorrection e : values()) {
            if (e.escPosCode == code) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }
}
