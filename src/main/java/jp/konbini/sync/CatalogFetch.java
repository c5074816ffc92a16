package jp.konbini.sync;

import java.util.Optional;

/**
 * The answer to a catalogue request.
 *
 * @param content the catalogue JSON; empty when the server said it is unchanged (or has none)
 * @param etag    the version tag to send next time
 */
public record CatalogFetch(Optional<byte[]> content, Optional<String> etag) {

    public static CatalogFetch unchanged() {
        return new CatalogFetch(Optional.empty(), Optional.empty());
    }
}
