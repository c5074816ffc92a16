package jp.konbini.device.printer.escpos;

/** How a model cuts (reference §1.8): which {@code GS V} forms it accepts. */
public enum CutMode {
    /** {@code GS V 66 0}: feed to the cutter, then partial cut. The default for TM-class printers. */
    PARTIAL_AFTER_FEED("partial-after-feed"),
    /** {@code GS V 65 0}: feed to the cutter, then full cut. */
    FULL_AFTER_FEED("full-after-feed"),
    /** {@code ESC d 5} then {@code GS V 1}: for printers without form B (feed first, or the cut goes through the last lines). */
    PARTIAL_AFTER_LINES("partial-after-lines"),
    /** No cutter: feed so the customer can tear the receipt off. */
    NONE("none");

    private final String configName;

    CutMode(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static java.util.Optional<CutMode> fromConfigName(String name) {
        for (CutMode m : values()) {
            if (m.configName.equals(name)) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }
}
