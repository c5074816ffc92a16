package jp.konbini.domain.line;

import java.util.Locale;
import java.util.Optional;

/** The mobile network a SIM runs on. MVNOs ride on one of the host networks. */
public enum Network {
    DOCOMO("100"),
    SOFTBANK("200"),
    KDDI("300"),
    RAKUTEN(null),
    UNKNOWN(null);

    /** The issuer digits after {@code 8981} in a Japanese ICCID, where known. */
    private final String iccidIssuer;

    Network(String iccidIssuer) {
        this.iccidIssuer = iccidIssuer;
    }

    static Network fromIccidIssuer(String issuerDigits) {
        for (Network n : values()) {
            if (issuerDigits.equals(n.iccidIssuer)) {
                return n;
            }
        }
        return UNKNOWN;
    }

    /** Parses the lower-case name used in configuration files ({@code docomo}, {@code kddi}, ...). */
    public static Optional<Network> fromConfigName(String name) {
        for (Network n : values()) {
            if (n.configName().equals(name)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
