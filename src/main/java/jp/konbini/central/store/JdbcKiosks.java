package jp.konbini.central.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import jp.konbini.central.apply.HeartbeatLog;
import jp.konbini.central.auth.KioskSecrets;
import jp.konbini.central.auth.NonceLedger;
import jp.konbini.wire.Heartbeat;

/** Registered kiosks: their secrets, the nonces they used, and their latest heartbeat. */
public final class JdbcKiosks implements KioskSecrets, NonceLedger, HeartbeatLog {

    private final Transactions transactions;
    /** Secrets never change once registered, so a found one is kept; unknown ids are asked again (registration may follow). */
    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    public JdbcKiosks(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /**
     * Registers a kiosk with a new random 256-bit secret.
     *
     * @return the secret, base64, as the kiosk's secret file holds it
     * @throws IllegalStateException when the kiosk id is registered already (a secret is never replaced silently)
     */
    public String register(String kioskId, Instant at) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String encoded = Base64.getEncoder().encodeToString(secret);
        return transactions.run(c -> {
            try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM kiosk WHERE kiosk_id = ?")) {
                check.setString(1, kioskId);
                try (ResultSet rs = check.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalStateException("kiosk " + kioskId + " is registered already");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kiosk (kiosk_id, secret, registered_at) VALUES (?, ?, ?)")) {
                ps.setString(1, kioskId);
                ps.setString(2, encoded);
                ps.setObject(3, JdbcLedgerStore.timestamp(at));
                ps.executeUpdate();
            }
            return encoded;
        });
    }

    @Override
    public Optional<byte[]> secretOf(String kioskId) {
        byte[] cached = known.get(kioskId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<byte[]> found = transactions.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM kiosk WHERE kiosk_id = ?")) {
                ps.setString(1, kioskId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Base64.getDecoder().decode(rs.getString(1))) : Optional.<byte[]>empty();
                }
            }
        });
        found.ifPresent(secret -> known.put(kioskId, secret));
        return found;
    }

    @Override
    public boolean firstUse(String kioskId, String nonce, Instant seenAt) {
        return transactions.run(c -> {
            try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM request_nonce WHERE kiosk_id = ? AND nonce = ?")) {
                check.setString(1, kioskId);
                check.setString(2, nonce);
                try (ResultSet rs = check.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            // Two requests racing with one nonce: the loser's insert violates the key, the transaction
            // is run again, and then it finds the nonce and is refused.
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO request_nonce (kiosk_id, nonce, seen_at) VALUES (?, ?, ?)")) {
                ps.setString(1, kioskId);
                ps.setString(2, nonce);
                ps.setObject(3, JdbcLedgerStore.timestamp(seenAt));
                ps.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public void forgetBefore(Instant cutoff) {
        transactions.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM request_nonce WHERE seen_at < ?")) {
                ps.setObject(1, JdbcLedgerStore.timestamp(cutoff));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void save(String kioskId, Heartbeat h, Instant receivedAt) {
        transactions.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE kiosk SET last_heartbeat_at = ?, software_version = ?, catalog_version = ?, "
                    + "unsynced_count = ?, unsynced_yen = ?, oldest_unsynced_seconds = ?, accepts_cash = ?, stop_reasons = ?, "
                    + "device_alerts = ?, cash_box_notes = ?, cash_box_yen = ?, paper_state = ?, kiosk_time = ? WHERE kiosk_id = ?")) {
                ps.setObject(1, JdbcLedgerStore.timestamp(receivedAt));
                ps.setString(2, h.softwareVersion());
                ps.setString(3, h.catalogVersion());
                ps.setLong(4, h.unsyncedCount());
                ps.setLong(5, h.unsyncedYen());
                ps.setObject(6, h.oldestUnsyncedAgeSeconds());
                ps.setBoolean(7, h.acceptsCash());
                ps.setString(8, String.join(",", h.stopReasons()));
                ps.setString(9, String.join(",", h.deviceAlerts()));
                ps.setLong(10, h.cashBoxNotes());
                ps.setLong(11, h.cashBoxYen());
                ps.setString(12, h.paperState());
                ps.setString(13, h.kioskTime());
                ps.setString(14, kioskId);
                return ps.executeUpdate();
            }
        });
    }
}
