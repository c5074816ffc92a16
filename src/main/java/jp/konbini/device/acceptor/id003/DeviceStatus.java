package jp.konbini.device.acceptor.id003;

import java.util.Arrays;

/** A status reply to the poll, with its data (escrow code, reject reason or failure code). */
public record DeviceStatus(Id003Status status, byte[] data) {

    public DeviceStatus {
        data = data.clone();
    }

    /** The first data byte (escrow code, reject reason, failure code) as 0..255. */
    public int dataByte() {
        return data[0] & 0xFF;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeviceStatus d && d.status == status && Arrays.equals(d.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * status.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return data.length == 0 ? status.name() : status.name() + "(" + Id003Frame.hex(data) + ")";
    }
}
