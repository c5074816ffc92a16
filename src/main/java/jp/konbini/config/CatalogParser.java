package jp.konbini.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.Catalog;
import jp.konbini.domain.catalog.DataAllowance;
import jp.konbini.domain.catalog.LocalizedText;
import jp.konbini.domain.catalog.Product;
import jp.konbini.domain.catalog.ProductId;
import jp.konbini.domain.catalog.TaxCategory;
import jp.konbini.domain.catalog.TaxMode;
import jp.konbini.domain.line.Network;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;

/**
 * Reads a product catalogue ({@code catalog.json}) and checks it against the kiosk's settings:
 * every offered language named, every price payable exactly with the accepted notes, tax
 * categories that agree with the tax mode. Errors name the JSON path, e.g. {@code products[2].priceYen}.
 */
public final class CatalogParser {

    private static final List<String> CATALOG_FIELDS = List.of("version", "products");
    private static final List<String> PRODUCT_FIELDS = List.of(
            "id", "carrier", "network", "names", "validityDays", "dataGb", "priceYen", "taxCategory");

    private final ObjectMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    /** Parses {@code file} for a kiosk configured as {@code config}. */
    public Catalog parse(Path file, KioskConfig config) {
        try {
            return parse(file, Files.readAllBytes(file), config);
        } catch (IOException e) {
            throw ConfigException.ofFile(file, "cannot be read (" + e.getMessage() + ")", "a readable JSON file");
        }
    }

    /** Parses catalogue bytes that came from {@code source} (a file, or a download cached in one). */
    public Catalog parse(Path source, byte[] content, KioskConfig config) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ConfigException.ofFile(source, "is not valid JSON" + where + " (" + e.getOriginalMessage() + ")", "a JSON catalogue");
        } catch (IOException e) {
            throw ConfigException.ofFile(source, "cannot be read (" + e.getMessage() + ")", "a JSON catalogue");
        }
        return new Reader(source, config).catalog(root);
    }

    /** Walks one document, remembering where it came from for error messages. */
    private static final class Reader {
        private final Path source;
        private final KioskConfig config;

        Reader(Path source, KioskConfig config) {
            this.source = source;
            this.config = config;
        }

        Catalog catalog(JsonNode root) {
            requireObject(root, "(document)", "a JSON object with \"version\" and \"products\"");
            rejectUnknown(root, "", CATALOG_FIELDS);
            String version = text(root, "", "version", "a non-empty version text, e.g. \"2026-11-01.1\"");
            JsonNode products = root.get("products");
            if (products == null || !products.isArray() || products.isEmpty()) {
                throw error("products", products, "a non-empty array of products");
            }
            List<Product> list = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < products.size(); i++) {
                Product p = product(products.get(i), "products[" + i + "]");
                if (!ids.add(p.id().value())) {
                    throw error("products[" + i + "].id", products.get(i).get("id"), "an id not used by another product");
                }
                list.add(p);
            }
            return new Catalog(version, list);
        }

        private Product product(JsonNode node, String path) {
            requireObject(node, path, "a product object");
            rejectUnknown(node, path + ".", PRODUCT_FIELDS);
            String id = text(node, path + ".", "id", "lower-case letters, digits and hyphens (" + ProductId.FORM.pattern() + ")");
            if (!ProductId.FORM.matcher(id).matches()) {
                throw error(path + ".id", node.get("id"), "lower-case letters, digits and hyphens (" + ProductId.FORM.pattern() + ")");
            }
            String carrier = text(node, path + ".", "carrier", "the carrier or MVNO name, e.g. \"b-mobile\"");
            List<String> networks = Arrays.stream(Network.values()).map(Network::configName).toList();
            String networkName = text(node, path + ".", "network", "one of " + String.join(", ", networks));
            Network network = Network.fromConfigName(networkName)
                    .orElseThrow(() -> error(path + ".network", node.get("network"), "one of " + String.join(", ", networks)));
            LocalizedText names = names(node.get("names"), path + ".names");
            int days = wholeNumber(node, path, "validityDays", 1, 3650);
            DataAllowance data = dataGb(node.get("dataGb"), path + ".dataGb");
            Yen price = Yen.of(wholeNumber(node, path, "priceYen", 1, (int) KioskPropertiesParser.maxSingleAmount()));
            if (!Denomination.canPayExactly(price, config.acceptedNotes())) {
                throw error(path + ".priceYen", node.get("priceYen"),
                        "a price that the accepted notes (" + config.acceptedNotes() + ") can pay exactly, since the kiosk gives no change");
            }
            List<String> categories = Arrays.stream(TaxCategory.values()).map(TaxCategory::configName).toList();
            String categoryName = text(node, path + ".", "taxCategory", "one of " + String.join(", ", categories));
            TaxCategory category = TaxCategory.fromConfigName(categoryName)
                    .orElseThrow(() -> error(path + ".taxCategory", node.get("taxCategory"), "one of " + String.join(", ", categories)));
            if (config.taxMode() == TaxMode.NON_TAXABLE && category.taxable()) {
                throw error(path + ".taxCategory", node.get("taxCategory"),
                        "non-taxable, because kiosk.properties sets tax.mode=non-taxable");
            }
            return new Product(new ProductId(id), carrier, network, names, days, data, price, category);
        }

        private LocalizedText names(JsonNode node, String path) {
            requireObject(node, path, "an object with a name per language, e.g. {\"ja\": \"...\", \"en\": \"...\"}");
            Map<Language, String> texts = new EnumMap<>(Language.class);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Language language = Language.fromTag(entry.getKey())
                        .orElseThrow(() -> error(path + "." + entry.getKey(), entry.getValue(), "a language tag from ja, en, zh-Hans, zh-Hant, ko"));
                JsonNode text = entry.getValue();
                if (!text.isTextual() || text.asText().isBlank()) {
                    throw error(path + "." + entry.getKey(), text, "a non-empty product name");
                }
                texts.put(language, text.asText().strip());
            }
            List<Language> required = new ArrayList<>(config.languages());
            if (!required.contains(Language.JA)) {
                required.add(Language.JA);
            }
            for (Language language : required) {
                if (!texts.containsKey(language)) {
                    throw new ConfigException(source, path + "." + language.tag(), null,
                            "a product name in every language the kiosk offers (and Japanese, for receipts)");
                }
            }
            return new LocalizedText(texts);
        }

        private DataAllowance dataGb(JsonNode node, String path) {
            String expected = "a positive number of gigabytes with at most 2 decimals, e.g. 5 or 0.5";
            if (node == null || !node.isNumber()) {
                throw error(path, node, expected);
            }
            BigDecimal gb = node.decimalValue();
            try {
                return new DataAllowance(gb);
            } catch (IllegalArgumentException e) {
                throw error(path, node, expected);
            }
        }

        private int wholeNumber(JsonNode node, String path, String field, int min, int max) {
            JsonNode value = node.get(field);
            String expected = "a whole number from " + min + " to " + max;
            if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()
                    || value.intValue() < min || value.intValue() > max) {
                throw error(path + "." + field, value, expected);
            }
            return value.intValue();
        }

        private String text(JsonNode node, String prefix, String field, String expected) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw error(prefix + field, value, expected);
            }
            return value.asText().strip();
        }

        private void requireObject(JsonNode node, String path, String expected) {
            if (node == null || !node.isObject()) {
                throw error(path, node, expected);
            }
        }

        private void rejectUnknown(JsonNode node, String prefix, List<String> known) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!known.contains(field)) {
                    throw error(prefix + field, node.get(field), "a known field, one of " + String.join(", ", known));
                }
            }
        }

        private ConfigException error(String key, JsonNode value, String expected) {
            return new ConfigException(source, key, value == null ? null : value.toString(), expected);
        }
    }
}
