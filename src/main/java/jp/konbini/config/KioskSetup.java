package jp.konbini.config;

import java.nio.file.Path;
import jp.konbini.domain.catalog.Catalog;

/**
 * Everything a kiosk is started with: its settings and its starting catalogue, both validated.
 *
 * @param directory the configuration directory both were read from
 */
public record KioskSetup(Path directory, KioskConfig config, Catalog catalog) {

    public static final String PROPERTIES_FILE = "kiosk.properties";
    public static final String CATALOG_FILE = "catalog.json";

    /**
     * Loads and validates {@code directory/kiosk.properties} and {@code directory/catalog.json}.
     *
     * @throws ConfigException naming the file, key, value and expected form of the first problem
     */
    public static KioskSetup load(Path directory) {
        if (!directory.toFile().isDirectory()) {
            throw ConfigException.ofFile(directory, "is not a directory", "a configuration directory holding "
                    + PROPERTIES_FILE + " and " + CATALOG_FILE);
        }
        KioskConfig config = KioskPropertiesParser.parse(directory.resolve(PROPERTIES_FILE));
        return new KioskSetup(directory, config, new CatalogParser().parse(directory.resolve(CATALOG_FILE), config));
    }
}
