package jp.konbini.config;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads a {@code .properties} file as UTF-8 (store and issuer names are Japanese) and refuses what
 * {@link Properties} would silently accept: a key given twice, or bytes that are not UTF-8.
 */
final class StrictProperties {

    private StrictProperties() {
    }

    static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw ConfigException.ofFile(file, "file not found", "a readable properties file");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Map<String, String> entries = new LinkedHashMap<>();
        Properties collector = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                String k = (String) key;
                if (entries.containsKey(k)) {
                    throw new ConfigException(file, k, (String) value, "each key only once (it is also set to '" + entries.get(k) + "')");
                }
                entries.put(k, ((String) value).strip());
                return null;
            }
        };
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), utf8)) {
            collector.load(reader);
        } catch (CharacterCodingException e) {
            throw ConfigException.ofFile(file, "contains bytes that are not UTF-8", "a UTF-8 properties file");
        } catch (IOException | IllegalArgumentException e) {
            throw ConfigException.ofFile(file, "cannot be read (" + e.getMessage() + ")", "a UTF-8 properties file");
        }
        return entries;
    }
}
