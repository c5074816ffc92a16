package jp.konbini.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.TaxMode;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped configuration loads; every kind of mistake in it is refused with a precise message. */
class KioskSetupTest {

    private static final Path SHIPPED = Path.of("kiosk-config");

    @TempDir
    Path dir;

    @BeforeEach
    void copyShippedConfiguration() throws IOException {
        Files.writeString(dir.resolve(KioskSetup.PROPERTIES_FILE), Files.readString(SHIPPED.resolve(KioskSetup.PROPERTIES_FILE))
                .replace("drivers.dir=../drivers", "drivers.dir=" + Path.of("drivers").toAbsolutePath()));
        Files.copy(SHIPPED.resolve(KioskSetup.CATALOG_FILE), dir.resolve(KioskSetup.CATALOG_FILE));
    }

    @Test
    void theShippedConfigurationLoads() {
        KioskSetup setup = KioskSetup.load(SHIPPED);
        KioskConfig c = setup.config();
        assertEquals("KSK-TYO-0001", c.kioskId());
        assertEquals("ファミリーマート 新宿西口店", c.store().name());
        assertEquals("T8010001234567", c.issuer().registrationNumber());
        assertEquals(TaxMode.NON_TAXABLE, c.taxMode());
        assertEquals(URI.create("https://central.konbini-topup.example/"), c.central().url());
        assertEquals(SHIPPED.toAbsolutePath().resolve("secrets/kiosk.secret").normalize(), c.central().secretFile());
        assertEquals(new KioskConfig.Timeouts(90, 25, 8), c.timeouts());
        assertEquals(new KioskConfig.OfflineLimits(Yen.of(10000), Yen.of(100000), 72), c.offlineLimits());
        assertEquals(java.util.EnumSet.allOf(Denomination.class), c.acceptedNotes());
        assertEquals(List.of(Language.values()), c.languages());
        assertEquals(Language.JA, c.defaultLanguage());
        assertEquals(SHIPPED.toAbsolutePath().getParent().resolve("data").normalize(), c.dataDir());
        assertEquals("/dev/kiosk-acceptor", c.acceptor().port());
        assertEquals(java.util.Optional.empty(), c.acceptor().usbSerialNumber());
        assertEquals(SHIPPED.toAbsolutePath().getParent().resolve("drivers/jcm-id003.properties").normalize(), c.acceptor().profile());
        assertEquals(new DeviceBinding("/dev/kiosk-printer", java.util.Optional.empty(),
                SHIPPED.toAbsolutePath().getParent().resolve("drivers/epson-tm-t88-jp.properties").normalize()), c.printer());
        assertEquals(new KioskConfig.Receipts(URI.create("https://r.konbini-topup.example/r"), "0120-123-456"), c.receipts());
        assertEquals(7, setup.catalog().products().size());
        assertEquals("2026-11-01.1", setup.catalog().version());
        assertEquals(java.util.Optional.of(SHIPPED.toAbsolutePath().resolve("secrets/central-ca.pem").normalize()), c.central().caFile());
        assertEquals(new KioskConfig.Sync(100, java.time.Duration.ofSeconds(20), java.time.Duration.ofSeconds(1),
                java.time.Duration.ofMinutes(5), java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(15)), c.sync());
    }

    @Test
    void anHttpsCentralServerNeedsItsPinnedCaAndPlainHttpMaySayNone() throws IOException {
        setProperty("central.ca-file", "none");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskSetup.load(dir));
        assertEquals("central.ca-file", e.key());
        assertEquals("none", e.value());
        assertTrue(e.expected().contains("trusted only through its pinned CA"), e.getMessage());
        setProperty("central.url", "http://127.0.0.1:8080/");
        assertEquals(java.util.Optional.empty(), KioskSetup.load(dir).config().central().caFile());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', nullValues = "MISSING", value = {
        "kiosk.id                     | ksk-1                 | 3 to 32 capital letters",
        "kiosk.id                     | MISSING               | 3 to 32 capital letters",
        "store.id                     | FM 104523             | letters, digits or hyphens",
        "store.name                   | ''                    | a non-empty text",
        "issuer.registration-number   | 1234567890123         | T followed by 13 digits",
        "issuer.registration-number   | T123456789012         | T followed by 13 digits",
        "tax.mode                     | taxable               | one of show-tax-amount, show-tax-rate, non-taxable",
        "central.url                  | ftp://central.example | an absolute http:// or https:// URL",
        "central.url                  | central.example       | an absolute http:// or https:// URL",
        "timeout.inactivity-seconds   | 10                    | a whole number from 30 to 600",
        "timeout.inactivity-seconds   | ninety                | a whole number from 30 to 600",
        "timeout.warning-seconds      | 15                    | a whole number from 20 to 300",
        "timeout.warning-seconds      | 90                    | fewer seconds than timeout.inactivity-seconds (90)",
        "timeout.confirmation-seconds | 0                     | a whole number from 1 to 60",
        "offline.max-topup-yen        | 50000                 | a whole number from 0 to 49999",
        "offline.max-unsynced-yen     | 5000                  | at least offline.max-topup-yen (10000)",
        "offline.max-unsynced-age-hours | 0                   | a whole number from 1 to 720",
        "cash.accepted-notes          | 1000,500              | a comma-separated list of note values",
        "cash.accepted-notes          | 1000,1000             | each listed once",
        "ui.languages                 | ja,fr                 | a comma-separated list of language tags",
        "ui.default-language          | ko                    | one of the languages in ui.languages (ja, en)",
        "acceptor.port                | ''                    | an absolute device path without spaces",
        "acceptor.port                | COM3                  | an absolute device path without spaces",
        "acceptor.usb-serial          | MISSING               | the USB adapter's serial number (or an empty value)",
        "acceptor.usb-serial          | 'A B'                 | the USB adapter's serial number",
        "acceptor.profile             | jcm-id999             | the name of a device profile file in",
        "acceptor.profile             | ../secrets            | the name of a profile in",
        "printer.port                 | /dev/my printer       | an absolute device path without spaces",
        "printer.usb-serial           | MISSING               | the USB adapter's serial number (or an empty value)",
        "printer.profile              | tm-t88                | the name of a device profile file in",
        "receipt.link-base            | ftp://r.example/r     | an absolute http:// or https:// URL",
        "receipt.link-base            | https://r.example/領収 | in plain ASCII without query or fragment",
        "receipt.link-base            | https://r.example/r?x=1 | in plain ASCII without query or fragment",
        "receipt.support-contact      | 電話 0120             | 5 to 48 ASCII letters, digits",
        "receipt.support-contact      | 0120                  | 5 to 48 ASCII letters, digits",
        "sync.batch-size              | 0                     | a whole number from 1 to 500",
        "sync.batch-size              | 1000                  | a whole number from 1 to 500",
        "sync.request-timeout-seconds | 0                     | a whole number from 1 to 120",
        "sync.backoff-base-millis     | 50                    | a whole number from 100 to 60000",
        "sync.backoff-cap-seconds     | 0                     | a whole number from 1 to 3600",
        "sync.heartbeat-seconds       | 5                     | a whole number from 10 to 3600",
        "sync.catalog-poll-minutes    | MISSING               | a whole number from 1 to 1440",
        "central.ca-file              | MISSING               | a file-system path",
        "maintenance.entry-corner     | middle                | one of top-left, top-right, bottom-left, bottom-right",
        "maintenance.entry-hold-seconds | 1                   | a whole number from 2 to 15",
        "maintenance.idle-leave-minutes | 0                   | a whole number from 1 to 60",
        "maintenance.users-file       | MISSING               | a file-system path",
        "maintenance.key-switch       | MISSING               | a file-system path",
    })
    void aBadValueNamesFileKeyValueAndExpectedForm(String key, String value, String expected) throws IOException {
        if (key.equals("ui.default-language")) {
            setProperty("ui.languages", "ja,en");
        }
        setProperty(key, value);
        ConfigException e = assertThrows(ConfigException.class, () -> KioskSetup.load(dir));
        assertEquals(dir.resolve(KioskSetup.PROPERTIES_FILE), e.file());
        assertEquals(key, e.key());
        assertEquals(value, e.value());
        assertTrue(e.expected().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve(KioskSetup.PROPERTIES_FILE) + ": key '" + key + "'"), e.getMessage());
    }

    @Test
    void aTrailingSlashOnTheReceiptLinkBaseIsDropped() throws IOException {
        setProperty("receipt.link-base", "https://r.example.jp/r/");
        assertEquals(URI.create("https://r.example.jp/r"), KioskSetup.load(dir).config().receipts().linkBase());
    }

    @Test
    void anUnknownKeyIsATypoNotADefault() throws IOException {
        append("kiosk.idd=KSK-1");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskSetup.load(dir));
        assertEquals("kiosk.idd", e.key());
        assertTrue(e.expected().startsWith("a known key, one of kiosk.id, store.id"), e.getMessage());
    }

    @Test
    void aKeyGivenTwiceIsRefused() throws IOException {
        append("kiosk.id=KSK-OTHER-9");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskSetup.load(dir));
        assertEquals("kiosk.id", e.key());
        assertEquals("KSK-OTHER-9", e.value());
        assertTrue(e.expected().contains("each key only once (it is also set to 'KSK-TYO-0001')"), e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = dir.resolve(KioskSetup.PROPERTIES_FILE);
        Files.write(file, Files.readString(file).replace("ファミリーマート", "FamilyMart").concat("\n#")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(file, new byte[] {'#', (byte) 0xE3, (byte) 0x28, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        ConfigException e = assertThrows(ConfigException.class, () -> KioskSetup.load(dir));
        assertNull(e.key());
        assertTrue(e.getMessage().contains("contains bytes that are not UTF-8"), e.getMessage());
    }

    @Test
    void missingFilesAndDirectoriesAreNamed() throws IOException {
        ConfigException noDir = assertThrows(ConfigException.class, () -> KioskSetup.load(dir.resolve("nope")));
        assertTrue(noDir.getMessage().contains("is not a directory"), noDir.getMessage());
        Files.delete(dir.resolve(KioskSetup.CATALOG_FILE));
        ConfigException noCatalog = assertThrows(ConfigException.class, () -> KioskSetup.load(dir));
        assertEquals(dir.resolve(KioskSetup.CATALOG_FILE), noCatalog.file());
        Files.delete(dir.resolve(KioskSetup.PROPERTIES_FILE));
        ConfigException noProperties = assertThrows(ConfigException.class, () -> KioskSetup.load(dir));
        assertTrue(noProperties.getMessage().contains("file not found"), noProperties.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"priceYen\": 3000,                | \"priceYen\": 3500,          | products[0].priceYen    | can pay exactly",
        "\"priceYen\": 3000,                | \"priceYen\": 3000.5,        | products[0].priceYen    | a whole number from 1 to 49999",
        "\"priceYen\": 3000,                | \"priceYen\": 60000,         | products[0].priceYen    | a whole number from 1 to 49999",
        "\"validityDays\": 21,              | \"validityDays\": 0,         | products[0].validityDays | a whole number from 1 to 3650",
        "\"dataGb\": 5,                     | \"dataGb\": -5,              | products[0].dataGb      | a positive number of gigabytes",
        "\"dataGb\": 5,                     | \"dataGb\": \"5\",           | products[0].dataGb      | a positive number of gigabytes",
        "\"network\": \"docomo\",           | \"network\": \"ntt\",        | products[0].network     | one of docomo, softbank, kddi",
        "\"id\": \"bmobile-visitor-5gb-21d\", | \"id\": \"Bmobile 5GB\",   | products[0].id          | lower-case letters",
        "\"id\": \"bmobile-visitor-1gb-1d\", | \"id\": \"bmobile-visitor-5gb-21d\", | products[1].id | an id not used by another product",
        "\"carrier\": \"b-mobile\",         | \"carrier\": \"b-mobile\", \"colour\": \"red\", | products[0].colour | a known field",
    })
    void aBadCatalogEntryNamesItsJsonPath(String original, String replacement, String key, String expected) throws IOException {
        replaceFirstInCatalog(original, replacement);
        ConfigException e = assertThrows(ConfigException.class, () -> KioskSetup.load(dir));
        assertEquals(dir.resolve(KioskSetup.CATALOG_FILE), e.file());
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.expected().contains(expected), e.getMessage());
    }

    @Test
    void aTaxableProductIsRefusedWhenReceiptsSayNonTaxable() throws IOException {
        replaceFirstInCatalog("\"taxCategory\": \"non-taxable\"", "\"taxCategory\": \"standard-10\"");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskSetup.load(dir));
        assertEquals("products[0].taxCategory", e.key());
        assertEquals("non-taxable, because kiosk.properties sets tax.mode=non-taxable", e.expected());
    }

    @Test
    void anUnknownLanguageTagInNamesIsRefused() throws IOException {
        replaceFirstInCatalog("\"ko\": \"VISITOR SIM 5GB 21일\"", "\"fr\": \"VISITOR SIM 5 Go\"");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskSetup.load(dir));
        assertEquals("products[0].names.fr", e.key());
        assertTrue(e.expected().startsWith("a language tag"), e.getMessage());
    }

    @Test
    void aProductNameMissingForAnOfferedLanguageIsNamed() throws IOException {
        replaceFirstInCatalog(",\n        \"ko\": \"VISITOR SIM 5GB 21일\"", "");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskSetup.load(dir));
        assertEquals("products[0].names.ko", e.key());
        assertNull(e.value());
        setProperty("ui.languages", "ja,en,zh-Hans,zh-Hant");
        assertEquals(7, KioskSetup.load(dir).catalog().products().size(), "without Korean on offer, no Korean name is needed");
    }

    @Test
    void taxableProductsAreFineWhenReceiptsShowTax() throws IOException {
        replaceFirstInCatalog("\"taxCategory\": \"non-taxable\"", "\"taxCategory\": \"standard-10\"");
        setProperty("tax.mode", "show-tax-amount");
        assertEquals(7, KioskSetup.load(dir).catalog().products().size());
    }

    @Test
    void brokenJsonGivesLineAndColumn() throws IOException {
        replaceFirstInCatalog("\"priceYen\": 3000,", "\"priceYen\": 3000,,");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskSetup.load(dir));
        assertNull(e.key());
        assertTrue(e.getMessage().contains("is not valid JSON at line 17, column"), e.getMessage());
    }

    @Test
    void aJsonKeyGivenTwiceIsRefused() throws IOException {
        replaceFirstInCatalog("\"priceYen\": 3000,", "\"priceYen\": 3000, \"priceYen\": 1000,");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskSetup.load(dir));
        assertTrue(e.getMessage().contains("Duplicate field 'priceYen'"), e.getMessage());
    }

    @Test
    void anEmptyCatalogIsRefused() throws IOException {
        Files.writeString(dir.resolve(KioskSetup.CATALOG_FILE), "{\"version\": \"1\", \"products\": []}");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskSetup.load(dir));
        assertEquals("products", e.key());
        assertEquals("a non-empty array of products", e.expected());
    }

    private void setProperty(String key, String value) throws IOException {
        Path file = dir.resolve(KioskSetup.PROPERTIES_FILE);
        List<String> lines = Files.readAllLines(file).stream()
                .filter(l -> !l.startsWith(key + "="))
                .toList();
        List<String> updated = new java.util.ArrayList<>(lines);
        if (value != null) {
            updated.add(key + "=" + value);
        }
        Files.write(file, updated);
    }

    private void append(String line) throws IOException {
        Files.writeString(dir.resolve(KioskSetup.PROPERTIES_FILE), "\n" + line + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    private void replaceFirstInCatalog(String original, String replacement) throws IOException {
        Path file = dir.resolve(KioskSetup.CATALOG_FILE);
        String json = Files.readString(file);
        assertTrue(json.contains(original), "the shipped catalogue has changed; fix the test text: " + original);
        Files.writeString(file, json.replaceFirst(java.util.regex.Pattern.quote(original), java.util.regex.Matcher.quoteReplacement(replacement)));
    }
}
