package jp.konbini.sync;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import jp.konbini.config.CatalogParser;
import jp.konbini.config.ConfigException;
import jp.konbini.config.KioskConfig;
import jp.konbini.domain.catalog.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the product catalogue current: starts from the cached download (or the bundled
 * {@code catalog.json} when there is none or it no longer validates), asks the server with the
 * cached ETag, and takes a new catalogue only when it passes the same validation as the bundled
 * one ({@link CatalogParser}); it is then written to the cache atomically (temporary file, fsync,
 * rename) so a crash leaves the old or the new one, never half.
 */
public final class CatalogUpdater {

    static final String CACHE_FILE = "catalog-cache.json";
    static final String ETAG_FILE = "catalog-cache.etag";
    private static final Logger LOG = LoggerFactory.getLogger(CatalogUpdater.class);

    private final CentralClient client;
    private final KioskConfig config;
    private final Path cacheDir;
    private final CatalogParser parser = new CatalogParser();
    private final AtomicReference<Catalog> current = new AtomicReference<>();
    private volatile Optional<String> etag = Optional.empty();

    public CatalogUpdater(CentralClient client, KioskConfig config, Path cacheDir, Catalog bundled) {
        this.client = client;
        this.config = config;
        this.cacheDir = cacheDir;
        current.set(loadCached().orElse(bundled));
    }

    public Catalog current() {
        return current.get();
    }

    /**
     * Asks the server for a newer catalogue.
     *
     * @return true when a new catalogue was taken
     */
    public boolean refresh() throws CentralException {
        CatalogFetch fetch = client.catalog(etag);
        if (fetch.content().isEmpty()) {
            return false;
        }
        Catalog downloaded;
        try {
            downloaded = parser.parse(cacheDir.resolve(CACHE_FILE), fetch.content().get(), config);
        } catch (ConfigException e) {
            LOG.error("downloaded catalogue refused, keeping version {}: {}", current.get().version(), e.getMessage());
            return false;
        }
        try {
            Files.createDirectories(cacheDir);
            writeAtomically(cacheDir.resolve(CACHE_FILE), fetch.content().get());
            writeAtomically(cacheDir.resolve(ETAG_FILE), fetch.etag().orElse("").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("catalogue {} taken but not cached ({}); the next start uses the older one", downloaded.version(), e.getMessage());
        }
        etag = fetch.etag();
        current.set(downloaded);
        LOG.info("catalogue {} taken ({} products)", downloaded.version(), downloaded.products().size());
        return true;
    }

    private Optional<Catalog> loadCached() {
        Path file = cacheDir.resolve(CACHE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Catalog cached = parser.parse(file, config);
            Path tag = cacheDir.resolve(ETAG_FILE);
            if (Files.isRegularFile(tag)) {
                String text = Files.readString(tag, StandardCharsets.UTF_8).strip();
                etag = text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
            return Optional.of(cached);
        } catch (ConfigException | IOException e) {
            // A cache that no longer validates (e.g. the kiosk's languages changed) is not used; the next download replaces it.
            LOG.warn("cached catalogue not used: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(content));
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
