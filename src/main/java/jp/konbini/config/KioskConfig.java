package jp.konbini.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.TaxMode;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;

/**
 * One kiosk's settings from {@code kiosk.properties}: validated when loaded, immutable after.
 * Relative paths in the file are resolved against the configuration directory.
 */
public record KioskConfig(
        String kioskId,
        Store store,
        Issuer issuer,
        TaxMode taxMode,
        Central central,
        Timeouts timeouts,
        OfflineLimits offlineLimits,
        Set<Denomination> acceptedNotes,
        List<Language> languages,
        Language defaultLanguage,
        Path dataDir,
        DeviceBinding acceptor,
        DeviceBinding printer,
        Receipts receipts,
        Sync sync,
        Maintenance maintenance) {

    public KioskConfig {
        acceptedNotes = Set.copyOf(acceptedNotes);
        languages = List.copyOf(languages);
    }

    /** The same kiosk with receipts showing tax another way (the tax advisor's call; tests try each). */
    public KioskConfig withTaxMode(TaxMode mode) {
        return new KioskConfig(kioskId, store, issuer, mode, central, timeouts, offlineLimits, acceptedNotes, languages,
                defaultLanguage, dataDir, acceptor, printer, receipts, sync, maintenance);
    }

    /** The same kiosk keeping its journal elsewhere (a demo or burn-in never writes into a real kiosk's data). */
    public KioskConfig withDataDir(Path dir) {
        return new KioskConfig(kioskId, store, issuer, taxMode, central, timeouts, offlineLimits, acceptedNotes, languages,
                defaultLanguage, dir, acceptor, printer, receipts, sync, maintenance);
    }

    /** The same kiosk syncing on other timings (burn-in compresses the background clock). */
    public KioskConfig withSync(Sync newSync) {
        return new KioskConfig(kioskId, store, issuer, taxMode, central, timeouts, offlineLimits, acceptedNotes, languages,
                defaultLanguage, dataDir, acceptor, printer, receipts, newSync, maintenance);
    }

    /** The same kiosk with other customer timeouts (burn-in shortens the wait for a confirmation that cannot come). */
    public KioskConfig withTimeouts(Timeouts newTimeouts) {
        return new KioskConfig(kioskId, store, issuer, taxMode, central, newTimeouts, offlineLimits, acceptedNotes, languages,
                defaultLanguage, dataDir, acceptor, printer, receipts, sync, maintenance);
    }

    /** The same kiosk syncing with another central server (a bench starts its own). */
    public KioskConfig withCentral(Central newCentral) {
        return new KioskConfig(kioskId, store, issuer, taxMode, newCentral, timeouts, offlineLimits, acceptedNotes, languages,
                defaultLanguage, dataDir, acceptor, printer, receipts, sync, maintenance);
    }

    /**
     * Maintenance mode: the file of people who may enter (PIN hashes), the screen corner held for
     * {@code hold} to show the keypad, an optional key-switch input (a file reading {@code 1} while
     * the key is turned, e.g. a GPIO value), where exports go by default (a USB stick's mount), and
     * how long maintenance mode stays open with nobody touching the screen.
     */
    public record Maintenance(Path usersFile, EntryCorner corner, Duration hold, Optional<Path> keySwitch, Path exportDir,
                              Duration idleLeave) {
    }

    /** The screen corner a long press opens maintenance mode from. */
    public enum EntryCorner {
        TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT;

        public String configName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<EntryCorner> fromConfigName(String text) {
            return Arrays.stream(values()).filter(c -> c.configName().equals(text)).findFirst();
        }
    }

    /** The convenience store the kiosk stands in. */
    public record Store(String id, String name) {
    }

    /** Who issues the receipts: name and qualified-invoice registration number ({@code T} + 13 digits). */
    public record Issuer(String name, String registrationNumber) {
    }

    /**
     * Where top-ups are synced to, the file holding this kiosk's signing secret, and the CA
     * certificate (PEM) the server's TLS certificate must chain to: pinned, the JVM's trust store is
     * not used. Empty only for an {@code http://} URL (a test bench or a local demo).
     */
    public record Central(URI url, Path secretFile, Optional<Path> caFile) {
    }

    /** How the uploader talks to the central server. */
    public record Sync(int batchSize, Duration requestTimeout, Duration backoffBase, Duration backoffCap,
                       Duration heartbeatInterval, Duration catalogPollInterval) {
    }

    /** Customer-session timings, in seconds. */
    public record Timeouts(int inactivitySeconds, int warningSeconds, int confirmationSeconds) {
    }

    /**
     * What receipts print beyond the journal and the issuer: the base of the link in the QR code
     * (the receipt URL is {@code <linkBase>/<kioskId>/<uuid>}) and the support contact printed in
     * Japanese and English.
     */
    public record Receipts(URI linkBase, String supportContact) {
    }

    /** How far the kiosk may go on taking cash while the central server cannot be reached. */
    public record OfflineLimits(Yen maxTopUp, Yen maxUnsynced, int maxUnsyncedAgeHours) {
    }
}
