package jp.konbini.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.TaxMode;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;

/** Turns {@code kiosk.properties} into a {@link KioskConfig}, or fails naming the first bad entry. */
final class KioskPropertiesParser {

    static final String KIOSK_ID = "kiosk.id";
    static final String STORE_ID = "store.id";
    static final String STORE_NAME = "store.name";
    static final String ISSUER_NAME = "issuer.name";
    static final String ISSUER_REGISTRATION = "issuer.registration-number";
    static final String TAX_MODE = "tax.mode";
    static final String CENTRAL_URL = "central.url";
    static final String CENTRAL_SECRET = "central.secret-file";
    static final String INACTIVITY = "timeout.inactivity-seconds";
    static final String WARNING = "timeout.warning-seconds";
    static final String CONFIRMATION = "timeout.confirmation-seconds";
    static final String OFFLINE_MAX_TOPUP = "offline.max-topup-yen";
    static final String OFFLINE_MAX_UNSYNCED = "offline.max-unsynced-yen";
    static final String OFFLINE_MAX_AGE = "offline.max-unsynced-age-hours";
    static final String ACCEPTED_NOTES = "cash.accepted-notes";
    static final String LANGUAGES = "ui.languages";
    static final String DEFAULT_LANGUAGE = "ui.default-language";
    static final String DATA_DIR = "data.dir";
    static final String CENTRAL_CA = "central.ca-file";
    static final String SYNC_BATCH = "sync.batch-size";
    static final String SYNC_TIMEOUT = "sync.request-timeout-seconds";
    static final String SYNC_BACKOFF_BASE = "sync.backoff-base-millis";
    static final String SYNC_BACKOFF_CAP = "sync.backoff-cap-seconds";
    static final String SYNC_HEARTBEAT = "sync.heartbeat-seconds";
    static final String SYNC_CATALOG = "sync.catalog-poll-minutes";
    static final String DRIVERS_DIR = "drivers.dir";
    static final String ACCEPTOR_PORT = "acceptor.port";
    static final String ACCEPTOR_USB_SERIAL = "acceptor.usb-serial";
    static final String ACCEPTOR_PROFILE = "acceptor.profile";
    static final String PRINTER_PORT = "printer.port";
    static final String PRINTER_USB_SERIAL = "printer.usb-serial";
    static final String PRINTER_PROFILE = "printer.profile";
    static final String RECEIPT_LINK_BASE = "receipt.link-base";
    static final String RECEIPT_SUPPORT = "receipt.support-contact";
    static final String MAINTENANCE_USERS = "maintenance.users-file";
    static final String MAINTENANCE_CORNER = "maintenance.entry-corner";
    static final String MAINTENANCE_HOLD = "maintenance.entry-hold-seconds";
    static final String MAINTENANCE_KEY_SWITCH = "maintenance.key-switch";
    static final String MAINTENANCE_EXPORT = "maintenance.export-dir";
    static final String MAINTENANCE_IDLE = "maintenance.idle-leave-minutes";

    static final List<String> KEYS = List.of(KIOSK_ID, STORE_ID, STORE_NAME, ISSUER_NAME, ISSUER_REGISTRATION,
            TAX_MODE, CENTRAL_URL, CENTRAL_SECRET, CENTRAL_CA, INACTIVITY, WARNING, CONFIRMATION, OFFLINE_MAX_TOPUP,
            OFFLINE_MAX_UNSYNCED, OFFLINE_MAX_AGE, ACCEPTED_NOTES, LANGUAGES, DEFAULT_LANGUAGE, DATA_DIR,
            SYNC_BATCH, SYNC_TIMEOUT, SYNC_BACKOFF_BASE, SYNC_BACKOFF_CAP, SYNC_HEARTBEAT, SYNC_CATALOG,
            DRIVERS_DIR, ACCEPTOR_PORT, ACCEPTOR_USB_SERIAL, ACCEPTOR_PROFILE, PRINTER_PORT, PRINTER_USB_SERIAL, PRINTER_PROFILE,
            RECEIPT_LINK_BASE, RECEIPT_SUPPORT, MAINTENANCE_USERS, MAINTENANCE_CORNER, MAINTENANCE_HOLD, MAINTENANCE_KEY_SWITCH,
            MAINTENANCE_EXPORT, MAINTENANCE_IDLE);

    /** Printed on receipts and sent to the central server, so kept plain: capitals, digits, hyphens. */
    private static final Pattern KIOSK_ID_FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");
    private static final Pattern STORE_ID_FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");
    private static final Pattern REGISTRATION_FORM = Pattern.compile("T\\d{13}");
    /** A device path; no spaces (udev names, /dev/ttyUSB0, /dev/pts/3). */
    private static final Pattern PORT_FORM = Pattern.compile("/[A-Za-z0-9._/-]+");
    /** Printed on paper: letters, digits, hyphens, spaces, a few separators; printable by any Japanese printer. */
    private static final Pattern SUPPORT_FORM = Pattern.compile("[A-Za-z0-9 @.:/()+\\-]{5,48}");
    /** Revenue stamps are due on paper receipts from ¥50,000, so one top-up stays below that. */
    private static final long MAX_SINGLE_AMOUNT = 49_999;
    private static final Pattern USB_SERIAL_FORM = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern PROFILE_FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private KioskPropertiesParser() {
    }

    static KioskConfig parse(Path file) {
        Settings s = new Settings(file, StrictProperties.read(file));
        s.rejectUnknownKeys(KEYS);

        String kioskId = s.text(KIOSK_ID, KIOSK_ID_FORM, "3 to 32 capital letters, digits or hyphens, e.g. KSK-TYO-0001");
        KioskConfig.Store store = new KioskConfig.Store(
                s.text(STORE_ID, STORE_ID_FORM, "1 to 32 letters, digits or hyphens"),
                s.text(STORE_NAME, 64));
        KioskConfig.Issuer issuer = new KioskConfig.Issuer(
                s.text(ISSUER_NAME, 64),
                s.text(ISSUER_REGISTRATION, REGISTRATION_FORM, "T followed by 13 digits, e.g. T1234567890123"));
        TaxMode taxMode = s.choice(TAX_MODE, TaxMode::fromConfigName,
                Arrays.stream(TaxMode.values()).map(TaxMode::configName).toList());
        KioskConfig.Central central = central(s);

        int inactivity = s.integer(INACTIVITY, 30, 600);
        int warning = s.integer(WARNING, 20, 300);
        if (warning >= inactivity) {
            throw s.invalid(WARNING, String.valueOf(warning), "fewer seconds than " + INACTIVITY + " (" + inactivity + ")");
        }
        KioskConfig.Timeouts timeouts = new KioskConfig.Timeouts(inactivity, warning, s.integer(CONFIRMATION, 1, 60));

        Yen maxTopUp = Yen.of(s.integer(OFFLINE_MAX_TOPUP, 0, (int) MAX_SINGLE_AMOUNT));
        Yen maxUnsynced = Yen.of(s.integer(OFFLINE_MAX_UNSYNCED, 0, 10_000_000));
        if (maxTopUp.isGreaterThan(maxUnsynced)) {
            throw s.invalid(OFFLINE_MAX_UNSYNCED, String.valueOf(maxUnsynced.amount()),
                    "at least " + OFFLINE_MAX_TOPUP + " (" + maxTopUp.amount() + ")");
        }
        KioskConfig.OfflineLimits offline = new KioskConfig.OfflineLimits(maxTopUp, maxUnsynced, s.integer(OFFLINE_MAX_AGE, 1, 24 * 30));

        List<Denomination> notes = s.list(ACCEPTED_NOTES, KioskPropertiesParser::note,
                "a comma-separated list of note values in yen from 1000, 2000, 5000, 10000");
        List<String> tags = Arrays.stream(Language.values()).map(Language::tag).toList();
        List<Language> languages = s.list(LANGUAGES, Language::fromTag,
                "a comma-separated list of language tags from " + String.join(", ", tags));
        Language defaultLanguage = s.choice(DEFAULT_LANGUAGE, Language::fromTag, tags);
        if (!languages.contains(defaultLanguage)) {
            throw s.invalid(DEFAULT_LANGUAGE, defaultLanguage.tag(), "one of the languages in " + LANGUAGES + " (" + languagesText(languages) + ")");
        }

        Path dataDir = s.path(DATA_DIR);
        Path driversDir = s.path(DRIVERS_DIR);
        DeviceBinding acceptor = device(s, ACCEPTOR_PORT, ACCEPTOR_USB_SERIAL, ACCEPTOR_PROFILE, driversDir, "/dev/kiosk-acceptor", "jcm-id003");
        DeviceBinding printer = device(s, PRINTER_PORT, PRINTER_USB_SERIAL, PRINTER_PROFILE, driversDir, "/dev/kiosk-printer", "epson-tm-t88-jp");
        KioskConfig.Receipts receipts = new KioskConfig.Receipts(receiptLinkBase(s),
                s.text(RECEIPT_SUPPORT, SUPPORT_FORM, "5 to 48 ASCII letters, digits, spaces or @.:/()+-, e.g. 0120-123-456"));
        return new KioskConfig(kioskId, store, issuer, taxMode, central, timeouts, offline,
                EnumSet.copyOf(notes), languages, defaultLanguage, dataDir, acceptor, printer, receipts, sync(s), maintenance(s));
    }

    /** A device's port, optional USB serial number, and profile named in the drivers directory (which must exist). */
    private static DeviceBinding device(Settings s, String portKey, String usbKey, String profileKey, Path driversDir,
                                        String portExample, String profileExample) {
        String port = s.text(portKey, PORT_FORM, "an absolute device path without spaces, e.g. " + portExample);
        Optional<String> usb = s.optionalText(usbKey, USB_SERIAL_FORM, "the USB adapter's serial number");
        String name = s.text(profileKey, PROFILE_FORM, "the name of a profile in " + driversDir + ", e.g. " + profileExample);
        Path file = driversDir.resolve(name + ".properties");
        if (!Files.isRegularFile(file)) {
            throw s.invalid(profileKey, name, "the name of a device profile file in " + driversDir + " (no " + file.getFileName() + " there)");
        }
        return new DeviceBinding(port, usb, file);
    }

    /** An ASCII http(s) URL without query or fragment: it goes into a QR code, which must carry ASCII only. */
    private static URI receiptLinkBase(Settings s) {
        URI uri = s.httpUrl(RECEIPT_LINK_BASE);
        String text = uri.toString();
        String expected = "an absolute https:// or http:// URL in plain ASCII without query or fragment, e.g. https://r.example.jp/r";
        if (!text.chars().allMatch(c -> c > 0x20 && c < 0x7F) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw s.invalid(RECEIPT_LINK_BASE, text, expected);
        }
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }

    /** An https URL needs a pinned CA; {@code none} is accepted only for plain http (a bench or a demo). */
    private static KioskConfig.Central central(Settings s) {
        URI url = s.httpUrl(CENTRAL_URL);
        Optional<Path> ca = Optional.empty();
        if (!s.isLiteral(CENTRAL_CA, "none")) {
            ca = Optional.of(s.path(CENTRAL_CA));
        } else if (url.getScheme().equals("https")) {
            throw s.invalid(CENTRAL_CA, "none", "the path of the PEM file with the central server's CA certificate "
                    + "(an https:// " + CENTRAL_URL + " is trusted only through its pinned CA)");
        }
        return new KioskConfig.Central(url, s.path(CENTRAL_SECRET), ca);
    }

    private static KioskConfig.Sync sync(Settings s) {
        int batch = s.integer(SYNC_BATCH, 1, 500);
        Duration timeout = Duration.ofSeconds(s.integer(SYNC_TIMEOUT, 1, 120));
        Duration base = Duration.ofMillis(s.integer(SYNC_BACKOFF_BASE, 100, 60_000));
        int capSeconds = s.integer(SYNC_BACKOFF_CAP, 1, 3600);
        if (Duration.ofSeconds(capSeconds).compareTo(base) < 0) {
            throw s.invalid(SYNC_BACKOFF_CAP, String.valueOf(capSeconds), "at least " + SYNC_BACKOFF_BASE + " (" + base.toMillis() + " ms)");
        }
        return new KioskConfig.Sync(batch, timeout, base, Duration.ofSeconds(capSeconds),
                Duration.ofSeconds(s.integer(SYNC_HEARTBEAT, 10, 3600)), Duration.ofMinutes(s.integer(SYNC_CATALOG, 1, 1440)));
    }

    private static KioskConfig.Maintenance maintenance(Settings s) {
        KioskConfig.EntryCorner corner = s.choice(MAINTENANCE_CORNER, KioskConfig.EntryCorner::fromConfigName,
                Arrays.stream(KioskConfig.EntryCorner.values()).map(KioskConfig.EntryCorner::configName).toList());
        Duration hold = Duration.ofSeconds(s.integer(MAINTENANCE_HOLD, 2, 15));
        Optional<Path> keySwitch = s.isLiteral(MAINTENANCE_KEY_SWITCH, "none") ? Optional.empty() : Optional.of(s.path(MAINTENANCE_KEY_SWITCH));
        return new KioskConfig.Maintenance(s.path(MAINTENANCE_USERS), corner, hold, keySwitch, s.path(MAINTENANCE_EXPORT),
                Duration.ofMinutes(s.integer(MAINTENANCE_IDLE, 1, 60)));
    }

    static long maxSingleAmount() {
        return MAX_SINGLE_AMOUNT;
    }

    private static Optional<Denomination> note(String text) {
        try {
            return Denomination.ofYen(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String languagesText(List<Language> languages) {
        return String.join(", ", languages.stream().map(Language::tag).toList());
    }
}
