package jp.konbini.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which port a device is on and which profile in {@code drivers/} describes it.
 *
 * @param port a path, ideally a stable udev name ({@code /dev/kiosk-acceptor})
 * @param usbSerialNumber the USB adapter's serial number; found first when present
 * @param profile the device profile file (line settings, timings, quirks)
 */
public record DeviceBinding(String port, Optional<String> usbSerialNumber, Path profile) {
}
