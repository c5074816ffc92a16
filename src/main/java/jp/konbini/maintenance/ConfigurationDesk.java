package jp.konbini.maintenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The kiosk's configuration as a technician may read it (anything secret masked) and the software version. */
public final class ConfigurationDesk {

    private static final Pattern SECRET = Pattern.compile(".*(secret|password|pin|token|key)(?!-switch).*");
    static final String MASK = "•••••• (hidden)";

    private final MaintenanceDesk desk;
    private final Map<String, String> settings;
    private final List<String> keys;
    private final String version;

    /** @param settings every configured key and its value as written, in file order */
    public ConfigurationDesk(MaintenanceDesk desk, Map<String, String> settings, String version) {
        this.desk = desk;
        this.settings = Map.copyOf(settings);
        this.keys = List.copyOf(settings.keySet());
        this.version = version;
    }

    /** Key and value pairs, secrets masked. */
    public List<Setting> settings() {
        desk.require(MaintenanceFunction.CONFIGURATION);
        List<Setting> out = new ArrayList<>();
        for (String key : keys) {
            out.add(new Setting(key, SECRET.matcher(key).matches() ? MASK : settings.get(key)));
        }
        return out;
    }

    public String version() {
        desk.require(MaintenanceFunction.CONFIGURATION);
        return version;
    }

    public record Setting(String key, String value) {
    }
}
