package jp.konbini.app;

import java.util.function.Supplier;
import jp.konbini.config.DeviceBinding;
import jp.konbini.config.KioskConfig;
import jp.konbini.device.acceptor.id003.Id003Profile;
import jp.konbini.device.acceptor.id003.Id003Settings;
import jp.konbini.device.printer.escpos.CapabilityProfile;
import jp.konbini.device.printer.escpos.CapabilityProfiles;
import jp.konbini.device.serial.JSerialCommLink;
import jp.konbini.device.serial.SerialLink;
import jp.konbini.device.serial.SerialPortSpec;

/**
 * Where the kiosk's two serial devices are and how to talk to them: the configured ports, or the
 * simulators' pseudo-terminals. Links are opened on demand (the acceptor driver reopens its own
 * after an unplug).
 */
record KioskDevices(Supplier<SerialLink> acceptorLink, Id003Settings acceptorSettings, Supplier<SerialLink> printerLink,
                    CapabilityProfile printerProfile) {

    /** The devices named in {@code kiosk.properties}. */
    static KioskDevices configured(KioskConfig config) {
        Id003Profile acceptor = Id003Profile.load(config.acceptor().profile());
        CapabilityProfile printer = CapabilityProfiles.load(config.printer().profile());
        SerialPortSpec acceptorPort = spec(config.acceptor());
        SerialPortSpec printerPort = spec(config.printer());
        return new KioskDevices(() -> JSerialCommLink.open(acceptorPort, acceptor.line()), acceptor.settings(),
                () -> JSerialCommLink.open(printerPort, printer.line()), printer);
    }

    private static SerialPortSpec spec(DeviceBinding binding) {
        return new SerialPortSpec(binding.port(), binding.usbSerialNumber());
    }
}
