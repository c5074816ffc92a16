package jp.konbini.device.printer;

/** Character size as a printer offers it: whole multiples of the normal cell. */
public enum TextSize {
    NORMAL(1, 1),
    DOUBLE_HEIGHT(1, 2),
    DOUBLE(2, 2);

    private final int widthFactor;
    private final int heightFactor;

    TextSize(int widthFactor, int heightFactor) {
        this.widthFactor = widthFactor;
        this.heightFactor = heightFactor;
    }

    public int widthFactor() {
        return widthFactor;
    }

    public int heightFactor() {
        return heightFactor;
    }
}
