/**
 * The kiosk's side of sync: the uploader (its own thread) that sends closed records from the
 * journal's outbox in sequence order and records the server's answers, the real-time confirmation
 * the session flow waits on, the offline bounds that stop cash intake, catalogue download and
 * heartbeats. Talks to the server only through the {@link jp.konbini.sync.CentralClient} port;
 * never depends on {@code central}.
 */
package jp.konbini.sync;
