package jp.konbini.device.serial;

import java.util.Optional;

/**
 * Which port a device is on: a path (ideally a stable udev name such as {@code /dev/kiosk-acceptor})
 * and, optionally, the USB adapter's serial number, which wins when it is found.
 */
public record SerialPortSpec(String path, Optional<String> usbSerialNumber) {

    public static SerialPortSpec of(String path) {
        return new SerialPortSpec(path, Optional.empty());
    }
}
