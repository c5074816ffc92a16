package jp.konbini.central.http;

/** A started HTTP server, without its framework showing. */
public interface Listening extends AutoCloseable {

    int port();

    /** Stops accepting; requests in progress are finished first. */
    @Override
    void close();
}
