package jp.konbini.domain.catalog;

import java.math.BigDecimal;

/** A data allowance in gigabytes, exact (e.g. 0.5, 5, 30). */
public record DataAllowance(BigDecimal gigabytes) {

    public DataAllowance {
        if (gigabytes == null || gigabytes.signum() <= 0 || gigabytes.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("data allowance must be a positive number of GB with at most 2 decimals: " + gigabytes);
        }
        gigabytes = gigabytes.stripTrailingZeros();
        if (gigabytes.scale() < 0) {
            gigabytes = gigabytes.setScale(0);
        }
    }

    public static DataAllowance ofGigabytes(String gigabytes) {
        return new DataAllowance(new BigDecimal(gigabytes));
    }

    /** {@code 5 GB}, {@code 0.5 GB}. */
    public String format() {
        return gigabytes.toPlainString() + " GB";
    }

    @Override
    public String toString() {
        return format();
    }
}
