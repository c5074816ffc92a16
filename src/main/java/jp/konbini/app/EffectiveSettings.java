package jp.konbini.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import jp.konbini.config.KioskConfig;
import jp.konbini.domain.Language;

/**
 * The settings the kiosk runs with, under their {@code kiosk.properties} keys, for the technician's
 * configuration view: read from the loaded configuration, so overrides (a demo's data directory)
 * show as they are in effect. Secret files are shown by path only; their content is never read here.
 */
final class EffectiveSettings {

    private EffectiveSettings() {
    }

    static Map<String, String> of(KioskConfig c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kiosk.id", c.kioskId());
        m.put("store.id", c.store().id());
        m.put("store.name", c.store().name());
        m.put("issuer.name", c.issuer().name());
        m.put("issuer.registration-number", c.issuer().registrationNumber());
        m.put("tax.mode", c.taxMode().configName());
        m.put("central.url", c.central().url().toString());
        m.put("central.secret-file", c.central().secretFile().toString());
        m.put("central.ca-file", c.central().caFile().map(Object::toString).orElse("none"));
        m.put("timeout.inactivity-seconds", Integer.toString(c.timeouts().inactivitySeconds()));
        m.put("timeout.warning-seconds", Integer.toString(c.timeouts().warningSeconds()));
        m.put("timeout.confirmation-seconds", Integer.toString(c.timeouts().confirmationSeconds()));
        m.put("offline.max-topup-yen", Long.toString(c.offlineLimits().maxTopUp().amount()));
        m.put("offline.max-unsynced-yen", Long.toString(c.offlineLimits().maxUnsynced().amount()));
        m.put("offline.max-unsynced-age-hours", Integer.toString(c.offlineLimits().maxUnsyncedAgeHours()));
        m.put("cash.accepted-notes", c.acceptedNotes().stream().sorted().map(d -> Long.toString(d.value().amount())).collect(Collectors.joining(",")));
        m.put("ui.languages", c.languages().stream().map(Language::tag).collect(Collectors.joining(",")));
        m.put("ui.default-language", c.defaultLanguage().tag());
        m.put("data.dir", c.dataDir().toString());
        m.put("acceptor.port", c.acceptor().port());
        m.put("acceptor.profile", c.acceptor().profile().toString());
        m.put("printer.port", c.printer().port());
        m.put("printer.profile", c.printer().profile().toString());
        m.put("receipt.link-base", c.receipts().linkBase().toString());
        m.put("receipt.support-contact", c.receipts().supportContact());
        m.put("sync.batch-size", Integer.toString(c.sync().batchSize()));
        m.put("sync.request-timeout-seconds", Long.toString(c.sync().requestTimeout().toSeconds()));
        m.put("sync.heartbeat-seconds", Long.toString(c.sync().heartbeatInterval().toSeconds()));
        m.put("maintenance.users-file", c.maintenance().usersFile().toString());
        m.put("maintenance.entry-corner", c.maintenance().corner().configName());
        m.put("maintenance.entry-hold-seconds", Long.toString(c.maintenance().hold().toSeconds()));
        m.put("maintenance.key-switch", c.maintenance().keySwitch().map(Object::toString).orElse("none"));
        m.put("maintenance.export-dir", c.maintenance().exportDir().toString());
        m.put("maintenance.idle-leave-minutes", Long.toString(c.maintenance().idleLeave().toMinutes()));
        return m;
    }
}
